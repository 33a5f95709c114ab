"""Rules of R94 (session 56), from the blind sets B99, B100 and P50 after they were scored unseen. Every text is our own
wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds
from validation_helpers import failures_of as _failures

from parsing import SourceFacts, parse_document, periods


def _read(text):
    return [(f.raw_text, f.kind, f.value, f.yoy_change_pct, f.change_abs, f.pct_of_plan)
            for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a second ratio joined by "và" after a plan that names its year: the ratio to last year
    ("Sản lượng thịt hơi 6 tháng đầu năm đạt 18.240 tấn, bằng 52,3% kế hoạch năm 2024 và 108,5% so với cùng kỳ.",
     [("18.240 tấn", "amount", 18240.0, 8.5, None, 52.3)]),
    # "cùng thời điểm năm ngoái" is the same time a year before
    ("Doanh thu từ các bến cảng đạt 212 tỷ đồng, bằng 124,5% so với cùng thời điểm năm ngoái.",
     [("212 tỷ đồng", "amount", 212e9, 24.5, None, None)]),
    # the branches an index is taken over are no count
    ("Chỉ số sản xuất của 5 ngành công nghiệp chủ lực tăng 9,4% so với cùng kỳ.",
     [("9,4%", "growth", 9.4, None, None, None)]),
    # a gap in points between the sexes is no change of the share
    ("Lao động nam chiếm 51,2% lực lượng lao động, cao hơn 2,4 điểm phần trăm so với nữ giới.",
     [("51,2%", "share", 51.2, None, None, None)]),
    # guard: a gap on a forecast stays the rate's change
    ("Tăng trưởng kinh tế năm 2024 đạt 6,8%, cao hơn 0,3 điểm phần trăm so với dự báo.",
     [("6,8%", "growth", 6.8, None, 0.3, None)]),
])
def test_figures_r94(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "bounds"), [
    # the first days of a year
    ("Hai ngày đầu năm 2025, cảng quốc tế đón 14 lượt tàu với hơn 210.000 tấn hàng.", ("2025-01-01", "2025-01-02")),
    # a period told apart with "riêng" after a recap of earlier years, its year written only there
    ("Từ năm 2019-2022, khu du lịch đón hơn 500.000 lượt khách. Riêng 8 tháng năm 2023, khu du lịch đón trên 98.000 "
     "lượt, tăng 60% so cùng kỳ.", ("2023-01-01", "2023-08-31")),
    # ... or the only period the text names
    ("Tính riêng trong 6 tháng đầu năm 2019, tỉnh thu hút 12 dự án với tổng vốn đăng ký 3.400 tỷ đồng.",
     ("2019-01-01", "2019-06-30")),
    # guard: a part told apart beside the year the text reports on
    ("Năm 2023, tỉnh đón 5 triệu lượt khách, tăng 12% so với năm 2022. Riêng quý IV, tỉnh đón 1,4 triệu lượt khách.",
     ("2023-01-01", "2023-12-31")),
])
def test_period_r94(text, bounds):
    assert _bounds(text) == bounds


@pytest.mark.parametrize(("text", "severity"), [
    # a part taken off the total, told after the parts added: their sum may pass it
    ("Trong tháng, vốn đăng ký kinh doanh đạt 4.210 tỷ đồng, gồm 120 doanh nghiệp đăng ký mới (650 tỷ đồng), 25 "
     "doanh nghiệp tăng vốn (3.580 tỷ đồng), 02 doanh nghiệp giảm vốn (20 tỷ đồng).", "warning"),
    # guard: with nothing taken off, parts above the total are an error
    ("Trong tháng, vốn đăng ký kinh doanh đạt 4.210 tỷ đồng, gồm 120 doanh nghiệp đăng ký mới (650 tỷ đồng), 25 "
     "doanh nghiệp tăng vốn (3.580 tỷ đồng).", "error"),
])
def test_a_part_taken_off_a_breakdown(text, severity):
    failures = _failures(text)
    assert failures[failures["check_name"] == "components_sum"]["severity"].tolist() == [severity]


@pytest.mark.parametrize(("title", "expected"), [
    # a headline's period after a target is the target's, no period the report covers
    ("Tỉnh phấn đấu thu 9.000 tỷ đồng từ du lịch trong quý IV/2024", None),
    # guard: a headline naming the quarter it reports on
    ("Du lịch của tỉnh trong quý IV/2024 tăng trưởng mạnh", ("quý IV/2024", date(2024, 10, 1), date(2024, 12, 31))),
])
def test_a_headlines_target_period_over_a_whole_year(title, expected):
    assert periods._titles_period(("năm 2024", date(2024, 1, 1), date(2024, 12, 31)), [title]) == expected


def test_another_provinces_leader_at_the_event_is_a_guest():
    # the chair of another city's council at the province's conference: a guest, not a second province cited
    text = ("Ngày 12/5, UBND tỉnh Bến Tre tổ chức hội nghị xúc tiến đầu tư. Tham dự có Phó Chủ tịch UBND TPHCM Lê Văn "
            "Hòa cùng lãnh đạo một số sở, ngành. Theo UBND tỉnh Bến Tre, 6 tháng đầu năm 2017, tỉnh thu hút 21 dự án "
            "với tổng vốn 3.200 tỷ đồng. Bến Tre có 9 khu, cụm công nghiệp.")
    assert parse_document(text).meta.region == "Bến Tre"


@pytest.mark.parametrize(("text", "url", "region"), [
    # a provincial statistics office's release opening on the nation's economy, its province in the address's headline
    ("Năm 2022, kinh tế thế giới chịu nhiều biến động, lạm phát lên mức cao nhất trong nhiều thập kỷ. Quỹ Tiền tệ "
     "Quốc tế dự báo tăng trưởng toàn cầu đạt 3,2%. Trong nước, tăng trưởng kinh tế cả nước ước đạt 8%.",
     "https://thongkethaibinh.gov.vn/bao-cao/tinh-hinh-kinh-te-xa-hoi-tinh-thai-binh-nam-2022-812.html", "Thái Bình"),
    # two provinces named, neither twice the other, the nation once: the one the address's headline names
    ("Dịp nghỉ lễ năm nay, Cần Thơ đón khoảng 285.000 lượt khách, doanh thu du lịch đạt khoảng 315 tỷ đồng. Đoàn "
     "nghệ thuật tỉnh Điện Biên biểu diễn tại bến Ninh Kiều; các điểm du lịch của Cần Thơ đông khách. Trong dịp này, "
     "cả nước đón khoảng 4,5 triệu lượt khách.",
     "https://tin.example.vn/du-lich-can-tho-dat-doanh-thu-khoang-315-ty-dong-dip-nghi-le", "Cần Thơ"),
])
def test_region_from_the_address_r94(text, url, region):
    assert parse_document(text, SourceFacts(url=url)).meta.region == region
