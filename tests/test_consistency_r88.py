"""Set R88c (session 52, after blind set B84 was scored unseen): a list of parts cut off where an excerpt ends, right
after the word joining its next item, is not the whole of its total. Texts of our own wording."""

from validation_helpers import failures_of as _failures


def test_a_list_cut_off_after_its_joining_word_is_no_whole():
    text = "Tổng sản lượng lúa năm 2023 đạt 61.250 tấn (gồm: lúa đông xuân 3.120 tấn; lúa hè thu 52.400 tấn và lú"
    assert _failures(text).empty


def test_a_list_said_to_make_up_its_total_and_closed_must_add_up():
    # guard: the same list closed, its parts short of the total, is a slip
    text = "Tổng sản lượng lúa năm 2023 đạt 61.250 tấn (gồm: lúa đông xuân 3.120 tấn và lúa hè thu 52.400 tấn)."
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]
