"""R43's rules on real report prose (parsing/realtext/README.md, set R43, by frequency on B10 to B18): false figures
of two kinds. "một" before a counted noun is the article unless its sentence counts that noun with other numbers; a
stand-alone rate of change that another sentence gives as an amount's change on last year is that change told
again. Each rule with text of ours where it applies and where it must not."""

from parsing import parse_document


def _spans(text: str) -> list[str]:
    return [f.raw_text for f in parse_document(text).figures]


def test_one_before_a_noun_is_the_article():
    assert _spans("Trên địa bàn huyện hiện có một cơ sở giết mổ gia súc tập trung.") == []
    assert _spans("Thêm một doanh nghiệp bị xử phạt vì khai thác cát trái phép.") == []
    assert _spans("Trong đó có một doanh nghiệp Nhật Bản khoảng 200 triệu USD, một doanh nghiệp Hàn Quốc khoảng 90 "
                  "triệu USD.") == ["khoảng 200 triệu USD", "khoảng 90 triệu USD"]
    assert _spans("Chương trình Mỗi xã một sản phẩm có thêm 14 sản phẩm được công nhận.") == ["14 sản phẩm"]


def test_one_in_a_list_of_counts_of_its_noun_counts():
    assert _spans("Có 9 dự án khai khoáng; 3 dự án thương mại; một dự án trồng rừng và một dự án y tế.") == [
        "9 dự án", "3 dự án", "một dự án", "một dự án"]


def _rates(text: str) -> list[tuple[str, float | None]]:
    return [(f.raw_text, f.yoy_change_pct) for f in parse_document(text).figures]


def test_a_rate_told_again_as_an_amounts_change_is_no_figure():
    title = "Bình Thuận: tăng trưởng kinh tế 9 tháng ước tăng 7,26%\n\n"
    body = "Chín tháng đầu năm 2024, tổng sản phẩm trên địa bàn tỉnh ước đạt 68.420 tỷ đồng, tăng 7,26% so với cùng kỳ."
    assert _rates(title + body) == [("68.420 tỷ đồng", 7.26)]
    assert _rates("Vốn đầu tư từ ngân sách địa phương tăng tới 41,3%. Trong 9 tháng, vốn đầu tư từ ngân sách địa "
                  "phương đạt 3.150 tỷ đồng, tăng 41,3% so với cùng kỳ.") == [("3.150 tỷ đồng", 41.3)]


def test_a_rate_in_a_list_of_rates_or_on_another_base_stays():
    text = ("Giá trị sản xuất công nghiệp đạt 15.300 tỷ đồng, tăng 8,5% so với cùng kỳ. Một số sản phẩm tăng khá: "
            "đá xây tăng 15,2%; gỗ dán tăng 27,1%; điện thương phẩm tăng 8,5%.")
    assert _rates(text) == [("15.300 tỷ đồng", 8.5), ("15,2%", None), ("27,1%", None), ("8,5%", None)]
    text = ("Doanh thu bán lẻ tăng 1,8% so với tháng trước. Doanh thu bán lẻ 9 tháng đạt 42.000 tỷ đồng, tăng 1,8% so "
            "với cùng kỳ.")
    assert _rates(text) == [("1,8%", None), ("42.000 tỷ đồng", 1.8)]
