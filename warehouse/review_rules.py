"""Review rules: decisions a team keeps in a file under version control (``review_rules.toml``).

Each ``[[rule]]`` names what it matches (check, region, indicator, source pattern; a missing key
matches anything, but a rule must name at least one), the decision (accept, reject, expected),
the reason, and optionally the last day it applies (``expires``). When a run has recorded its
failures, every open one a rule matches is decided by it: a ``review_events`` row with origin
``rule``, and ``validation_failures.review_rule`` naming the rule. A rule that matches no failure
in the warehouse any more is reported, so that it can be dropped; an expired one decides nothing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from fnmatch import fnmatchcase
from pathlib import Path

import duckdb

from schemas.errors import SolieuError
from warehouse.review import DECISIONS, decide

_MATCH_KEYS = ("check", "region", "indicator", "source")
_KEYS = {"name", *_MATCH_KEYS, "decision", "reason", "expires"}


class ReviewRulesError(SolieuError):
    """The rules file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Rule:
    name: str
    decision: str  # accept, reject, expected
    reason: str
    check: str | None = None
    region: str | None = None
    indicator: str | None = None
    source: str | None = None  # a glob on the document's source name (file name or URL)
    expires: date | None = None  # the last day the rule applies

    def expired(self, today: date) -> bool:
        return self.expires is not None and today > self.expires

    def matches(self, check: str, region: str | None, indicators: list[str], source: str | None) -> bool:
        return ((self.check is None or self.check == check)
                and (self.region is None or (region or "").casefold() == self.region.casefold())
                and (self.indicator is None or self.indicator in indicators)
                and (self.source is None or fnmatchcase(source or "", self.source)))


@dataclass
class RulesOutcome:
    decided: dict[str, int] = field(default_factory=dict)  # rule name -> failures it decided in this run
    unmatched: list[str] = field(default_factory=list)  # rules matching no failure in the warehouse
    expired: list[str] = field(default_factory=list)

    def text(self) -> str:
        parts = []
        if self.decided:
            parts.append("decided by rules: " + ", ".join(f"{n} {name}" for name, n in self.decided.items()))
        if self.unmatched:
            parts.append("rules matching nothing: " + ", ".join(self.unmatched))
        if self.expired:
            parts.append("expired rules: " + ", ".join(self.expired))
        return "; ".join(parts)


def read_rules(path: Path) -> list[Rule]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ReviewRulesError(f"cannot read review rules {path}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ReviewRulesError(f"review rules {path}: {error}") from None
    rules, names = [], set()
    for number, entry in enumerate(data.get("rule", []), start=1):
        where = f"review rules {path}, rule {number}"
        unknown = set(entry) - _KEYS
        if unknown:
            raise ReviewRulesError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        name = entry.get("name") or f"rule-{number}"
        if name in names:
            raise ReviewRulesError(f"{where}: the name {name!r} is used twice")
        names.add(name)
        decision = entry.get("decision")
        if decision not in DECISIONS or decision == "reopen":
            raise ReviewRulesError(f"{where}: decision must be accept, reject or expected, not {decision!r}")
        if not entry.get("reason"):
            raise ReviewRulesError(f"{where}: a rule needs a reason")
        if not any(entry.get(k) for k in _MATCH_KEYS):
            raise ReviewRulesError(f"{where}: a rule must name a check, region, indicator or source")
        expires = entry.get("expires")
        if isinstance(expires, datetime):
            expires = expires.date()
        if expires is not None and not isinstance(expires, date):
            raise ReviewRulesError(f"{where}: expires must be a date like 2027-06-30, not {expires!r}")
        rules.append(Rule(name=name, decision=decision, reason=entry["reason"], expires=expires,
                          **{k: entry.get(k) for k in _MATCH_KEYS}))
    return rules


def _failures(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """(failure_id, run_id, review_status, check, region, indicators, source) of every failure."""
    return con.execute(
        """SELECT v.failure_id, v.run_id, v.review_status, v.check_name, d.region,
                  list_filter(list(DISTINCT f.indicator), x -> x IS NOT NULL), d.source_name
           FROM validation_failures v
           LEFT JOIN documents d USING (document_id)
           LEFT JOIN (SELECT failure_id, unnest(figure_ids) AS figure_id FROM validation_failures) n USING (failure_id)
           LEFT JOIN figures f ON f.figure_id = n.figure_id
           GROUP BY ALL""").fetchall()


def apply_rules(con: duckdb.DuckDBPyConnection, run_id: int, rules: list[Rule], *,
                now: datetime | None = None) -> RulesOutcome:
    """Decide the open failures of this run that a rule matches (the first matching rule wins),
    inside the caller's transaction."""
    now = now or datetime.now()
    outcome = RulesOutcome()
    if not rules:
        return outcome
    rows = _failures(con)
    live = []
    for rule in rules:
        if rule.expired(now.date()):
            outcome.expired.append(rule.name)
        else:
            live.append(rule)
    chosen: dict[str, list[int]] = {}
    for failure_id, failure_run, status, check, region, indicators, source in rows:
        if failure_run != run_id or status != "open":
            continue
        matching = next((r for r in live if r.matches(check, region, indicators or [], source)), None)
        if matching is not None:
            chosen.setdefault(matching.name, []).append(failure_id)
    by_name = {r.name: r for r in live}
    for name, ids in chosen.items():
        rule = by_name[name]
        decide(con, ids, DECISIONS[rule.decision], reviewer=f"rule:{name}", note=rule.reason, now=now,
               origin="rule", rule=name)
        outcome.decided[name] = len(ids)
    outcome.unmatched = [r.name for r in live
                         if not any(r.matches(check, region, indicators or [], source)
                                    for _, _, _, check, region, indicators, source in rows)]
    return outcome
