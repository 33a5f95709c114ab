"""Set R79 (session 49, after blind set B69 was scored unseen): a percentage of the plan on the other side of 100 from
a fraction "a/b" tells that b is the whole, not the plan: a warning, not an error. Texts of our own wording."""

from validation_helpers import failures_of as _failures


def test_a_fraction_whose_second_number_is_the_whole():
    text = "Diện tích chè cho sản phẩm là 1.180/1.260 ha, đạt 118,5% kế hoạch."
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["plan_amount"] and failures["severity"].tolist() == ["warning"]


def test_a_fraction_of_its_plan_that_disagrees_is_a_slip():
    # guard: both above 100, and still apart: an error
    text = "Diện tích trồng rừng đạt 1.300/1.200 ha, đạt 118,5% kế hoạch."
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["plan_amount"] and failures["severity"].tolist() == ["error"]
