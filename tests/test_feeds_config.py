"""The sources file and feed parsing, as plain functions; the CLI's one-line refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sources.config import FetchOptions, SourcesError, read_sources
from sources.feeds import NotAFeed, parse_feed, parse_feed_date

SITE = Path(__file__).resolve().parent / "site"
REPO = Path(__file__).resolve().parent.parent


def _write(tmp_path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_file_is_valid():
    config = read_sources(REPO / "sources" / "sources.example.toml")
    assert [s.kind for s in config.sources] == ["rss", "urls"]
    assert config.fetch == FetchOptions(timeout_s=20.0, retries=2, backoff_s=1.0, host_delay_s=1.0,
                                        max_bytes=5_000_000, max_failed_runs=5)


def test_url_lists_come_inline_and_from_a_file_beside_the_config(tmp_path):
    (tmp_path / "urls.txt").write_text("# comment\n\nhttps://a.vn/1.html\nhttps://a.vn/2.html\n", encoding="utf-8")
    config = read_sources(_write(tmp_path, """
[[source]]
name = "list"
kind = "urls"
urls = ["https://a.vn/0.html", "https://a.vn/1.html"]
file = "urls.txt"
"""))
    assert config.sources[0].urls == ("https://a.vn/0.html", "https://a.vn/1.html", "https://a.vn/2.html")
    assert config.fetch == FetchOptions()


@pytest.mark.parametrize("body, message", [
    ('[[source]]\nname = "x"\nkind = "rsss"\nurl = "https://a.vn/rss"',
     "source 'x': unknown kind 'rsss' (expected one of rss, atom, urls)"),
    ('[[source]]\nname = "x"\nkind = "rss"', "source 'x': missing url (the address of the rss feed)"),
    ('[[source]]\nkind = "rss"\nurl = "https://a.vn/rss"', "source #1 has no name"),
    ('[[source]]\nname = "x"\nkind = "rss"\nurl = "ftp://a.vn/rss"', "'ftp://a.vn/rss' is not an http(s) URL"),
    ('[[source]]\nname = "x"\nkind = "urls"', "source 'x': no URLs"),
    ('[[source]]\nname = "x"\nkind = "urls"\nfile = "missing.txt"', "URL file"),
    ('[[source]]\nname = "x"\nkind = "rss"\nurl = "https://a.vn/rss"\nurls = []',
     "'urls' does not apply to kind 'rss'"),
    ('[[source]]\nname = "x"\nkind = "rss"\nurl = "https://a.vn/a"\n[[source]]\nname = "x"\nkind = "rss"\n'
     'url = "https://a.vn/b"', "source name 'x' is used twice"),
    ('[fetch]\ntimeout_s = "slow"\n[[source]]\nname = "x"\nkind = "rss"\nurl = "https://a.vn/a"',
     "[fetch] timeout_s must be a float, not 'slow'"),
    ('[fetch]\nspeed = 1\n[[source]]\nname = "x"\nkind = "rss"\nurl = "https://a.vn/a"',
     "[fetch] has unknown option 'speed'"),
    ("[fetch]\ntimeout_s = 1", "no [[source]] entries"),
    ("[[source]\nname = 1", "is not valid TOML"),
])
def test_mistakes_are_named_on_one_line(tmp_path, body, message):
    with pytest.raises(SourcesError) as error:
        read_sources(_write(tmp_path, body))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SourcesError, match="does not exist"):
        read_sources(tmp_path / "nowhere.toml")


def test_rss_items_become_absolute_links_without_fragments_each_once():
    content = (SITE / "rss.xml").read_bytes().replace(b"{base}", b"https://baolangson.vn")
    items = parse_feed(content, "https://baolangson.vn/rss.xml")
    assert items[0].url == "https://baolangson.vn/kinh-te/langson-6-thang-2024.html"
    assert items[0].published_on == date(2024, 7, 5)
    assert items[1].url == "https://baolangson.vn/kinh-te/caobang-quy-1-2024.html"
    assert items[1].title == "Cao Bằng: Quý I năm 2024 thu ngân sách đạt khá"
    assert len(items) == 8 and len({i.url for i in items}) == 8
    assert items[3].published_on is None


def test_atom_entries_use_the_alternate_link_and_published_date():
    content = (SITE / "atom.xml").read_bytes().replace(b"{base}", b"https://baoquangninh.vn")
    items = parse_feed(content, "https://baoquangninh.vn/atom.xml")
    assert [i.url for i in items] == ["https://baoquangninh.vn/kinh-te/quangninh-quy-3-2024.html",
                                      "https://baoquangninh.vn/kinh-te/langson-6-thang-2024.html"]
    assert [i.published_on for i in items] == [date(2024, 10, 8), date(2024, 7, 5)]


def test_rss_1_rdf_feeds_are_read():
    content = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://a.vn/"><title>A</title></channel>
  <item rdf:about="https://a.vn/1"><title>Mot</title><link>https://a.vn/1</link><dc:date>2024-01-31</dc:date></item>
</rdf:RDF>"""
    assert [(i.url, i.published_on) for i in parse_feed(content, "https://a.vn/rdf")] == [
        ("https://a.vn/1", date(2024, 1, 31))]


@pytest.mark.parametrize("content, reason", [
    (b"<html><body>hello</body></html>", "the root element is <html>"),
    (b"not xml at all", "XML error"),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss>&e;</rss>', "XML error"),
])
def test_what_is_not_a_feed_says_why(content, reason):
    with pytest.raises(NotAFeed, match=reason):
        parse_feed(content, "https://a.vn/rss")


@pytest.mark.parametrize("text, expected", [
    ("Fri, 05 Jul 2024 08:00:00 +0700", date(2024, 7, 5)),
    ("Thu, 04 Jul 2024 23:30:00 GMT", date(2024, 7, 4)),
    ("2024-07-05T00:30:00+07:00", date(2024, 7, 5)),  # the publisher's own date, not UTC's
    ("2024-07-05T08:00:00Z", date(2024, 7, 5)),
    ("2024-07-05", date(2024, 7, 5)),
    ("hôm qua", None),
    ("", None),
])
def test_feed_dates(text, expected):
    assert parse_feed_date(text) == expected


def test_cli_run_refuses_a_bad_sources_file_with_one_line(tmp_path, capsys, warehouse_path):
    from flows.cli import main

    bad = _write(tmp_path, '[[source]]\nname = "x"\nkind = "podcast"\nurl = "https://a.vn/rss"')
    code = main(["run", "--sources", str(bad), "--warehouse", str(warehouse_path)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == f"solieu run: {bad}: source 'x': unknown kind 'podcast' (expected one of rss, atom, urls)"
    assert not warehouse_path.exists()  # refused before touching anything
