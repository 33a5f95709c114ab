"""Set R77b (session 48, after blind sets B65 and B66 were scored unseen): a total of those taking part in several
schemes, broken down by scheme, raises a warning where its parts exceed it; a share printed with a minus is a change,
which the figures' schema accepts. Texts of our own wording."""

from validation_helpers import failures_of as _failures
from validation_helpers import frames

from schemas.validate import check_batch


def test_parts_of_those_taking_part_in_several_schemes_may_overlap():
    text = ("Đến hết tháng 6, toàn tỉnh có 1.250.000 người tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất "
            "nghiệp, trong đó: bảo hiểm xã hội là 210.000 người; bảo hiểm thất nghiệp là 160.000 người; bảo hiểm y tế "
            "là 1.180.000 người.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"]
    assert failures["severity"].tolist() == ["warning"] and "several things" in failures["message"].iloc[0]


def test_parts_of_one_kind_above_their_total_are_a_slip():
    # guard: members of one thing only, their parts above the total
    text = ("Đến hết tháng 6, toàn tỉnh có 250.000 người tham gia bảo hiểm xã hội, trong đó: bắt buộc là 210.000 người; "
            "tự nguyện là 60.000 người.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]


def test_a_share_printed_with_a_minus_is_a_change():
    text = ("Tốc độ tăng trưởng các ngành năm 2019\nNgành\nKH năm 2019\nƯớc TH năm 2019\n"
            "Nông Lâm Ngư nghiệp (%)\n3,46\n-4,13%\nCông nghiệp - Xây dựng (%)\n8,24\n11,32%")
    documents, figures = frames(("r77-table.txt", text))
    minus = figures[figures["raw_text"] == "-4,13%"]
    assert minus["kind"].tolist() == ["growth"] and minus["value"].tolist() == [-4.13]
    assert "schema:share_out_of_range" not in check_batch(documents, figures)["check_name"].tolist()
