"""Rules of R69 (session 40, written from blind set B38 and the province-and-period set P11 after they were scored):
periods of holiday, counted-to and season reports, and relations of disbursements, falls and lists. Every text is
our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document, periods


@pytest.mark.parametrize("text, url, expected", [
    # a date line opened by a bullet is the page's date: "từ đầu năm đến nay" runs to it
    ("Lào Cai giải ngân vốn đầu tư công đạt khá\n\n  • Cập nhật: Thứ hai, 12/5/2025 | 08:15:00 AM\n\n"
     "Từ đầu năm 2025 đến nay, tỉnh Lào Cai đã giải ngân 1.850 tỷ đồng vốn đầu tư công.\n\n"
     "Năm 2025, tỉnh được giao kế hoạch vốn 6.200 tỷ đồng.", None, ("2025-01-01", "2025-05-12")),
    # a content system's stamp with two digits of milliseconds dates the page: "3 ngày đầu" of that year's holiday
    ("Trong 3 ngày đầu kỳ nghỉ lễ 30/4-1/5, khu du lịch hồ Núi Cốc đón hơn 15.000 lượt khách.",
     "https://soha.vn/ho-nui-coc-dong-khach-19824043010152287.htm", ("2024-04-27", "2024-04-29")),
    # "6 ngày đầu nghỉ Tết" in an address's headline: the first six of the official days off
    ("Các khu du lịch của tỉnh đón gần 900.000 lượt khách, doanh thu khoảng 1.200 tỷ đồng.",
     "https://nld.com.vn/6-ngay-dau-nghi-tet-du-lich-thanh-hoa-don-gan-900000-luot-khach-196260219183012455.htm",
     ("2026-02-14", "2026-02-19")),
    # days of a part told after "Trong đó" are not the holiday's: the nine official days off are
    ("Trong 9 ngày nghỉ Tết Nhâm Dần 2022, Lai Châu đón khoảng 9.800 lượt, doanh thu 14,5 tỷ đồng. Trong đó, "
     "từ ngày 30/1 – 3/2/2022 (tức từ 28 đến mùng 3 Tết) các điểm di tích đón hơn 3.000 lượt.", None,
     ("2022-01-29", "2022-02-06")),
    # a festival's days counted by the text, around the day off, beyond the week the day off allows
    ("Dịp Giỗ Tổ Hùng Vương năm 2024, Khu di tích đón 2,8 triệu lượt khách trong 10 ngày (từ 9/4 đến 18/4).",
     None, ("2024-04-09", "2024-04-18")),
    # a range of days followed by its own days in parentheses is the holiday's name
    ("Dịp Giỗ Tổ và 30/4 - 1/5/2023 (từ ngày 29/4 - 3/5), Ninh Thuận đón 95.000 lượt khách.",
     None, ("2023-04-29", "2023-05-03")),
    # "Tính đến 25/4/2024" (no "ngày") counts the year to that day; "Trước đó, năm 2023" recalls another year and
    # a year a target is set for is no period
    ("Vốn FDI đã trở thành một trụ cột tăng trưởng của thành phố trong nhiều năm qua.\n\nNăm 2024, thành phố phấn "
     "đấu thu hút 2 tỷ USD đầu tư nước ngoài. Tính đến 25/4/2024, thành phố thu hút 310 triệu USD.\n\nTrước đó, năm 2023, "
     "thành phố thu hút 3,1 tỷ USD.", None, ("2024-01-01", "2024-04-25")),
    # a poverty standard's term is no period; "đến thời điểm 31/12/2019" counts the year to its end
    ("Đến thời điểm 31/12/2019, tỉnh Lai Châu giảm được 4,1% hộ nghèo, còn 21,6% (chuẩn nghèo đa chiều được "
     "áp dụng cho giai đoạn 2016 – 2020).", None, ("2019-01-01", "2019-12-31")),
    # a season sown in the year named and reaped in the next is the next year's business
    ("Năm 2022, tỉnh gieo trồng 78.500 ha lúa, sản lượng 452.000 tấn. Ngày 20/11, Sở tổ chức hội nghị triển khai kế "
     "hoạch sản xuất vụ Đông Xuân 2022-2023.", None, ("2022-01-01", "2022-12-31")),
    # ... a season ending in the year named before it is still the report's
    ("Năm 2023, người trồng cà phê của tỉnh phấn khởi. Niên vụ cà phê năm 2022 - 2023, sản lượng đạt 520.000 tấn.",
     None, ("2022-01-01", "2023-12-31")),
])
def test_periods_of_r69(text, url, expected):
    assert _bounds(text, url) == expected


@pytest.mark.parametrize("text, plans_only", [
    # the year of a plan named far back in a long clause, and months of the year: no whole year reported
    ("Đến hết tháng 8, tỉnh mới giải ngân được 41% tổng kế hoạch vốn đầu tư công từ nguồn ngân sách nhà nước mà tỉnh được giao quản lý "
     "năm 2021. Mời quý vị theo dõi tình hình giải ngân 8 tháng đầu năm 2021.", True),
    ("Đến hết tháng 8, tỉnh đã giải ngân 1.200 tỷ đồng. Năm 2021, tỉnh đặt mục tiêu giải ngân 95%.", False),
])
def test_a_year_named_only_for_plans_and_months(text, plans_only):
    # a count to a month's end over a year named so is those months' report (``_counted_within``)
    assert periods._year_of_plans_only(text, 2021) is plans_only


def _figures(text: str) -> list[tuple]:
    return [(f.raw_text, f.kind, f.value, f.pct_of_plan, f.yoy_change_pct, f.change_abs)
            for f in parse_document(text).figures]


@pytest.mark.parametrize("text, expected", [
    # a bare "đạt X%" after an amount done out of its plan is its share of the plan when the numbers agree ...
    ("Huyện đã giải ngân 412/hơn 530 tỷ đồng vốn được giao, đạt 78%, cao hơn bình quân chung.",
     [("412/hơn 530 tỷ đồng", "amount", 412e9, 78.0, None, None)]),
    # ... and a share of its own when they do not
    ("Huyện đã giải ngân 412/530 tỷ đồng vốn được giao, đạt 45%.",
     [("412/530 tỷ đồng", "amount", 412e9, None, None, None), ("45%", "share", 45.0, None, None, None)]),
    # "giảm đạt" is a fall achieved; the next fall of the list is a rate of its own
    ("Năm 2020, tỷ lệ hộ nghèo giảm đạt trên 3,5%, riêng các xã đặc biệt khó khăn giảm trên 5%.",
     [("trên 3,5%", "growth", -3.5, None, None, None), ("trên 5%", "growth", -5.0, None, None, None)]),
    # "tương đương với" the size of the change after its rate: the amount's change, no figure
    ("Tổng đàn lợn đạt gần 1,2 triệu con, tăng 12,5%, tương đương với hơn 130 nghìn con so với cùng kỳ năm trước.",
     [("gần 1,2 triệu con", "amount", 1.2e6, None, 12.5, 130000.0)]),
])
def test_relations_of_r69(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, rates", [
    # items after a comma, named in the words the item before opens with, are changes like it
    ("Năm 2024, xuất khẩu sang thị trường Úc tăng 51,2%, thị trường Pháp 33,4%, thị trường Ý 12,8%.",
     [51.2, 33.4, 12.8]),
    # ... and so are items after one with no verb of its own
    ("Năm 2024, hàng điện tử tăng 40,2%; sợi các loại 21,5%, hàng nông sản 9,7%.",
     [40.2, 21.5, 9.7]),
])
def test_a_list_of_changes_after_a_comma(text, rates):
    figures = parse_document(text).figures
    assert [(f.kind, f.value) for f in figures] == [("growth", rate) for rate in rates]


def test_a_plan_level_with_its_year_in_parentheses_takes_the_kind_of_the_rate_it_plans():
    figures = parse_document("Năm 2023, tốc độ tăng trưởng GRDP ước đạt 6,4% (kế hoạch năm 2023 là 7%).").figures
    assert [(f.raw_text, f.kind) for f in figures] == [("6,4%", "growth"), ("7%", "growth")]


def test_a_price_per_tree_and_the_one_tree_it_is_told_for():
    # "1 cây giống ... có giá" names what the price is told for, no count; "đồng/cây" is a price per tree
    figures = parse_document("Hiện 1 cây giống cao su có giá 16.000 đồng/cây, loại có lá 25.000 đồng/cây.").figures
    assert [(f.raw_text, f.value, f.unit) for f in figures] == [
        ("16.000 đồng/cây", 16000.0, "VND/tree"), ("25.000 đồng/cây", 25000.0, "VND/tree")]


def test_workers_hired_a_day():
    figures = parse_document("Vào mùa thu hoạch, nhiều nhà vườn phải thuê tới 25 nhân công/ngày.").figures
    assert [(f.raw_text, f.value, f.unit) for f in figures] == [("25 nhân công/ngày", 25.0, "person/day")]


def test_a_project_of_a_value_is_still_counted():
    figures = parse_document("Năm 2023, huyện có 1 dự án có giá trị 500 tỷ đồng.").figures
    assert [(f.raw_text, f.unit) for f in figures] == [("1 dự án", "project"), ("500 tỷ đồng", "VND")]


def test_an_item_named_in_other_words_after_a_change_is_still_a_share():
    figures = parse_document("Năm 2023, doanh thu du lịch tăng 15%, công suất phòng 65%.").figures
    assert [(f.kind, f.value) for f in figures] == [("growth", 15.0), ("share", 65.0)]
