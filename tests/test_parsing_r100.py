"""Rules of R100 (session 58), from the blind sets B110, B111 and P56 after they were scored unseen. Every text is our
own wording."""

import pytest
from conftest import report_bounds as _bounds

from parsing import parse_document


def test_money_per_head_of_population():
    text = "Thu nhập bình quân tăng từ 4,1 triệu đồng năm 2008 lên 8,2 triệu đồng/đầu người năm 2012."
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures][-1] == ("8,2 triệu đồng/đầu người", "VND/person")


@pytest.mark.parametrize(("text", "bounds"), [
    # last year's results, then this year counted to a day: this year so far
    ("Trong năm 2023, chi nhánh giải ngân 1.410 tỷ đồng cho 31.200 lượt hộ vay.\n\nTrong năm 2024, tính đến hết "
     "31/5/2024, tổng dư nợ đạt 5.870 tỷ đồng, tăng 402 tỷ đồng so với năm 2023.", ("2024-01-01", "2024-05-31")),
    # ... or to a quarter's end
    ("Năm 2022, các điểm đến của tỉnh đón hơn 1,9 triệu lượt khách.\n\nTính đến hết quý I/2023, tỉnh đón hơn 2.800 lượt "
     "khách quốc tế lưu trú.", ("2023-01-01", "2023-03-31")),
    # guard: a count to a day of the one year the text names is no year after it; the year stays
    ("Năm 2023, tỉnh giải ngân vốn đầu tư công đạt khá. Tính đến ngày 28/12/2023, toàn tỉnh đã giải ngân 5.120 tỷ đồng, "
     "đạt 91% kế hoạch.", ("2023-01-01", "2023-12-31")),
])
def test_period_r100(text, bounds):
    assert _bounds(text) == bounds
