"""`solieu review-ui`: a local page where reviewers decide on validation failures.

Served on 127.0.0.1 by default. Like Jupyter, the address printed at start carries a secret
token; a request without it (in the URL, or the cookie the first visit sets) is refused with
403. Every form carries a second secret (anti-forgery), checked on every POST, so another site
open in the same browser cannot make a decision; the cookie is SameSite=Strict besides.
Document text is untrusted: Jinja2 escapes everything, the marked sentence is escaped by
``report_html.highlighted``, and the page's Content-Security-Policy allows no script at all.

The warehouse is opened per request and closed at once, so a run can load while the page is up.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from warehouse.connection import connect
from warehouse.failure_store import read_failures
from warehouse.i18n import words
from warehouse.report_html import highlighted
from warehouse.review import DECISIONS, FailureFilter, ReviewError, default_reviewer, review_many

COOKIE = "solieu_review_token"
PAGE_SIZE = 200
_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
_FILTER_FIELDS = ("check", "severity", "region", "indicator", "run", "source", "older_than", "status")


@dataclass
class ReviewApp:
    warehouse: Path
    lang: str = "vi"
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    form_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    lock_timeout_s: float = 30.0

    def __post_init__(self):
        self.templates = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                                     autoescape=select_autoescape(["html"]))

    def asgi(self) -> Starlette:
        return Starlette(routes=[Route("/", self.page), Route("/decide", self.decide, methods=["POST"]),
                                 Route("/events", self.events)])

    # -- security -------------------------------------------------------------------------
    def _authorised(self, request: Request) -> bool:
        given = request.query_params.get("token") or request.cookies.get(COOKIE) or ""
        return hmac.compare_digest(given.encode(), self.token.encode())

    def _headers(self, response: Response, request: Request) -> Response:
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"  # the token never leaves in a Referer
        response.headers["Cache-Control"] = "no-store"
        if request.query_params.get("token"):
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        return response

    def _refused(self, why: str) -> Response:
        return PlainTextResponse(f"403 forbidden: {why}\n", status_code=403)

    # -- pages ----------------------------------------------------------------------------
    async def page(self, request: Request) -> Response:
        if not self._authorised(request):
            return self._refused("open the address `solieu review-ui` printed (it carries the token)")
        selection, raw = _filter_of(request.query_params)
        done = request.query_params.get("done", "")
        decision, _, count = done.partition(":")
        message = {"decision": decision, "count": int(count)} if count.isdigit() else None
        html = self.render_list(selection, raw, message=message)
        return self._headers(HTMLResponse(html), request)

    def render_list(self, selection: FailureFilter, raw: dict, message: dict | None = None) -> str:
        with connect(self.warehouse, read_only=True, wait_s=self.lock_timeout_s) as con:
            where, params = selection.sql()
            ids = [r[0] for r in con.execute(
                f"SELECT v.failure_id FROM validation_failures v LEFT JOIN documents d USING (document_id) "
                f"{where} ORDER BY v.failure_id", params).fetchall()]
            failures = read_failures(con, include_reviewed=True, failure_ids=ids[:PAGE_SIZE])
            choices = _choices(con)
            open_total = con.execute("SELECT count(*) FROM validation_failures "
                                     "WHERE review_status = 'open'").fetchall()[0][0]
        return self.templates.get_template("review.html").render(
            w=words(self.lang), lang=self.lang, failures=[_view(row) for row in failures.itertuples()],
            matching=len(ids), open_total=open_total, raw=raw, choices=choices, form_token=self.form_token,
            decisions=list(DECISIONS), reviewer=default_reviewer(), message=message,
            filter_json=selection.to_json(), query=urlencode({k: v for k, v in raw.items() if v}))

    async def events(self, request: Request) -> Response:
        if not self._authorised(request):
            return self._refused("no token")
        with connect(self.warehouse, read_only=True, wait_s=self.lock_timeout_s) as con:
            rows = con.execute("SELECT event_id, failure_id, from_status, to_status, reviewer, decided_at, note, "
                               "origin, rule_name, bulk_id, bulk_filter FROM review_events "
                               "ORDER BY event_id DESC LIMIT 500").fetchall()
        html = self.templates.get_template("events.html").render(w=words(self.lang), lang=self.lang, rows=rows)
        return self._headers(HTMLResponse(html), request)

    async def decide(self, request: Request) -> Response:
        if not self._authorised(request):
            return self._refused("no token")
        # A urlencoded body read by hand: Starlette's form parser needs python-multipart, which
        # the project does not otherwise use.
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
            return self._refused("not a form")
        form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
        given = (form.get("form_token") or [""])[0]
        if not hmac.compare_digest(given.encode(), self.form_token.encode()):
            return self._refused("the form's anti-forgery token is missing or wrong; reload the page")
        decision = (form.get("decision") or [""])[0]
        selection, raw = _filter_of({k: v[0] for k, v in form.items()})
        ticked = None
        if (form.get("scope") or ["selected"])[0] == "selected":
            ticked = [int(i) for i in form.get("failure_id", []) if i.isdigit()]
        note = (form.get("note") or [""])[0].strip() or None
        reviewer = (form.get("reviewer") or [""])[0].strip() or None
        try:
            with connect(self.warehouse, wait_s=self.lock_timeout_s) as con:
                if ticked == []:
                    changed = 0
                else:
                    changed = len(review_many(con, selection, decision, reviewer=reviewer, note=note,
                                              failure_ids=ticked, allow_no_filter=True).failure_ids)
        except ReviewError as error:
            return PlainTextResponse(f"400: {error}\n", status_code=400)
        back = urlencode({**{k: v for k, v in raw.items() if v}, "done": f"{decision}:{changed}"})
        return RedirectResponse(f"/?{back}", status_code=303)


def _filter_of(params) -> tuple[FailureFilter, dict]:
    """The page's filter from query or form fields (empty means any); status defaults to open."""
    raw = {name: (params.get(name) or "").strip() for name in _FILTER_FIELDS}
    if "status" not in params:
        raw["status"] = "open"

    def number(name):
        return int(raw[name]) if raw[name].isdigit() else None

    status = raw["status"] if raw["status"] in {"open", "accepted", "rejected", "expected"} else None
    return FailureFilter(check=raw["check"] or None, severity=raw["severity"] or None,
                         region=raw["region"] or None, indicator=raw["indicator"] or None,
                         run_id=number("run"), source=raw["source"] or None,
                         min_age_days=number("older_than"), status=status), raw


def _choices(con) -> dict[str, list]:
    """The values each filter can take, from the failures in the warehouse."""
    def values(sql):
        return [r[0] for r in con.execute(sql).fetchall() if r[0] is not None]

    return {
        "check": values("SELECT DISTINCT check_name FROM validation_failures ORDER BY 1"),
        "region": values("SELECT DISTINCT d.region FROM validation_failures v JOIN documents d "
                         "USING (document_id) ORDER BY 1"),
        "indicator": values("SELECT DISTINCT f.indicator FROM (SELECT unnest(figure_ids) AS figure_id "
                            "FROM validation_failures) n JOIN figures f USING (figure_id) ORDER BY 1"),
        "run": values("SELECT DISTINCT run_id FROM validation_failures ORDER BY 1 DESC"),
    }


def _view(row) -> dict:
    """What the template shows of one failure; ``sentences`` are already escaped markup."""
    own = [f for f in row.figures if f["document_id"] == row.document_id]
    others = [f for f in row.figures if f["document_id"] != row.document_id]
    sentences = []
    for sentence in dict.fromkeys(f["sentence"] for f in own if f["sentence"]):
        sentences.append(Markup(highlighted(sentence, [f for f in own if f["sentence"] == sentence])))
    if not sentences and isinstance(row.sentence, str):
        sentences.append(Markup(highlighted(row.sentence, [])))

    def text(value):
        return None if value is None or (isinstance(value, float) and pd.isna(value)) else value

    return {
        "failure_id": int(row.failure_id), "run_id": int(row.run_id), "check": row.check_name,
        "severity": row.severity, "message": row.message, "source": text(row.source_name),
        "title": text(row.title), "region": text(row.region), "period": text(row.period_label),
        "status": row.review_status, "reviewer": text(row.reviewer), "note": text(row.review_note),
        "rule": text(row.review_rule), "created_at": row.created_at,
        "reviewed_at": None if pd.isna(row.reviewed_at) else row.reviewed_at,
        "sentences": sentences, "figures": own,
        "others": [{**f, "marked": Markup(highlighted(f["sentence"] or "", [f]))} for f in others],
    }


def serve(app: ReviewApp, host: str = "127.0.0.1", port: int = 8765, ready=print) -> None:
    """Serve until stopped (Ctrl-C); ``ready`` gets the address with the token once listening."""
    import uvicorn

    config = uvicorn.Config(app.asgi(), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    started = server.startup

    async def startup(sockets=None):
        await started(sockets)
        bound = server.servers[0].sockets[0].getsockname()[1] if server.servers else port
        ready(f"http://{host}:{bound}/?token={app.token}")

    server.startup = startup  # type: ignore[method-assign]  # uvicorn tells the bound port nowhere else
    server.run()
