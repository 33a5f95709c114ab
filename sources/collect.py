"""Feeds and URL lists -> fetched items in the warehouse -> documents for the pipeline.

``collect_source`` does one source (the unit of a Prefect task): read the feed
or the list, fetch every URL not fetched before, turn each page into article
text, and record items and failures. ``fetched_documents`` then hands every
fetched article that has no document yet to the pipeline as a ``RawDocument``
whose ``source_name`` is its URL.

Which URLs are fetched: a URL fetched successfully once (listed or redirected
to) never again; a URL that failed is tried again in each later run, until it
has failed in ``max_failed_runs`` runs (then it is left, and counted as
given up in the run summary).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from parsing.model import SourceFacts
from sources.article import NotAnArticle, decode_html, extract_article
from sources.config import FetchOptions, Source
from sources.feeds import FeedItem, NotAFeed, parse_feed
from sources.fetch import Fetched, Fetcher, FetchFailed
from sources.inbox import RawDocument
from warehouse.connection import connect
from warehouse.fetched import FailureRow, ItemRow, failed_runs, fetched_urls, pending_items, record_fetches

# Items are written to the warehouse every this many, so a stopped run loses little.
FLUSH_EVERY = 20
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class SourceReport:
    source: str
    listed: int = 0  # URLs in the feed or list
    already_fetched: int = 0
    fetched: int = 0  # new items kept (articles and pages that are not articles)
    articles: int = 0
    failed: int = 0  # URLs that failed in this run (feed included)
    given_up: int = 0  # URLs left alone after failing in too many runs


@dataclass
class FetchSummary:
    reports: list[SourceReport]

    def text(self) -> str:
        total = {name: sum(getattr(r, name) for r in self.reports)
                 for name in ("listed", "already_fetched", "fetched", "articles", "failed", "given_up")}
        line = (f"sources:   {len(self.reports)} read, {total['listed']} URLs listed, {total['fetched']} "
                f"fetched ({total['articles']} articles), {total['already_fetched']} fetched before, "
                f"{total['failed']} failed")
        if total["given_up"]:
            line += f", {total['given_up']} given up"
        return line


def collect_source(settings, run_id: int | None, source: Source, options: FetchOptions,
                   fetcher: Fetcher | None = None) -> SourceReport:
    """Fetch what is new in one source and record it; failures are recorded, never raised.

    ``settings`` is ``flows.settings.Settings`` (only ``warehouse`` and ``lock_timeout_s`` are used).
    Only a warehouse that stays locked raises (``WarehouseLocked``): the flow retries the task then.
    """
    with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
        known, failed_before = fetched_urls(con), failed_runs(con)
    report = SourceReport(source.name)
    items: list[ItemRow] = []
    failures: list[FailureRow] = []

    def flush(force: bool = False) -> None:
        if (force or len(items) + len(failures) >= FLUSH_EVERY) and (items or failures):
            with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
                record_fetches(con, items, failures)
            items.clear()
            failures.clear()

    owned = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        listed = _listed_items(fetcher, source, run_id, failures)
        report.listed = len(listed)
        for entry in listed:
            if entry.url in known:
                report.already_fetched += 1
                continue
            if failed_before.get(entry.url, 0) >= options.max_failed_runs:
                report.given_up += 1
                continue
            outcome = fetcher.fetch(entry.url)
            if isinstance(outcome, FetchFailed):
                report.failed += 1
                failures.append(_failure_row(source.name, run_id, outcome.url, outcome.reason,
                                             outcome.status, outcome.attempts))
            else:
                item, failure = item_row(outcome, entry, source, run_id)
                known.update((item.url, item.final_url))
                items.append(item)
                report.fetched += 1
                report.articles += item.outcome == "document"
                if failure is not None:
                    report.failed += 1
                    failures.append(failure)
            flush()
        flush(force=True)
    finally:
        if owned:
            fetcher.close()
    return report


def _listed_items(fetcher: Fetcher, source: Source, run_id, failures: list[FailureRow]) -> list[FeedItem]:
    if not source.is_feed:
        return [FeedItem(url) for url in source.urls]
    assert source.url is not None, "a feed source has its url (sources/config.py requires it)"
    outcome = fetcher.fetch(source.url)
    if isinstance(outcome, FetchFailed):
        failures.append(_failure_row(source.name, run_id, source.url, f"feed: {outcome.reason}",
                                     outcome.status, outcome.attempts))
        return []
    try:
        return parse_feed(outcome.content, outcome.final_url)
    except NotAFeed as error:
        failures.append(_failure_row(source.name, run_id, source.url, f"feed: {error}", outcome.status,
                                     outcome.attempts))
        return []


def item_row(fetched: Fetched, entry: FeedItem, source: Source, run_id) -> tuple[ItemRow, FailureRow | None]:
    """The ledger row of a fetched URL, and a failure when it is not an article."""
    failure = None
    title, published, document_sha = entry.title, entry.published_on, None
    try:
        text, article = document_content(fetched.content, fetched.content_type, entry.title, entry.published_on)
        document_sha = hashlib.sha256(text).hexdigest()
        if article is not None:
            title, published = article.title, article.published_on
        outcome = "document"
    except NotAnArticle as error:
        outcome = "not_article"
        failure = _failure_row(source.name, run_id, fetched.url, str(error), fetched.status, fetched.attempts)
    item = ItemRow(
        url=fetched.url, final_url=fetched.final_url, source=source.name,
        feed_url=source.url if source.is_feed else None, fetched_at=datetime.now(),
        http_status=fetched.status, content_type=fetched.content_type, raw=fetched.content,
        content_sha256=hashlib.sha256(fetched.content).hexdigest(), title=title, published_on=published,
        outcome=outcome, document_sha256=document_sha, run_id=run_id,
    )
    return item, failure


def document_content(content: bytes, content_type: str | None, title: str | None = None,
                     published_on: date | None = None):
    """(document bytes, Article or None): HTML reduced to its article; plain text kept as it is.

    Raises ``NotAnArticle`` for any other kind of content (PDF, images, ...)
    and for pages with too little text.
    """
    media = (content_type or "").split(";")[0].strip().lower()
    if media in _HTML_TYPES or (not media and content.lstrip()[:1] == b"<"):
        article = extract_article(decode_html(content, content_type), fallback_title=title,
                                  fallback_date=published_on)
        return article.document_text().encode("utf-8"), article
    if media == "text/plain":
        return content, None
    raise NotAnArticle(f"not HTML: content type {media or 'unknown'}")


def fetched_documents(settings, regions: dict[str, str] | None = None) -> list[RawDocument]:
    """Every fetched article without a document yet, as the pipeline's input.

    Each carries its URL (whose outlet tells its province, ``parsing.regions``), its title and date,
    and the region its source states in the sources file (``regions``: source name -> province).
    """
    regions = regions or {}
    with connect(settings.warehouse, wait_s=settings.lock_timeout_s) as con:
        pending = pending_items(con)
    documents = []
    for item in pending:
        try:
            text, article = document_content(item["raw"], item["content_type"], item["title"],
                                              item["published_on"])
        except NotAnArticle as error:  # only if extraction changed since the item was fetched
            documents.append(RawDocument(item["final_url"], None, None, str(error)))
            continue
        published = article.published_on if article is not None else item["published_on"]
        title = article.title if article is not None else item["title"]
        facts = SourceFacts(url=item["final_url"], title=title, published=published,
                            region=regions.get(item["source"]), region_origin="source")
        documents.append(RawDocument(item["final_url"], text, hashlib.sha256(text).hexdigest(),
                                     published_on=published, facts=facts))
    return documents


def _failure_row(source: str, run_id, url: str, reason: str, status, attempts: int) -> FailureRow:
    return FailureRow(url=url, source=source, reason=reason, http_status=status, attempts=attempts,
                      failed_at=datetime.now(), run_id=run_id)
