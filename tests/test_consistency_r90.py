"""Set R90 (session 54): a total of those taking part in several schemes whose sentence ends with the schemes, its
parts by scheme in the next sentence, may overlap (B88). Texts of our own wording."""

from validation_helpers import failures_of as _failures


def test_parts_told_in_the_next_sentence_of_those_taking_part_in_several_schemes_may_overlap():
    text = ("Đến hết tháng 9, toàn tỉnh có 1.420.000 người tham gia BHXH, BHYT. Trong đó, số người tham gia BHYT là "
            "1.390.000 người; số người tham gia BHXH là 180.000 người.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"]
    assert failures["severity"].tolist() == ["warning"] and "several things" in failures["message"].iloc[0]


def test_parts_of_one_scheme_told_in_the_next_sentence_above_their_total_are_a_slip():
    # guard: members of one scheme only, their parts above the total
    text = ("Đến hết tháng 9, toàn tỉnh có 250.000 người tham gia BHXH. Trong đó, số người tham gia bắt buộc là "
            "210.000 người; số người tham gia tự nguyện là 60.000 người.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]


def test_a_whole_list_far_below_its_total_is_more_likely_the_parts_of_a_part():
    text = ("Diện tích nuôi cá được 9.870 ha, tăng 2,1%. Trong đó, diện tích nuôi cá rô đồng được 75 ha, tăng 1%; "
            "diện tích nuôi lươn được 64 ha, tăng 2%; diện tích nuôi thủy sản khác được 121 ha, tăng 3%.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"]
    assert failures["severity"].tolist() == ["warning"] and "one of its parts" in failures["message"].iloc[0]


def test_a_whole_list_a_little_below_its_total_is_a_slip():
    # guard: the rest named, the parts 2% short of the total
    text = ("Diện tích nuôi cá được 9.870 ha, tăng 2,1%. Trong đó, diện tích nuôi cá tra được 7.200 ha, tăng 1%; "
            "diện tích nuôi cá rô được 1.010 ha, tăng 2%; diện tích nuôi cá khác được 1.460 ha, tăng 3%.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]
