"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> the article links in them.

Read with the standard library's ``xml.etree`` rather than ``feedparser``: a
feed here only has to yield each item's link, title and date, the three
formats differ only in element names, and the dates are RFC 822 (RSS) or
RFC 3339 (Atom), which ``email.utils`` and ``datetime`` parse. That saves a
dependency (and feedparser's sgmllib shim) for about sixty lines. Expat, which
``xml.etree`` uses, does not fetch external entities and bounds entity
expansion, so a hostile feed cannot make us read files or blow up memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


class NotAFeed(ValueError):
    """The bytes are not an RSS or Atom feed; ``str(error)`` says why."""


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    published_on: date | None = None


def parse_feed(content: bytes, feed_url: str) -> list[FeedItem]:
    """Items in document order, links made absolute and without #fragment, each link once."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as error:
        raise NotAFeed(f"not an RSS or Atom feed: XML error ({error})") from None
    if root.tag == f"{_ATOM}feed":
        entries = [_atom_entry(e, feed_url) for e in root.iter(f"{_ATOM}entry")]
    elif root.tag == "rss":
        entries = [_rss_item(e, feed_url, "") for e in root.iter("item")]
    elif root.tag.endswith("RDF"):
        entries = [_rss_item(e, feed_url, _RSS1) for e in root.iter(f"{_RSS1}item")]
    else:
        raise NotAFeed(f"not an RSS or Atom feed: the root element is <{_local(root.tag)}>")
    seen, items = set(), []
    for item in entries:
        if item is not None and item.url not in seen:
            seen.add(item.url)
            items.append(item)
    return items


def _rss_item(element, feed_url: str, ns: str) -> FeedItem | None:
    link = _text(element.find(f"{ns}link"))
    guid = element.find("guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
        link = _text(guid)
    if not link:
        return None
    published = _text(element.find("pubDate")) or _text(element.find(_DC_DATE))
    return FeedItem(_absolute(link, feed_url), _text(element.find(f"{ns}title")), parse_feed_date(published))


def _atom_entry(element, feed_url: str) -> FeedItem | None:
    links = element.findall(f"{_ATOM}link")
    chosen = next((a for a in links if a.get("rel", "alternate") == "alternate" and a.get("href")), None)
    if chosen is None:
        return None
    published = _text(element.find(f"{_ATOM}published")) or _text(element.find(f"{_ATOM}updated"))
    return FeedItem(_absolute(chosen.get("href"), feed_url), _text(element.find(f"{_ATOM}title")),
                    parse_feed_date(published))


def parse_feed_date(value: str | None) -> date | None:
    """RFC 822 ("Fri, 05 Jul 2024 08:00:00 +0700") or RFC 3339 ("2024-07-05T08:00:00+07:00").

    The date is the one printed, in the publisher's own time zone: a report
    published on the 5th in Hà Nội is dated the 5th, whatever UTC says.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _absolute(link: str, base: str) -> str:
    return urldefrag(urljoin(base, link.strip())).url


def _text(element) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
