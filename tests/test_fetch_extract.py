"""HTML -> article text, and the fetcher's retry and pacing rules, as plain functions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sources.article import Article, NotAnArticle, decode_html, extract_article
from sources.collect import document_content
from sources.config import FetchOptions
from sources.fetch import Fetcher, FetchFailed, HostPacer

SITE = Path(__file__).resolve().parent / "site"
BODY = ("<p>Tổng thu ngân sách nhà nước trên địa bàn 6 tháng ước đạt 3.420 tỷ đồng, đạt 51,2% dự toán, "
        "tăng 9,4% so với cùng kỳ. Khách du lịch đến tỉnh ước đạt 1.450 nghìn lượt, tăng 8,1% so với "
        "cùng kỳ năm trước.</p>")


def _page(name: str) -> Article:
    return extract_article((SITE / name).read_text(encoding="utf-8"))


def test_article_element_gives_title_date_and_paragraphs_without_chrome():
    article = _page("kinh-te/langson-6-thang-2024.html")
    assert article.title == "Lạng Sơn: Kinh tế 6 tháng đầu năm 2024 tăng trưởng khá"
    assert article.published_on == date(2024, 7, 5)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Theo báo cáo của UBND tỉnh Lạng Sơn, tổng sản phẩm trên địa bàn (GRDP) 6 "
                                    "tháng đầu năm 2024")
    assert paragraphs[-1] == "Khách du lịch đến tỉnh ước đạt 1.450 nghìn lượt, tăng 8,1% so với cùng kỳ."
    assert len(paragraphs) == 4
    for chrome in ("Trang chủ", "0205.3812.345", "Chia sẻ", "2.000 xe", "Tin liên quan", "Từ khóa",
                   "Giá xăng", "Giấy phép", "console.log", "font-family"):
        assert chrome not in article.body


def test_without_article_element_the_densest_paragraph_block_wins():
    article = _page("kinh-te/caobang-quy-1-2024.html")
    assert article.title == "Cao Bằng: Quý I năm 2024 thu ngân sách đạt khá"  # the page's <h1>, not <title>
    assert article.published_on == date(2024, 4, 9)  # <time datetime>
    assert article.body.startswith("Ngày 8/4/2024, UBND tỉnh Cao Bằng")
    for chrome in ("Bình luận", "Đọc nhiều", "Thời tiết", "Chính trị", "0206.3852.024"):
        assert chrome not in article.body


def test_unclosed_paragraphs_are_closed_by_the_next_one():
    article = _page("kinh-te/hagiang-9-thang-2024.html")
    assert len(article.body.split("\n\n")) == 3
    assert article.title == "Hà Giang: 9 tháng năm 2024 kinh tế giữ đà tăng trưởng"  # from <title>
    assert article.published_on is None
    assert "Bản quyền" not in article.body


def test_fallbacks_from_the_feed_apply_only_when_the_page_has_none():
    html = (SITE / "kinh-te/hagiang-9-thang-2024.html").read_text(encoding="utf-8")
    assert extract_article(html, fallback_date=date(2024, 10, 5)).published_on == date(2024, 10, 5)
    assert _page("kinh-te/quangninh-quy-3-2024.html").published_on == date(2024, 10, 8)


def test_the_document_text_starts_with_the_date_line_the_parser_reads():
    text = _page("kinh-te/langson-6-thang-2024.html").document_text()
    assert text.startswith("date 2024-07-05 Lạng Sơn: Kinh tế 6 tháng đầu năm 2024 tăng trưởng khá\n\nTheo")
    from parsing import parse_document

    meta = parse_document(text).meta
    assert (meta.published_on, meta.title, meta.region) == (
        date(2024, 7, 5), "Lạng Sơn: Kinh tế 6 tháng đầu năm 2024 tăng trưởng khá", "Lạng Sơn")


def test_a_page_of_menus_is_not_an_article():
    with pytest.raises(NotAnArticle, match="not an article: 18 characters"):
        _page("trang-chu.html")


def test_entities_and_odd_markup_are_handled():
    html = (f"<html><head><title>T</title></head><body><div class='x'><h1>Báo cáo &amp; số liệu</h1>"
            f"{BODY}<p>Dòng thứ hai<br>ngắt dòng &nbsp; và <b>chữ đậm</b></span></p></div></body></html>")
    article = extract_article(html)
    assert article.title == "Báo cáo & số liệu"
    assert article.body.split("\n\n")[-2:] == ["Dòng thứ hai", "ngắt dòng và chữ đậm"]


@pytest.mark.parametrize("content, content_type, expected", [
    ("<meta charset='windows-1258'><p>Kinh t\xea</p>".encode("cp1258"), "text/html", "Kinh tê"),
    ("<p>Kinh tế</p>".encode(), "text/html; charset=utf-8", "Kinh tế"),
    ("<p>Kinh tế</p>".encode(), None, "Kinh tế"),
    ("<p>Kinh tế</p>".encode(), "text/html; charset=bogus", "Kinh tế"),
])
def test_html_is_decoded_by_its_declared_charset(content, content_type, expected):
    assert expected in decode_html(content, content_type)


def test_content_types_decide_what_becomes_a_document():
    html = f"<html><body><article><h1>Tiêu đề bài viết</h1>{BODY}</article></body></html>".encode()
    text, article = document_content(html, "text/html; charset=utf-8", "Feed title", date(2024, 1, 2))
    assert text.decode().startswith("date 2024-01-02 Tiêu đề bài viết\n\nTổng thu")
    plain = "Báo cáo 6 tháng".encode()
    assert document_content(plain, "text/plain; charset=utf-8") == (plain, None)
    with pytest.raises(NotAnArticle, match="not HTML: content type image/png"):
        document_content(b"\x89PNG...", "image/png")


def test_pacer_spaces_requests_to_one_host_but_not_across_hosts():
    slept = []
    pacer = HostPacer(sleep=slept.append)
    pacer.wait("a.vn", 1.0)
    pacer.wait("b.vn", 1.0)
    pacer.wait("a.vn", 1.0)
    pacer.wait("a.vn", 1.0)
    assert len(slept) == 2
    assert 0.9 < slept[0] <= 1.0 and 1.9 < slept[1] <= 2.0


def test_connection_errors_are_retried_with_exponential_backoff():
    slept = []
    options = FetchOptions(timeout_s=1.0, retries=3, backoff_s=0.5, host_delay_s=0.0)
    with Fetcher(options, pacer=HostPacer(sleep=lambda s: None), sleep=slept.append) as fetcher:
        outcome = fetcher.fetch("http://127.0.0.1:9/bai-viet.html")  # port 9: nothing listens
    assert isinstance(outcome, FetchFailed)
    assert outcome.attempts == 4 and outcome.reason.endswith("(4 attempts)")
    assert slept == [0.5, 1.0, 2.0]


def test_links_that_are_not_http_are_failures_without_a_request():
    with Fetcher(FetchOptions(), sleep=lambda s: pytest.fail("no retry expected")) as fetcher:
        outcome = fetcher.fetch("mailto:toasoan@baolangson.vn")
    assert (outcome.reason, outcome.attempts) == ("not an http(s) URL", 0)
