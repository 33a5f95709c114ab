"""Rules of R100 (session 58), from the blind sets B110, B111 and P56 after they were scored unseen. Every text is our
own wording."""

from parsing import parse_document


def test_money_per_head_of_population():
    text = "Thu nhập bình quân tăng từ 4,1 triệu đồng năm 2008 lên 8,2 triệu đồng/đầu người năm 2012."
    assert [(f.raw_text, f.unit) for f in parse_document(text).figures][-1] == ("8,2 triệu đồng/đầu người", "VND/person")
