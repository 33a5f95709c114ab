"""Set R76 (session 47, after blind set B58 was scored unseen): a total broken down in parentheses and again after
them raises a warning, not an error. Texts of our own wording."""

from validation_helpers import failures_of as _failures


def test_parts_in_parentheses_and_after_them_are_two_breakdowns():
    text = "Tỉnh có 150 sản phẩm OCOP (nhóm thực phẩm 90, đồ uống 35, thảo dược 20); trong đó, 60 sản phẩm đạt 4 sao."
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"]
    assert failures["severity"].tolist() == ["warning"] and "two breakdowns" in failures["message"].iloc[0]


def test_parts_in_parentheses_above_their_total_are_a_slip():
    # guard: one list, all of it in the parenthesis, above the total
    failures = _failures("Tỉnh có 150 sản phẩm OCOP (nhóm thực phẩm 90, đồ uống 45, thảo dược 30).")
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]
