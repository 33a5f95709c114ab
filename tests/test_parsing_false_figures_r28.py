"""R28's rules on real report prose (parsing/realtext/README.md, set R28, by frequency on B10 to B13): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document
from parsing.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [f.raw_text for f in parse_document(text).figures]


_BODY = ("Theo Sở Du lịch, trong tháng 5/2024 toàn tỉnh đón 51.870 lượt khách, tăng 8,4% so với cùng kỳ; doanh thu "
         "du lịch đạt 96,5 tỷ đồng.\n\nCông suất phòng bình quân đạt 62%.\n\nTỉnh có 210 cơ sở lưu trú.")


def test_title_above_an_agency_tag_is_a_heading():
    text = "Phú Yên đón gần 52.000 khách du lịch trong tháng 5/2024\n(TTV) - " + _BODY
    first = split_sentences(text)[0]
    assert first.is_heading and text[first.start:first.end].endswith("tháng 5/2024")
    assert "gần 52.000 khách" not in _texts(text) and "51.870 lượt khách" in _texts(text)
    # a first line running on into prose that opens with a parenthesis stays one sentence
    text = "Trong tháng 5/2024 toàn tỉnh đón 51.870 lượt khách du lịch\n(tăng 8,4% so với cùng kỳ)."
    assert not split_sentences(text)[0].is_heading


def test_indented_title_line_is_a_heading():
    text = " Phú Yên đón gần 52.000 khách du lịch trong tháng 5/2024\n\n" + _BODY
    assert split_sentences(text)[0].is_heading
    assert "gần 52.000 khách" not in _texts(text)


def test_line_ending_in_a_comma_is_no_heading():
    text = ("Năm 2023, tỉnh thu hút vốn đầu tư trong nước 20.000 tỷ đồng.\n\nTỉnh đề ra kế hoạch đến năm 2025, "
            "tự cân đối ngân sách với số thu dự kiến đạt 20.000 tỷ đồng, \n\nTHANH HÀ")
    sentences = split_sentences(text)
    assert not any(s.is_heading and "20.000" in text[s.start:s.end] for s in sentences)
    assert _texts(text).count("20.000 tỷ đồng") == 2


_LEAD_BODY = ("\n\nTheo Sở Du lịch, tổng thu từ du lịch 9 tháng ước đạt {body}, tăng 18% so với cùng kỳ.\n\n"
              "Khách quốc tế đạt 85.400 lượt.\n\nCông suất phòng đạt 58%.")


def test_lead_round_bound_of_a_finer_body_amount_is_told_ahead():
    for lead, body in (("trên 2.000 tỷ đồng", "2.136 tỷ đồng"), ("gần 500 tỷ đồng", "498 tỷ đồng"),
                       ("hơn 2.600 tỷ đồng", "2.622 tỷ đồng"), ("khoảng 700 tỷ đồng", "703,5 tỷ đồng")):
        text = f"Trong 9 tháng năm 2024, ngành du lịch Bến Tre đón 1,62 triệu lượt khách, doanh thu đạt {lead}." \
            + _LEAD_BODY.format(body=body)
        texts = _texts(text)
        assert lead not in texts and body in texts, (lead, texts)


def test_lead_amount_of_its_own_stays():
    # beyond a step of the bound's last significant digit, on the wrong side of the bound, or as fine as the body
    for lead, body in (("trên 2.000 tỷ đồng", "3.136 tỷ đồng"), ("gần 500 tỷ đồng", "503 tỷ đồng"),
                       ("hơn 2.600 tỷ đồng", "2.588 tỷ đồng"), ("khoảng 2.136 tỷ đồng", "2.136,4 tỷ đồng")):
        text = f"Trong 9 tháng năm 2024, ngành du lịch Bến Tre đón 1,62 triệu lượt khách, doanh thu đạt {lead}." \
            + _LEAD_BODY.format(body=body)
        texts = _texts(text)
        assert lead in texts and body in texts, (lead, texts)
