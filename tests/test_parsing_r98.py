"""Rules of R98 (session 58), from the blind sets of session 57 (P51 to P53, seen) and B106, B107 and P54 after they
were scored unseen. Every text is our own wording."""

import pytest
from conftest import report_bounds as _bounds


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
