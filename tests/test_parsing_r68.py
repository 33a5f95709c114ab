"""Rules of R68 (session 39, written from blind sets B33 to B35 after they were scored): the period of reports whose
only year is a projection's or one event's. Every text is our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


@pytest.mark.parametrize("text, expected", [
    # a count to a year's end that will be reached is a projection: no period ...
    ("Sáng 10/12, cảng Cửa Lò đón tấn hàng thứ 4 triệu. Đến hết năm 2019, cảng sẽ đón khoảng 4,5 triệu tấn hàng.",
     None),
    # ... one already reached is the year's (R35)
    ("Đến hết năm 2019, cảng Cửa Lò đã đón khoảng 4,5 triệu tấn hàng, tăng 12% so với năm trước.",
     ("2019-01-01", "2019-12-31")),
    # what was done to one thing in a year dates that event, not the report ...
    ("Vùng trồng chè Shan tuyết từ 3 xã ban đầu được công nhận năm 2017 nay đã mở rộng ra 8 xã với 1.200 ha.", None),
    ("Nhà máy có vốn đăng ký 150 triệu USD, nay là 240 triệu USD sau khi mở rộng năm 2021.", None),
    # ... but the count of what was recognised in a year, with no "được", is that year's figure
    ("Số xã công nhận đạt chuẩn NTM năm 2017 là 12 xã, nâng tổng số lên 65 xã.",
     ("2017-01-01", "2017-12-31")),
])
def test_periods_of_r68(text, expected):
    assert _bounds(text) == expected


def _figures(text: str) -> list[tuple]:
    return [(f.raw_text, f.kind, f.value, f.unit, f.pct_of_plan, f.plan_amount, f.component_of)
            for f in parse_document(text).figures]


def test_an_amount_done_out_of_its_plan_with_decimals_and_the_share_of_the_capital_allotted():
    # "đạt A/B tỷ đồng, bằng X% vốn giao": A done of the capital B allotted to it, X its share of that plan
    text = ("Đến ngày 20/10, toàn tỉnh giải ngân đạt 3.102,5/5.240,8 tỷ đồng, bằng 59,2% vốn đã giao, trong đó phần "
            "vốn trung ương đạt 1.250,4/ 2.410,6 tỷ đồng, bằng 51,9% vốn giao.")
    assert _figures(text) == [
        ("3.102,5/5.240,8 tỷ đồng", "amount", 3102.5e9, "VND", 59.2, 5240.8e9, None),
        ("1.250,4/ 2.410,6 tỷ đồng", "amount", 1250.4e9, "VND", 51.9, 2410.6e9, 0),
    ]


def test_a_share_of_the_capital_allotted_with_no_amount_is_a_share_of_the_plan():
    assert _figures("Giải ngân vốn đầu tư công của huyện đạt 48,7% vốn được giao.") == [
        ("48,7%", "share", 48.7, "percent", 48.7, None, None)]


@pytest.mark.parametrize("text, expected", [
    # the rate of a fall is a change below zero, its plan share kept with it
    ("Năm 2021, tỷ lệ giảm hộ nghèo của tỉnh là 3,85% (đạt 110% kế hoạch).",
     [("3,85%", "growth", -3.85, "percent", 110.0, None, None)]),
    # a document's number glued to a letter between the words and the rate is no figure between them
    ("Tỷ lệ giảm hộ nghèo ở các huyện theo Nghị quyết 30a là 4,2%.",
     [("4,2%", "growth", -4.2, "percent", None, None, None)]),
])
def test_the_rate_of_a_fall(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what was built or mended is counted, its noun known to the vocabulary or not
    ("Năm 2022, huyện đã nâng cấp 14 cầu dân sinh và cải tạo 9 cống.",
     [("14 cầu", "amount", 14.0, "bridge", None, None, None), ("9 cống", "amount", 9.0, "sluice", None, None, None)]),
    ("Ngành điện xây mới 130 trạm biến áp, trong đó riêng vùng sâu xây dựng mới 95 trạm.",
     [("130 trạm biến áp", "amount", 130.0, "substation", None, None, None),
      ("95 trạm", "amount", 95.0, "substation", None, None, 0)]),
    # "là một tỉnh" says what the subject is: no count
    ("Hà Nam là một tỉnh nhỏ của đồng bằng sông Hồng, có 6 huyện, thị xã, thành phố; cả vùng có 11 tỉnh.",
     [("6 huyện", "amount", 6.0, "district", None, None, None),
      ("11 tỉnh", "amount", 11.0, "province", None, None, None)]),
])
def test_counts_after_verbs_of_building_and_the_article_after_la(text, expected):
    assert _figures(text) == expected


def test_a_change_said_of_the_total_capital_by_its_long_name():
    # R68b (after B37): "về tổng số vốn đăng ký" names the money, as "về tổng vốn" did
    text = ("Toàn tỉnh thu hút 38 dự án với tổng vốn đăng ký 9.120 tỷ đồng (tăng 52,4% về số dự án và 211,6% về tổng "
            "số vốn đăng ký so với cùng kỳ).")
    assert [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures] == [
        ("38 dự án", 52.4), ("9.120 tỷ đồng", 211.6)]


@pytest.mark.parametrize("changes, expected", [
    # R68b (after B37): a sentence of changes after the crop's figures, each named by its measure, in the unit of one
    # amount of the sentence before or as a rate; a yield is named by the words before it
    ("So với cùng kỳ năm 2022 diện tích tăng 40 ha, năng suất tăng 1,2 tạ/ha, sản lượng tăng 2.150 tấn.",
     [("khoảng 28.600 ha", None, 40.0), ("58,4 tạ/ha", None, 1.2), ("167.022 tấn", None, 2150.0)]),
    ("So với cùng kỳ năm 2022, diện tích tăng 0,2%, năng suất tăng 2,1%, sản lượng tăng 2,3%.",
     [("khoảng 28.600 ha", 0.2, None), ("58,4 tạ/ha", 2.1, None), ("167.022 tấn", 2.3, None)]),
])
def test_changes_of_a_crops_measures_told_in_the_next_sentence(changes, expected):
    text = ("Vụ mùa năm 2023, toàn huyện gieo cấy khoảng 28.600 ha lúa, năng suất bình quân ước đạt 58,4 tạ/ha, sản "
            "lượng ước đạt 167.022 tấn. " + changes)
    assert [(f.raw_text, f.yoy_change_pct, f.change_abs) for f in parse_document(text).figures] == expected


def test_gaps_on_the_plan_told_after_so_voi_ke_hoach_are_no_changes_on_last_year():
    # R68b: "so với kế hoạch" opening the clause makes the changes after it gaps on the plan, not changes on last year
    text = ("Năm 2024, diện tích lúa đạt 68.240 ha, năng suất ước đạt 57,2 tạ/ha, sản lượng 390.330 tấn; so với kế hoạch "
            "diện tích giảm 180 ha, năng suất tăng 1,6 tạ/ha, sản lượng tăng 9.420 tấn.")
    assert [(f.raw_text, f.change_abs) for f in parse_document(text).figures] == [
        ("68.240 ha", None), ("57,2 tạ/ha", None), ("390.330 tấn", None)]
