"""Rules of R98 (session 58), from the blind sets of session 57 (P51 to P53, seen) and B106, B107 and P54 after they
were scored unseen. Every text is our own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import SourceFacts, parse_document


@pytest.mark.parametrize(("text", "source", "bounds"), [
    # a history whose last year alone is compared with the same period before: the text reports that year
    ("Kinh tế thị xã\n\nNăm 2001, giá trị sản xuất của thị xã mới đạt 410 tỷ đồng; năm 2006 đạt 1.950 tỷ đồng; năm "
     "2012, giá trị sản xuất đạt 8.100 tỷ đồng, trong đó:\n+ Công nghiệp ước đạt 5.900 tỷ đồng, tăng 18,2% so với cùng kỳ;\n+ Dịch vụ ước đạt 2.100 tỷ "
     "đồng, tăng 24,5% so cùng kỳ.", None, ("2012-01-01", "2012-12-31")),
    # guard: years side by side, each compared with the one before, are no one year
    ("Năm 2021, thu ngân sách đạt 3.100 tỷ đồng, tăng 6% so với cùng kỳ. Năm 2022 đạt 3.400 tỷ đồng, tăng 9,7% so "
     "với cùng kỳ. Năm 2023 đạt 3.650 tỷ đồng, tăng 7,4% so với cùng kỳ.", None, None),
    # the year a text names is given figures in hectares; "so với cuối năm 2019" is a comparison's base, not a stock
    # counted to the end of that year
    ("Huyện chuyển đổi cây trồng\n\nTrong năm 2020, diện tích trồng lúa tiếp tục giảm. Tổng diện tích gieo trồng "
     "của huyện trong năm 2020 đạt 48.300 ha. Diện tích ứng dụng công nghệ cao đạt 12.800 ha, chiếm 26% diện tích canh "
     "tác, tăng 1.500 ha so với cuối năm 2019.", None, ("2020-01-01", "2020-12-31")),
    ("Huyện chuyển đổi cây trồng\n\nTrong năm 2020, diện tích trồng lúa tiếp tục giảm. Diện tích ứng dụng công nghệ "
     "cao chiếm 26% diện tích canh tác, tăng 1.500 ha so với cuối năm 2019.", None, ("2020-01-01", "2020-12-31")),
    # "đông xuân năm nay" is the season, which the text names with its years
    ("I. Nông lâm thủy sản\n1. Nông nghiệp\nGieo trồng cây hàng năm vụ đông xuân 2014 - 2015 toàn tỉnh đạt 41.200 ha, "
     "đạt 104% kế hoạch vụ. Sản lượng lương thực đông xuân năm nay ước đạt 231 ngàn tấn.", None, ("2014-01-01", "2015-12-31")),
    # a month that dates a recognition decided then is no period of the figures
    ("Tháng 11-2019, huyện Hải Hậu được UBND tỉnh ra quyết định công nhận hoàn thành các tiêu chí huyện nông thôn mới. "
     "Sau 9 năm, thu nhập bình quân đầu người tăng từ 12 triệu đồng (năm 2010) lên 46 triệu đồng (năm 2019).",
     None, None),
    # a year named only as the plan deployed at its start; the year ended is the one reported
    ("Ngày 9/1, UBND huyện triển khai kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách năm 2012.\nTrong năm nay, "
     "huyện đặt chỉ tiêu sản lượng lương thực 17.000 tấn.\nBáo cáo cho biết trong năm 2011, sản lượng lương thực có "
     "hạt đạt hơn 16.100 tấn, tỉ lệ hộ nghèo giảm 2,1%.", None, ("2011-01-01", "2011-12-31")),
    # guard: the plan's year is also the year of the months reported
    ("Triển khai kế hoạch năm 2012, 6 tháng đầu năm huyện đạt sản lượng lương thực 9.100 tấn, bằng 53% kế hoạch.",
     None, ("2012-01-01", "2012-06-30")),
])
def test_period_r98(text, source, bounds):
    assert _bounds(text, source) == bounds


@pytest.mark.parametrize(("text", "expected"), [
    # the capital the Prime Minister assigned is the plan a disbursement is measured against
    ("Đến hết tháng 6, tỉnh giải ngân 1.210 tỷ đồng, bằng 44% so với số vốn Thủ tướng Chính phủ giao.",
     [("1.210 tỷ đồng", "amount", 1.21e12, "VND", 44.0, None)]),
    # "công suất nhà máy 25MW" tells the plant's capacity; a plant named by its capacity stays a name (guard)
    ("Công suất nhà máy 25MW, vốn đầu tư 900 tỷ đồng.",
     [("25MW", "amount", 25.0, "MW", None, None), ("900 tỷ đồng", "amount", 9e11, "VND", None, None)]),
    ("Nhà máy nhiệt điện Nghi Sơn 1.200MW đã hòa lưới.", []),
    # a solar farm's peak power, energy written as if per hour, and a port's misspelt container unit
    ("Tổng công suất lắp đặt đạt 320 MWp.", [("320 MWp", "amount", 320.0, "MWp", None, None)]),
    ("Mỗi năm nhà máy phát lên lưới 42 triệu kw/giờ điện.",
     [("42 triệu kw/giờ", "amount", 4.2e7, "kWh/year", None, None)]),
    ("Hàng container qua cảng đạt 96.300 Tues, tăng 5,4% so với cùng kỳ.",
     [("96.300 Tues", "amount", 96300.0, "TEU", None, 5.4)]),
    # a change on a far year told after a share of the amount: a growth figure of its own, not the amount's change
    ("Năm 2023, giá trị sản xuất hoa ước 1.150 tỷ đồng, chiếm 22% giá trị sản xuất nông nghiệp, tăng 140% so với "
     "năm 2016.", [("1.150 tỷ đồng", "amount", 1.15e12, "VND", None, None), ("140%", "growth", 140.0, "percent", None, None),
                   ("22%", "share", 22.0, "percent", None, None)]),
    # ... and after a multiple of another item, whose base is that item's
    ("Năm 2023, giá trị sản xuất hoa ước 1.150 tỷ đồng, gấp 2,1 lần so với giá trị trồng rau, tăng 140% so với năm 2016.",
     [("1.150 tỷ đồng", "amount", 1.15e12, "VND", None, None), ("140%", "growth", 140.0, "percent", None, None)]),
])
def test_figures_r98(text, expected):
    assert [(f.raw_text, f.kind, f.value, f.unit, f.pct_of_plan, f.yoy_change_pct)
            for f in parse_document(text).figures] == expected


def test_an_address_number_before_every_year_of_the_text_dates_nothing():
    # the stamp in the address reads as 4 May 2018, but the text reports 11 months of 2021 against 2020
    text = ("Hàng hóa qua cảng giảm nhẹ\n\nTrong 11 tháng năm 2021, hàng hóa thông qua cảng biển đạt 8,4 triệu tấn, giảm "
            "1,9% so với cùng kỳ năm 2020.")
    url = "https://tin.example.vn/hang-hoa-qua-cang-giam-nhe-20180504224262371.htm"
    meta = parse_document(text, SourceFacts(url=url)).meta
    assert (str(meta.period_start), str(meta.period_end), meta.published_on) == ("2021-01-01", "2021-11-30", None)


@pytest.mark.parametrize(("text", "expected"), [
    # the places a rank passes are no count
    ("Thu ngân sách của thị xã còn xếp trên 40 tỉnh, thành trong cả nước.", []),
    ("Về thu hút đầu tư, tỉnh đứng sau 9 tỉnh trong vùng.", []),
    # guard: a bound before a count of places is still a count
    ("Toàn tỉnh có trên 40 xã đạt chuẩn nông thôn mới.", [("trên 40 xã", 40.0)]),
])
def test_places_ranked_past(text, expected):
    assert [(f.raw_text, f.value) for f in parse_document(text).figures] == expected


def test_a_province_of_the_periods_time_in_its_successors_paper_stays_itself():
    # Lào Cai's paper on Yên Bái's January to May 2025, before the two merged: the text's province, of its time
    text = ("Yên Bái: Giải quyết việc làm cho hơn 9.000 lao động\n\nTính đến tháng 5/2025, toàn tỉnh Yên Bái đã giải "
            "quyết việc làm cho 9.214 lao động, đạt 46% kế hoạch năm.")
    meta = parse_document(text, SourceFacts(url="https://baolaocai.vn/yen-bai-giai-quyet-viec-lam-post400001.html")).meta
    assert (meta.region, str(meta.period_end)) == ("Yên Bái", "2025-05-31")


@pytest.mark.parametrize(("text", "bounds"), [
    # R98b (seen, from B106 and B107). A text opening on a day of January, naming the new year only for a festival, and
    # the year just ended as a year of its own
    ("Ngày 8-1, UBND thị xã tổ chức lễ tôn vinh nghề trồng hoa – lần 2, năm 2024. Giá trị sản xuất hoa kiểng năm 2023 ước trên 1.900 tỷ "
     "đồng, tăng 6% so với năm trước.", ("2023-01-01", "2023-12-31")),
    # a year asked to be recognised in, beside a year striven for, is no period reported
    ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới; còn 2 huyện đang hoàn thiện các tiêu chí và phấn đấu hết năm 2020 "
     "hoàn thành 9/9 tiêu chí, đề nghị Chính phủ công nhận huyện đạt chuẩn nông thôn mới năm 2020.", None),
    # the rounds of an assessment date an event
    ("Hội đồng vừa đánh giá, phân hạng sản phẩm OCOP đợt 1 và 2 năm 2023. Kết quả, 8 sản phẩm đạt 3 sao.", None),
    # a groundbreaking scheduled for a month is no period
    ("Dự án có tổng vốn 90 triệu USD. Thời gian khởi công xây dựng dự án trong tháng 10-2016, hoàn thành và "
     "đưa vào sử dụng tháng 10-2018.", None),
    # the year a programme began is its starting point, not the report's
    ("Khi mới bước vào xây dựng nông thôn mới năm 2011, xã chỉ đạt 4/19 tiêu chí. Đến nay, thu nhập bình quân đầu "
     "người của xã đạt 45 triệu đồng/năm.", None),
])
def test_period_r98b(text, bounds):
    assert _bounds(text) == bounds


def test_a_list_led_by_passing_the_plan_gives_each_item_its_share_of_it():
    # R98c (seen, from B106): "vượt kế hoạch ... là:" and each place's margin: 103% and 102% of the plan
    text = "Nhiều xã vượt kế hoạch gieo cấy là: Tân Hưng vượt 3%, Gia Xuyên 2%."
    assert [(f.raw_text, f.value, f.pct_of_plan) for f in parse_document(text).figures] == [("3%", 3.0, 103.0),
                                                                                            ("2%", 2.0, 102.0)]
