"""Document metadata: province, the period a report covers, the published date."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import metadata, parse_document

PERIODS = [
    ("6 tháng đầu năm 2021, tổng thu ngân sách đạt 3.042 tỷ đồng.", "2021-01-01", "2021-06-30"),
    ("Quý II/2022, kim ngạch xuất khẩu đạt 690 triệu USD.", "2022-04-01", "2022-06-30"),
    ("Trong quý I năm 2023 toàn tỉnh có 512 doanh nghiệp thành lập mới.", "2023-01-01", "2023-03-31"),
    ("9 tháng năm 2022, sản lượng lương thực đạt 334 nghìn tấn.", "2022-01-01", "2022-09-30"),
    ("Năm 2023, tốc độ tăng trưởng kinh tế đạt 6,05%.", "2023-01-01", "2023-12-31"),
    ("Cả năm 2022, thu ngân sách đạt 9.010 tỷ đồng.", "2022-01-01", "2022-12-31"),
    ("Tháng 10 năm 2023, chỉ số giá tiêu dùng tăng 0,35%.", "2023-10-01", "2023-10-31"),
    ("Tính đến ngày 15/9/2022, sản lượng lương thực 9 tháng ước đạt 334,2 nghìn tấn.", "2022-01-01", "2022-09-30"),
    # a year after "so với" / "cùng kỳ" is a comparison, not the period
    ("Doanh thu du lịch tăng 26% so với cùng kỳ năm 2022.", None, None),
    ("Kế hoạch đến năm 2025 là 120 xã.", None, None),
]


@pytest.mark.parametrize("text, start, end", PERIODS)
def test_period(text, start, end):
    meta = parse_document(text).meta
    assert (str(meta.period_start) if meta.period_start else None,
            str(meta.period_end) if meta.period_end else None) == (start, end)


def test_published_date_from_header_and_period_year_from_it():
    meta = parse_document("date 2021-07 Trong 6 tháng đầu năm, tỉnh Lạng Sơn thu hút 1.091,9 nghìn lượt khách.").meta
    assert str(meta.published_on) == "2021-07-01"
    assert (str(meta.period_start), str(meta.period_end)) == ("2021-01-01", "2021-06-30")
    assert meta.region == "Lạng Sơn"


@pytest.mark.parametrize("text, region", [
    ("Theo UBND TP. Hồ Chí Minh, tổng thu ngân sách đạt 336,6 nghìn tỷ đồng.", "TP. Hồ Chí Minh"),
    # (a second province named as strongly would make it a digest of two: parsing/metadata.py rules)
    ("Tỉnh Thừa Thiên - Huế đón 3,2 triệu lượt khách, nhiều hơn so với Đà Nẵng.", "Thừa Thiên Huế"),
    ("Năm 2022, Bắc Ninh thu hút 3,1 tỷ USD, dẫn đầu cả nước. Bắc Ninh có 16 khu công nghiệp; Bắc Giang đứng "
     "thứ hai.", "Bắc Ninh"),
    # two provinces named in one sentence, one twice: a comparison, not a report of one
    ("Năm 2022, Bắc Ninh thu hút 3,1 tỷ USD; Bắc Ninh dẫn đầu, Bắc Giang đứng thứ hai.", None),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", None),
])
def test_region(text, region):
    assert parse_document(text).meta.region == region


PERIOD_WORDS = ["6 tháng đầu năm 2021", "sáu tháng 2022", "9 tháng năm 2020", "ba tháng 2023", "Quý II/2022",
                "quý 3 năm 2021", "năm 2021,", "Năm 2022 ước", "cả năm 2023.", "tháng 10 năm 2023", "tháng 5/2022",
                "cuối", "cùng kỳ", "so với", "đến", "kế hoạch", "giai đoạn", "tỉnh", "tháng", "năm", "6", "İ", ",", "."]


def _every_period_then_the_earliest(text):
    """The period as first written: every candidate of every kind, then the one that starts first."""
    found = []
    for kind, pattern in metadata._PERIODS:
        for match in pattern.finditer(text):
            if "cuối" in text[max(0, match.start() - 12):match.start() + 12].lower() \
                    or metadata._NOT_THE_PERIOD.search(text, max(0, match.start() - 16), match.start()):
                continue
            found.append((match.start(), kind, match))
    return min(found, key=lambda f: f[0])[1:] if found else None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PERIOD_WORDS), max_size=25).map(" ".join))
def test_the_period_is_the_one_written_first(text):
    named, expected = metadata._named_period(text), _every_period_then_the_earliest(text)
    assert (named and (named[0], named[1].span())) == (expected and (expected[0], expected[1].span()))
