"""An HTML news page -> the article in it: title, publication date and body text.

Menus, headers, footers, sidebars, share buttons, scripts and styles are left
out. The body is the ``<article>`` element when the page has one with enough
text, otherwise the densest block of ``<p>`` paragraphs (the element whose
direct ``<p>`` children hold the most text), which is where a news page keeps
its story. Built on the standard library's ``html.parser``: it tolerates the
broken markup of real pages, and the rules fit in one small module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from sources.feeds import parse_feed_date

# Shorter bodies are not articles (an index page, a login wall, an error page
# served with status 200).
MIN_ARTICLE_CHARS = 200

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                 "iframe", "svg", "button", "select", "menu", "figure", "figcaption", "dialog"}
_BOILERPLATE_NAMES = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|footer|header|sidebar|breadcrumbs?|share|sharing|social|comments?|"
    r"related|tags?|advert|ads|banner|widget|popup|cookie|subscribe|hotline|copyright)(?:[-_\s]|$)", re.I)
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
           "table", "tr", "td", "th", "blockquote", "pre", "dl", "dt", "dd", "br", "hr", "address"}
# Elements that end an open <p> when they start (HTML's implied end tags).
_CLOSES_P = _BLOCKS - {"br", "td", "th", "li", "dt", "dd"}
_SPACES = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


class NotAnArticle(ValueError):
    """The page holds no article text; ``str(error)`` says why."""


@dataclass(frozen=True)
class Article:
    title: str | None
    published_on: date | None
    body: str  # paragraphs separated by a blank line

    def document_text(self) -> str:
        """The text handed to the parser, in the bundled samples' form: "date YYYY-MM-DD title", body.

        The leading "date ..." is what ``parsing.metadata`` reads as the
        publication date (and the year of a period written without one).
        """
        head = " ".join(p for p in (f"date {self.published_on.isoformat()}" if self.published_on else None,
                                    self.title) if p)
        return f"{head}\n\n{self.body}\n" if head else f"{self.body}\n"


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[_Node | str] = []

    def is_boilerplate(self) -> bool:
        if self.tag in _SKIPPED_TAGS:
            return True
        names = f"{self.attrs.get('class', '')} {self.attrs.get('id', '')} {self.attrs.get('role', '')}"
        return bool(_BOILERPLATE_NAMES.search(names)) or self.attrs.get("role") == "navigation"

    def elements(self):
        for child in self.children:
            if isinstance(child, _Node):
                yield child
                yield from child.elements()


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.current = self.root
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and "content" in attrs:
                self.meta.setdefault(key, attrs["content"])
        if tag in _CLOSES_P and self.current.tag == "p":
            self.current = self.current.parent
        if tag == "li" and self.current.tag == "li":
            self.current = self.current.parent
        node = _Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.current = self.current.parent

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:  # a stray end tag closes nothing
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def decode_html(content: bytes, content_type: str | None = None) -> str:
    """Bytes -> text by the HTTP charset, else the page's <meta charset>, else UTF-8 (then Windows-1258)."""
    declared = None
    if content_type and "charset=" in content_type.lower():
        declared = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    if not declared:
        match = _CHARSET.search(content[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("cp1258", errors="replace")


def extract_article(html: str, *, fallback_title: str | None = None,
                    fallback_date: date | None = None) -> Article:
    """The article of a page; raises ``NotAnArticle`` when too little text is left."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    root, meta = builder.root, builder.meta
    block = _article_block(root)
    paragraphs = _paragraphs(block) if block is not None else []
    # A page's first <h1> is often the site's logo: look for it in the article first.
    title = (_clean(meta.get("og:title")) or (block is not None and _first_text(block.parent or block, "h1"))
             or _first_text(root, "title") or fallback_title)
    paragraphs = [p for p in paragraphs if p != title]
    body = "\n\n".join(paragraphs)
    if len(body) < MIN_ARTICLE_CHARS:
        raise NotAnArticle(f"not an article: {len(body)} characters of text once menus and footers are "
                           f"removed (at least {MIN_ARTICLE_CHARS} expected)")
    published = _published(meta, block, root) or fallback_date
    return Article(title, published, body)


def _article_block(root: _Node) -> _Node | None:
    articles = [n for n in root.elements() if n.tag == "article" and not _inside_boilerplate(n)]
    best = max(articles, key=_text_length, default=None)
    if best is not None and _text_length(best) >= MIN_ARTICLE_CHARS:
        return best
    scored = [(sum(_text_length(c) for c in n.children if isinstance(c, _Node) and c.tag == "p"), n)
              for n in root.elements() if not _inside_boilerplate(n)]
    score, densest = max(scored, key=lambda pair: pair[0], default=(0, None))
    return densest if score else best


def _inside_boilerplate(node: _Node | None) -> bool:
    while node is not None:
        if node.is_boilerplate():
            return True
        node = node.parent
    return False


def _text_length(node: _Node) -> int:
    return sum(len(p) for p in _paragraphs(node))


def _paragraphs(node: _Node) -> list[str]:
    paragraphs: list[str] = []
    pieces: list[str] = []

    def flush():
        text = _clean("".join(pieces))
        if text:
            paragraphs.append(text)
        pieces.clear()

    def walk(current: _Node):
        for child in current.children:
            if isinstance(child, str):
                pieces.append(child)
            elif not child.is_boilerplate():
                if child.tag in _BLOCKS:
                    flush()
                walk(child)
                if child.tag in _BLOCKS:
                    flush()

    walk(node)
    flush()
    return paragraphs


def _first_text(root: _Node, tag: str) -> str | None:
    for node in root.elements():
        if node.tag == tag:
            text = _clean(" ".join(_paragraphs(node)))
            if text:
                return text
    return None


def _published(meta: dict[str, str], block: _Node | None, root: _Node) -> date | None:
    for key in ("article:published_time", "datepublished", "pubdate", "date", "dc.date"):
        found = parse_feed_date(meta.get(key))
        if found:
            return found
    # A <time> in the article (or around it: its header) before one elsewhere on the page.
    scopes = [block, block.parent, root] if block is not None else [root]
    for scope in filter(None, scopes):
        for node in scope.elements():
            if node.tag == "time" and node.attrs.get("datetime"):
                found = parse_feed_date(node.attrs["datetime"])
                if found:
                    return found
    return None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return _SPACES.sub(" ", text).strip() or None
