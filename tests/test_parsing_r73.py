"""Rules of R73 (session 44, written from blind set B46 and province-and-period set P17 after they were scored
unseen): a release's heads flattened a word a line and an estimate head wrapped over its year; prose flattened one word
a line; localities inside the province are no digest; periods of months named with their year, of a season's base, of
a count to a quarter's end, of a history told year by year, of a document's span; an excess after an amount; a sector's
value added; a council's targets in parentheses; crop cycles and a reader counter. Every text is our own wording."""

from datetime import date

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document
from parsing.evaluate import match_document, meta_scores, span_occurrences
from parsing.model import SourceFacts
from parsing.normalize import normalize_text

FLATTENED_RELEASE = """Kết quả sản xuất thủy sản

Thực

hiện

6 tháng

đầu năm

2021

Ước

tính

quý III

năm

2021

Ước

tính

9 tháng

năm

2021

So với cùng kỳ

(%)

6 tháng

năm

2021

Quý III

năm

2021

Sản lượng nuôi trồng (Nghìn tấn)

12,4

6,1

18,5

104,20

98,50
"""


def test_a_release_flattened_a_word_a_line_reads_its_columns_and_ratios():
    got = [(f.raw_text, f.value, f.qualifier, f.period_label, f.yoy_change_pct)
           for f in parse_document(FLATTENED_RELEASE).figures]
    assert got == [("12,4", 12400.0, None, "6 tháng đầu năm 2021", pytest.approx(4.2)),
                   ("6,1", 6100.0, "estimate", "quý III năm 2021", pytest.approx(-1.5)),
                   ("18,5", 18500.0, "estimate", "9 tháng năm 2021", None)]


ESTIMATE_HEAD_WRAPPED = """Một số chỉ tiêu lao động năm 2022

Năm 2021

(Người)

Ước tính
năm 2022 (Người)

Ước tính năm 2022 so với năm 2021 (%)

1. Lực lượng lao động

512.300

515.900

100,70
"""


def test_an_estimate_head_wrapped_over_its_year_and_a_ratio_of_two_years_are_columns():
    got = [(f.raw_text, f.kind, f.qualifier, f.period_label) for f in parse_document(ESTIMATE_HEAD_WRAPPED).figures]
    assert got == [("512.300", "amount", None, "2021"), ("515.900", "amount", "estimate", "2022"),
                   ("100,70", "growth", "estimate", "2022")]


def test_prose_flattened_one_word_a_line_is_one_paragraph_and_names_its_district():
    words = ("Năm 2019, huyện Trần Văn Thời thu hoạch 41.200 tấn tôm, đạt 96% kế hoạch, tăng 5,2% so với "
             "cùng kỳ năm trước.").split()
    text = "\n".join(words)
    assert normalize_text(text) == " ".join(words)
    parsed = parse_document(text)
    assert parsed.meta.region == "Cà Mau"
    assert [(f.raw_text, f.pct_of_plan, f.yoy_change_pct) for f in parsed.figures] == [("41.200 tấn", 96.0, 5.2)]
    table = "Nam\n12.300\n12.410\nNữ\n11.900\n12.020\nThành thị\n8.100\n8.240\nNông thôn\n16.100\n16.190\n"
    assert normalize_text(table) == table  # a table flattened one cell a line runs on numbers: left alone


def test_localities_inside_the_province_are_no_digest_of_several():
    text = ("Đến nay, nhiều địa phương trong tỉnh đã gieo cấy được 18 nghìn ha lúa xuân, bằng 70% kế hoạch; "
            "các địa phương trong huyện đã làm đất được 2.100 ha.")
    assert parse_document(text, SourceFacts(url="https://baolaocai.vn/gieo-cay-post1.html")).meta.region == "Lào Cai"
    digest = "Nhiều địa phương đã công bố số liệu du lịch dịp lễ, tổng lượt khách tăng 12% so với năm trước."
    assert parse_document(digest, SourceFacts(url="https://baolaocai.vn/du-lich-post2.html")).meta.region is None


@pytest.mark.parametrize("text, expected", [
    # months named with their year are that year's months, not "the start of the year" of a plan or a time
    ("Đến cuối tháng 6, tỉnh có 310 trang trại đã tái đàn; tổng đàn lợn bị dịch năm 2019 giảm mạnh, nhưng "
     "sản lượng thịt trong 6 tháng đầu năm 2020 đạt 98 nghìn tấn.", ("2020-01-01", "2020-06-30")),
    # a season of a year compared with, its year the only one: the year after it
    ("Nông dân đã thu hoạch xong lúa vụ xuân, năng suất đạt 58 tạ/ha, cao hơn 2 tạ/ha so với vụ xuân năm 2015.",
     ("2016-01-01", "2016-12-31")),
    # counted to a quarter's end, in a later paragraph: January to the quarter's end
    ("Cụm công nghiệp phía Bắc được thành lập năm 2015.\n\nTính đến hết quý 3/2023, tổng vốn đầu tư hạ tầng đạt 96 tỷ "
     "đồng.", ("2023-01-01", "2023-09-30")),
    # a history told year by year in one paragraph: no one year is the report's
    ("Từ đầu năm 2016 đến nay, đoàn viên đã hiến 9.800 đơn vị máu. Đáng chú ý, năm 2011, thành phố không còn người "
     "bán máu; năm 2015, tiếp nhận 28.100 đơn vị máu.", None),
    # the span at the end of a sentence naming a document by its number is the document's
    ("Ngày 5-5-2016, tỉnh ký Quyết định số 612/QĐ-UBND phê duyệt kết quả rà soát hộ nghèo giai đoạn 2016-2020. Toàn "
     "tỉnh có 18.400 hộ nghèo.", None),
    # a year a few words into a comparison's base, after "của (cả)" or in a long name
    ("Từ đầu năm, toàn tỉnh ghi nhận 310 ca sốt xuất huyết, tăng gấp đôi so với tổng lượng ca bệnh của cả năm 2021.",
     None),
    ("Năm nay có 9.100 thí sinh dự thi; số em đỗ tăng 3,1% so với kết quả kỳ thi tốt nghiệp năm 2012.", None),
    # an opening's year names the opening
    ("Đầu năm 2025, lễ khai trương du lịch huyện năm 2025 thu hút 20.000 lượt khách.", None),
])
def test_periods_of_r73(text, expected):
    assert _bounds(text) == expected


def test_a_count_that_reads_as_a_year_far_from_every_year_written_is_no_year():
    from parsing.periods import _year_named

    text = "Năm nay có 9.100 thí sinh dự thi, 1.200 đạt loại giỏi và 2078 đạt loại khá, nhiều hơn năm 2012."
    assert _year_named(text) is None  # "năm 2012" is a base; 2078 counts candidates


def test_an_excess_after_an_amount_is_no_bound():
    figures = parse_document("Cây ăn quả có múi 612,5 ha, vượt 212,5 ha; chè 1.040 ha, vượt 40 ha. "
                             "Khách quốc tế vượt 35.000 lượt.").figures
    assert [(f.raw_text, f.qualifier) for f in figures] == [("612,5 ha", None), ("212,5 ha", None),
                                                            ("1.040 ha", None), ("40 ha", None),
                                                            ("35.000 lượt", "more_than")]


def test_a_sectors_value_added_rate_is_growth_and_the_councils_target_is_no_estimate():
    text = ("Tốc độ tăng trưởng kinh tế ước tăng 7,1% (NQ 7%); trong đó:\n"
            "+ Giá trị tăng thêm ngành dịch vụ ước tính đạt 8,2% (NQ 8,5%).\n"
            "Tổng kim ngạch xuất khẩu ước 410 triệu USD (NQ 400 triệu USD).")
    got = [(f.raw_text, f.kind, f.qualifier) for f in parse_document(text).figures]
    assert got == [("7,1%", "growth", "estimate"), ("7%", "growth", None), ("8,2%", "growth", "estimate"),
                   ("8,5%", "growth", None), ("410 triệu USD", "amount", "estimate"),
                   ("400 triệu USD", "amount", None)]


def test_disbursed_against_the_whole_capital_allotted_is_of_the_plan():
    figure = parse_document("Đã giải ngân trên 64 tỷ đồng, đạt 52,3% so với tổng vốn được giao.").figures[0]
    assert (figure.raw_text, figure.pct_of_plan, figure.plan_basis) == ("trên 64 tỷ đồng", 52.3, "plan")


@pytest.mark.parametrize("text", [
    "Trong đó, có 3 vụ/năm là vụ sớm, chính vụ và vụ muộn.",
    "Nông dân trồng 2 vụ lúa và 1 vụ màu.",
    "412 người đang online",
])
def test_crop_cycles_and_a_reader_counter_are_no_figures(text):
    assert [f.raw_text for f in parse_document(text).figures if f.unit in ("case", "case/year", "person")] == []


def test_the_scorer_reads_a_merged_province_and_a_label_copied_with_line_breaks():
    text = "Xã Hòa\nNghĩa\nthu hoạch\n1.200\ntấn\nhoa kiểng dịp Tết năm 2026 tại huyện Chợ Lách."
    entry = {"id": "x", "file": "x.txt", "region": "Vĩnh Long", "period_start": None, "period_end": None,
             "figures": [{"text": "1.200\ntấn", "value": 1200.0, "unit": "tonne", "kind": "amount"}]}
    parsed = parse_document(text)
    assert span_occurrences(parsed.text, "1.200\ntấn")
    result = match_document(entry, parsed)
    assert len(result.pairs) == 1 and not result.misses
    assert parsed.meta.region == "Bến Tre" and parsed.meta.period_end is not None \
        and parsed.meta.period_end >= date(2025, 7, 1)
    region, _ = meta_scores([result])
    assert region.right == 1  # Bến Tre's Chợ Lách is Vĩnh Long's since the merger


# --- R73b (from blind set B47 and province-and-period set P18 after they were scored unseen) -----------------------

YEARBOOK_PROPORTION = """Người có việc làm, 15 tuổi trở lên
Tổng số Nam Nữ
Người - Person
2020 401.200 210.300 190.900
2021 412.600 216.100 196.500
So với dân số - Proportion of population (%)
2020 50,12 52,40 47,83
2021 51,07 53,15 48,96
"""


def test_a_proportion_of_the_population_is_a_share_not_an_index():
    shares = [(f.raw_text, f.kind, f.value) for f in parse_document(YEARBOOK_PROPORTION).figures if f.unit == "percent"]
    assert shares[:2] == [("50,12", "share", 50.12), ("52,40", "share", 52.4)]
    assert len(shares) == 6


SCHOOLS_BY_DISTRICT = """Số trường đạt chuẩn theo huyện:

Toàn

Tỉnh

Chia ra

Huyện A

Huyện B

Huyện C

Trường

Mầm non

120

41

38

41

Trường đạt chuẩn

70

25

20

25

Tỉ lệ %

58.33

60.98

52.63

60.98
"""


def test_a_row_label_wrapped_over_two_lines_and_a_rate_row_in_percent():
    got = [(f.raw_text, f.unit, f.value) for f in parse_document(SCHOOLS_BY_DISTRICT).figures]
    assert got[:4] == [("120", "school", 120.0), ("41", "school", 41.0), ("38", "school", 38.0), ("41", "school", 41.0)]
    assert got[-4:] == [("58.33", "percent", 58.33), ("60.98", "percent", 60.98), ("52.63", "percent", 52.63),
                        ("60.98", "percent", 60.98)]


def test_a_unit_line_running_on_into_the_label_columns_head():
    text = ("Bảng 2.3: Lượt khách đến các điểm du lịch Đơn vị tính: ngàn lượt Điểm\n"
            "du lịch 2019 2020 2021 Hồ Lắk 210 95 60 Thác Dray 180 70 52\n"
            "Buôn Đôn 150 64 40\n")
    got = [(f.raw_text, f.value, f.unit) for f in parse_document(text).figures]
    assert got[:3] == [("210", 210000.0, "visit"), ("95", 95000.0, "visit"), ("60", 60000.0, "visit")]
    assert len(got) == 9


@pytest.mark.parametrize("text", [
    "Giá cà phê nhân từ 41.000 - 43.000 đồng/1 kg.",
    "Chi phí đầu tư cho 1ha mía khoảng 60 triệu đồng.",
    "Giá trị sản xuất bình quân/1ha đất canh tác đạt 120 triệu đồng.",
])
def test_one_unit_a_price_or_a_cost_is_told_for_is_no_figure(text):
    assert [f.raw_text for f in parse_document(text).figures if f.value == 1.0] == []


def test_a_range_leaving_its_thousands_to_the_high_end():
    figures = parse_document("Giá cam bán tại vườn 28-31.000 đồng/kg, giá bưởi 25.000-27.000 đồng/kg.").figures
    assert [(f.value, f.value_high) for f in figures] == [(28000.0, 31000.0), (25000.0, 27000.0)]


def test_the_address_headline_decides_between_two_provinces_and_a_commune_is_no_district():
    text = ("Chương trình liên kết du lịch giữa Sở Du lịch các tỉnh, thành: Hà Nội, Lai Châu và Sơn La được ký kết. "
            "Năm 2019, Lai Châu đón 420 nghìn lượt khách, tăng 18%. Du khách Hà Nội chiếm tỷ lệ lớn.")
    facts = SourceFacts(url="https://kinhtedothi.vn/lai-chau-hap-dan-du-khach-thu-do.html")
    assert parse_document(text, facts).meta.region == "Lai Châu"
    commune = ("Kỳ họp của HĐND xã Long Thành Bắc đã thông qua 8 nghị quyết. Năm 2014, thu ngân sách xã Long Thành Bắc "
               "đạt 4,2 tỷ đồng.")
    assert parse_document(commune, SourceFacts(url="https://hoathanh.tayninh.gov.vn/tin/1.html")).meta.region \
        == "Tây Ninh"


def test_provinces_merged_in_2025_count_as_one_after_the_merger():
    text = ("Ngày 10/01/2026, Xã Mỏ Cày (tỉnh Vĩnh Long) cho biết vụ hoa Tết năm nay trồng 300 ha. Xã được lập từ thị "
            "trấn Mỏ Cày, huyện Mỏ Cày Nam, tỉnh Bến Tre trước đây; nông dân huyện Mỏ Cày Nam cũ, tỉnh Bến Tre, "
            "trồng thêm 20 ha.")
    meta = parse_document(text, SourceFacts(published=date(2026, 1, 10))).meta
    assert meta.region in ("Bến Tre", "Vĩnh Long") and meta.region_code == "86"  # the merged Vĩnh Long
    before = parse_document(text.replace("2026", "2024"), SourceFacts(published=date(2024, 1, 10))).meta
    assert before.region is None  # before the merger, two provinces named alike: no one of them


def test_a_typographic_apostrophe_in_a_highland_name():
    assert parse_document("Huyện Cư M’gar có 17 xã, thị trấn; năm 2017 thu ngân sách 95 tỷ đồng.").meta.region \
        == "Đắk Lắk"


@pytest.mark.parametrize("text, url, expected", [
    # a headline's month without its year, on a dated page, over a season named in the body
    ("Tình hình sản xuất nông nghiệp tháng 5\n\n21/05/2019\n\nĐến nay, toàn tỉnh đã thu hoạch 12.000 ha lúa. Vụ xuân "
     "năm 2019, toàn tỉnh có 96 cánh đồng lớn.", None, ("2019-05-01", "2019-05-31")),
    # a year after the page's date is no report's: read again without it
    ("Ngày 15/12, HĐND huyện tổ chức kỳ họp. Phương hướng năm 2024 được thông qua. Báo cáo kết quả thực hiện nhiệm "
     "vụ năm 2023 cho thấy doanh thu dịch vụ đạt 8.200 tỷ đồng, tăng 12% so với năm 2022.",
     "https://baobariavungtau.com.vn/chinh-tri/202312/ky-hop-1.html", ("2023-01-01", "2023-12-31")),
])
def test_periods_of_r73b(text, url, expected):
    assert _bounds(text, url) == expected


def test_parts_inside_parentheses_after_a_part_are_its_own():
    text = ("Vụ đông xuân, toàn huyện gieo trồng 40 nghìn ha. Trong đó, cây lương thực có hạt 21,5 nghìn ha (lúa 12,1 "
            "nghìn ha, đạt 100% kế hoạch, năng suất 58 tạ/ha; ngô 9,4 nghìn ha, vượt 0,2% kế hoạch và 2,5% so cùng "
            "kỳ), rau các loại 6 nghìn ha.")
    figures = parse_document(text).figures
    by_text = {f.raw_text: f for f in figures}
    grain = figures.index(by_text["21,5 nghìn ha"])
    assert by_text["21,5 nghìn ha"].component_of == 0
    assert by_text["12,1 nghìn ha"].component_of == grain and by_text["9,4 nghìn ha"].component_of == grain
    assert by_text["9,4 nghìn ha"].yoy_change_pct == pytest.approx(2.5)
