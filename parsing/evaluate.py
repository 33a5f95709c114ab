"""Measure the parser against hand-labelled texts: ``solieu eval [CORPUS_DIR ...]``.

Matching rule: a predicted figure matches a gold figure when its span overlaps
an occurrence of the gold ``text`` (standing as a whole word: "3 xã" does not
occur inside "13 xã") and their values are equal (relative difference below
1e-9). Matching is one-to-one, and each occurrence serves one gold figure, so
a figure repeated in a heading and the body matches once. Precision counts every predicted figure,
including any figure found in ``negatives.json``; recall counts every gold
figure. Attribute scores (unit, kind, qualifier, pct_of_plan, yoy_change_pct,
component, indicator, exact span) are computed over matched pairs.

Region and period are scored per document, for entries whose gold has "region"
(a canonical province name, or null for a text of no one province) or
"period_start"/"period_end": right, wrong (a value other than the gold one, or a
value where the gold has none) or none (no value where the gold has one). A
sidecar ``NAME.meta.json`` (or ``STEM.meta.json``) beside a text gives the parser
what it would get beside the text in a run (``url``, ``title``, ``published``,
``region``; see sources/inbox.py).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parsing import parse_document
from parsing.model import DocumentMeta, Figure, ParsedDocument, SourceFacts
from parsing.normalize import normalize_text
from parsing.regions import MERGER, code_of, province_name
from parsing.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [REPO / "parsing" / "corpus", REPO / "sources" / "samples"]


@dataclass
class GoldFigure:
    doc_id: str
    text: str
    start: int
    end: int
    label: dict[str, Any]  # the gold.json entry of the figure
    phenomena: set[str]
    sentence: str = ""  # the sentence of the document the labelled span stands in


@dataclass
class Pair:
    gold: GoldFigure
    predicted: Figure
    predicted_index: int


@dataclass
class DocumentResult:
    doc_id: str
    pairs: list[Pair] = field(default_factory=list)
    misses: list[GoldFigure] = field(default_factory=list)
    false: list[Figure] = field(default_factory=list)
    phenomena: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    meta: DocumentMeta | None = None
    gold: dict[str, Any] = field(default_factory=dict)


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def load_gold(corpus: Path) -> list[tuple[dict[str, Any], str]]:
    gold_file = corpus / "gold.json"
    if not gold_file.exists():
        return []
    entries = json.loads(gold_file.read_text(encoding="utf-8"))
    return [(entry, (corpus / entry["file"]).read_text(encoding="utf-8")) for entry in entries]


def sidecar_facts(text_file: Path) -> SourceFacts | None:
    """What a sidecar beside ``text_file`` tells (the fields a run reads; a bad field is left out)."""
    for sidecar in (text_file.with_name(text_file.name + ".meta.json"), text_file.with_name(text_file.stem + ".meta.json")):
        if sidecar.is_file():
            break
    else:
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    text = {k: data[k].strip() for k in ("url", "title", "region", "published") if isinstance(data.get(k), str)}
    try:
        published = date.fromisoformat(text["published"][:10]) if "published" in text else None
    except ValueError:
        published = None
    return SourceFacts(url=text.get("url"), title=text.get("title"), published=published, region=text.get("region"))


def evaluate_document(entry: dict[str, Any], raw_text: str, facts: SourceFacts | None = None) -> DocumentResult:
    return match_document(entry, parse_document(raw_text, facts))


def span_occurrences(text: str, span: str) -> list[int]:
    """Where a labelled span stands in ``text``: whole, not inside a longer number or word."""
    # a space of the label stands for any run of spaces and line breaks: the normal form makes prose flattened one word
    # a line one paragraph, and a label copied from the file as it came keeps its breaks
    words = r"\s+".join(re.escape(word) for word in span.split())
    return [m.start() for m in re.finditer(rf"(?<![\w.,]){words}(?!\w)", text)]


def match_document(entry: dict[str, Any], parsed: ParsedDocument) -> DocumentResult:
    """Pair the labelled figures of ``entry`` with ``parsed``'s figures: a labelled span pairs with an unused
    figure overlapping one of its occurrences and of the same value; the rest are misses and false figures."""
    text = parsed.text
    result = DocumentResult(entry["id"], phenomena=set(entry.get("phenomena", [])), meta=parsed.meta, gold=entry)
    used: set[int] = set()
    consumed: set[int] = set()
    for label in entry["figures"]:
        wanted = normalize_text(label["text"])
        occurrences = span_occurrences(text, wanted)
        if not occurrences:
            result.problems.append(f"gold text {wanted!r} not found in {entry['file']}")
            continue
        tags = set(label.get("phenomena", [])) | result.phenomena
        found = None
        for at in occurrences:
            if at in consumed:
                continue
            found = next((i for i, f in enumerate(parsed.figures) if i not in used and f.char_start < at + len(wanted)
                          and at < f.char_end and _same(f.value, label["value"])), None)
            if found is not None:
                break
        if found is None:
            at = next((a for a in occurrences if a not in consumed), occurrences[0])
            result.misses.append(GoldFigure(entry["id"], wanted, at, at + len(wanted), label, tags,
                                            _sentence_at(text, at)))
            continue
        consumed.add(at)
        used.add(found)
        result.pairs.append(Pair(GoldFigure(entry["id"], wanted, at, at + len(wanted), label, tags),
                                 parsed.figures[found], found))
    result.false = [f for i, f in enumerate(parsed.figures) if i not in used]
    _check_components(result, parsed.figures)
    return result


def _sentence_at(text: str, at: int) -> str:
    for sentence in split_sentences(text):
        if sentence.start <= at < sentence.end:
            return text[sentence.start:sentence.end]
    return ""


def _check_components(result: DocumentResult, figures: Sequence[Figure]) -> None:
    by_index = {pair.predicted_index: pair.gold.text for pair in result.pairs}
    for pair in result.pairs:
        total = pair.predicted.component_of
        pair.gold.label["_predicted_component_of"] = by_index.get(total) if total is not None else None


def _gold_total(pair: Pair) -> str | None:
    """The text of the total the gold gives a part, in the normal form the spans are matched in (a total written
    "1.803.950 ngƣời" in a legacy font's letter is the span "1.803.950 người")."""
    total = pair.gold.label.get("components_of")
    return normalize_text(total) if isinstance(total, str) else total


ATTRIBUTES: dict[str, Callable[[Pair], bool]] = {
    "unit": lambda p: p.predicted.unit == p.gold.label["unit"],
    "kind": lambda p: p.predicted.kind == p.gold.label["kind"],
    "qualifier": lambda p: p.predicted.qualifier == p.gold.label.get("qualifier"),
    "pct_of_plan": lambda p: _same(p.predicted.pct_of_plan, p.gold.label.get("pct_of_plan")),
    "yoy_change_pct": lambda p: _same(p.predicted.yoy_change_pct, p.gold.label.get("yoy_change_pct")),
    "change_abs": lambda p: _same(p.predicted.change_abs, p.gold.label.get("change_abs")),
    "value_high": lambda p: _same(p.predicted.value_high, p.gold.label.get("value_high")),
    "plan_basis": lambda p: "plan_basis" not in p.gold.label or (
        p.predicted.plan_basis == p.gold.label.get("plan_basis")
        and p.predicted.plan_basis_alt == p.gold.label.get("plan_basis_alt")),
    "component_of": lambda p: p.gold.label.get("_predicted_component_of") == _gold_total(p),
    # (a label copied with the file's line breaks, where the normal form has spaces: ``span_occurrences``)
    "exact_span": lambda p: p.predicted.raw_text.split() == p.gold.text.split(),
}


# Scored only where the gold label or the parser gives a value.
_ATTACHED = ("pct_of_plan", "yoy_change_pct", "change_abs", "value_high", "plan_basis")


def _attachment_applies(name: str) -> Callable[[Pair], bool]:
    # labels written before a field existed (the samples have no plan_basis) are not scored on it
    return lambda p: name in p.gold.label and (
        p.gold.label.get(name) is not None or getattr(p.predicted, name) is not None)


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribute_hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    attribute_totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # whether false figures can be counted against this tag: only a document-wide tag (nfd, line_break, ...)
    # says which false figures belong to it
    precision_known: bool = False

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def accuracy(self, name: str) -> float | None:
        total = self.attribute_totals[name]
        return self.attribute_hits[name] / total if total else None

    def add_pairs(self, pairs: list[Pair]) -> None:
        for pair in pairs:
            for name, ok in ATTRIBUTES.items():
                if name in _ATTACHED and not _attachment_applies(name)(pair):
                    continue
                self.attribute_totals[name] += 1
                self.attribute_hits[name] += bool(ok(pair))
            key = pair.gold.label.get("indicator")
            if key:
                self.attribute_totals["indicator"] += 1
                self.attribute_hits["indicator"] += pair.predicted.indicator == key
            self.attribute_totals["indicator_named"] += 1
            self.attribute_hits["indicator_named"] += pair.predicted.indicator is not None


@dataclass
class MetaScore:
    """Documents whose region (or period) the parser got right, wrong, or gave none where the gold has one."""

    right: int = 0
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (document, got, wanted)
    none: list[tuple[str, str]] = field(default_factory=list)  # (document, wanted)

    @property
    def total(self) -> int:
        return self.right + len(self.wrong) + len(self.none)

    def add(self, doc_id: str, got: str | None, wanted: object, how: str | None) -> None:
        if got == wanted:
            self.right += 1
        elif got is None:
            self.none.append((doc_id, str(wanted)))
        else:
            self.wrong.append((doc_id, f"{got} (from {how})", str(wanted)))

    def line(self, name: str) -> str:
        return f"{name} right {self.right}/{self.total}, wrong {len(self.wrong)}, none {len(self.none)}"


# A province an annotator names the short way, which the text reader does not take as a province: "Hồ Chí Minh" alone
# is as often the man (a street, a thought, a campaign) as the city.
_ANNOTATORS_SHORT_NAMES = {"Hồ Chí Minh": "TP. Hồ Chí Minh"}


def meta_scores(documents: list[DocumentResult]) -> tuple[MetaScore, MetaScore]:
    """(region, period) scores over the documents whose gold states them."""
    region, period = MetaScore(), MetaScore()
    for doc in documents:
        if doc.meta is None:
            continue
        if "region" in doc.gold:
            wanted = doc.gold["region"]
            # an annotator's spelling ("TP Hồ Chí Minh", "Bà Rịa-Vũng Tàu") is the province the parser names its own way
            wanted = province_name(_ANNOTATORS_SHORT_NAMES.get(wanted, wanted)) or wanted \
                if isinstance(wanted, str) else wanted
            region.add(doc.doc_id, _as_named_then(doc, wanted), wanted, doc.meta.region_source)
        if "period_start" in doc.gold or "period_end" in doc.gold:
            got = _span(doc.meta.period_start, doc.meta.period_end)
            period.add(doc.doc_id, got, _span(doc.gold.get("period_start"), doc.gold.get("period_end")),
                       doc.meta.period_source)
    return region, period


def _as_named_then(doc: DocumentResult, wanted: object) -> str | None:
    """The parser's province, or the annotator's name of it: a report after the 2025 merger names the merged province
    ("Vĩnh Long" for a text on Chợ Lách of 2026), which the parser keeps under its old name and the code valid on the
    report's period (``DocumentMeta.region_code``)."""
    assert doc.meta is not None
    got = doc.meta.region
    gold_end = doc.gold.get("period_end")
    on = date.fromisoformat(gold_end) if isinstance(gold_end, str) else doc.meta.period_end or doc.meta.published_on
    if got is None or not isinstance(wanted, str) or got == wanted or on is None or on < MERGER:
        return got
    code = code_of(got, on)
    return wanted if code is not None and code == code_of(wanted, on) else got


def _span(start: object, end: object) -> str | None:
    if start is None and end is None:
        return None
    return f"{start}..{end}"


@dataclass
class Evaluation:
    overall: Scores
    by_phenomenon: dict[str, Scores]
    documents: list[DocumentResult]
    negatives_total: int
    negatives_false: list[tuple[str, Figure]]

    @property
    def attachment(self) -> float | None:
        hits = sum(self.overall.attribute_hits[n] for n in ("pct_of_plan", "yoy_change_pct"))
        total = sum(self.overall.attribute_totals[n] for n in ("pct_of_plan", "yoy_change_pct"))
        return hits / total if total else None


def evaluate(corpora: list[Path]) -> Evaluation:
    overall = Scores()
    by_phenomenon: dict[str, Scores] = defaultdict(Scores)
    documents = []
    for corpus in corpora:
        for entry, raw_text in load_gold(corpus):
            result = evaluate_document(entry, raw_text, sidecar_facts(corpus / entry["file"]))
            documents.append(result)
            overall.gold += len(result.pairs) + len(result.misses)
            overall.predicted += len(result.pairs) + len(result.false)
            overall.matched += len(result.pairs)
            overall.add_pairs(result.pairs)
            tags = set(result.phenomena)
            for g in [p.gold for p in result.pairs] + result.misses:
                tags |= g.phenomena
            for tag in tags:
                scores = by_phenomenon[tag]
                tagged_pairs = [p for p in result.pairs if tag in p.gold.phenomena]
                scores.gold += len(tagged_pairs) + sum(tag in g.phenomena for g in result.misses)
                scores.matched += len(tagged_pairs)
                scores.predicted += len(tagged_pairs)
                if tag in result.phenomena:
                    scores.predicted += len(result.false)
                    scores.precision_known = True
                scores.add_pairs(tagged_pairs)
    negatives_total = 0
    negatives_false: list[tuple[str, Figure]] = []
    for corpus in corpora:
        path = corpus / "negatives.json"
        if not path.exists():
            continue
        for case in json.loads(path.read_text(encoding="utf-8")):
            negatives_total += 1
            figures = parse_document(case["text"]).figures
            negatives_false.extend((case.get("phenomenon", "?"), f) for f in figures)
            scores = by_phenomenon["negative:" + case.get("phenomenon", "?")]
            scores.predicted += len(figures)
    overall.predicted += len(negatives_false)
    return Evaluation(overall, dict(by_phenomenon), documents, negatives_total, negatives_false)


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def report(evaluation: Evaluation, show_errors: bool = True) -> str:
    o = evaluation.overall
    lines = [
        f"documents {len(evaluation.documents)}, gold figures {o.gold}, predicted {o.predicted}, "
        f"matched {o.matched}; negative cases {evaluation.negatives_total}, "
        f"false figures in them {len(evaluation.negatives_false)}",
        "",
        f"precision            {_pct(o.precision)}",
        f"recall               {_pct(o.recall)}",
        f"attachment accuracy  {_pct(evaluation.attachment)}  (pct_of_plan {_pct(o.accuracy('pct_of_plan'))}, "
        f"yoy_change_pct {_pct(o.accuracy('yoy_change_pct'))})",
        f"unit accuracy        {_pct(o.accuracy('unit'))}",
        f"kind accuracy        {_pct(o.accuracy('kind'))}",
        f"qualifier accuracy   {_pct(o.accuracy('qualifier'))}",
        f"component accuracy   {_pct(o.accuracy('component_of'))}",
        f"change_abs accuracy  {_pct(o.accuracy('change_abs'))}  (plan bases {_pct(o.accuracy('plan_basis'))}, "
        f"range ends {_pct(o.accuracy('value_high'))})",
        f"indicator coverage   {_pct(o.accuracy('indicator'))}  (gold figures with an indicator key, "
        f"predicted key equal)",
        f"indicator named      {_pct(o.accuracy('indicator_named'))}  (matched figures given any indicator key)",
        f"exact span           {_pct(o.accuracy('exact_span'))}",
        *[score.line(name) for name, score in zip(("region", "period"), meta_scores(evaluation.documents))
          if score.total],
        "",
        f"{'phenomenon':<28} {'gold':>5} {'prec':>6} {'recall':>6} {'unit':>6} {'qual':>6} {'plan':>6} "
        f"{'yoy':>6} {'ind':>6} {'span':>6}   (prec: document-wide tags only; false figures of the "
        f"negative cases are counted below)",
    ]
    for tag in sorted(evaluation.by_phenomenon):
        s = evaluation.by_phenomenon[tag]
        if tag.startswith("negative:"):
            continue
        precision = _pct(s.precision) if s.precision_known else "  -  "
        lines.append(f"{tag:<28} {s.gold:>5} {precision:>6} {_pct(s.recall):>6} "
                     f"{_pct(s.accuracy('unit')):>6} {_pct(s.accuracy('qualifier')):>6} "
                     f"{_pct(s.accuracy('pct_of_plan')):>6} {_pct(s.accuracy('yoy_change_pct')):>6} "
                     f"{_pct(s.accuracy('indicator')):>6} {_pct(s.accuracy('exact_span')):>6}")
    negatives = {t: s for t, s in evaluation.by_phenomenon.items() if t.startswith("negative:")}
    if negatives:
        lines.append("")
        lines.append("negative cases: false figures per phenomenon: " + ", ".join(
            f"{t.split(':', 1)[1]} {s.predicted}" for t, s in sorted(negatives.items())))
    if show_errors:
        lines += ["", "MISSES (gold figures not found)"]
        for doc in evaluation.documents:
            for problem in doc.problems:
                lines.append(f"  [{doc.doc_id}] LABEL PROBLEM: {problem}")
            for g in doc.misses:
                lines.append(f"  [{doc.doc_id}] {g.text!r} value {g.label['value']} {g.label['unit']} | "
                             f"{' '.join(g.sentence.split())[:160]}")
        lines += ["", "FALSE FIGURES (predicted, not in gold)"]
        for doc in evaluation.documents:
            for f in doc.false:
                lines.append(f"  [{doc.doc_id}] {f.raw_text!r} {f.kind} {f.value} {f.unit} | "
                             f"{' '.join(f.sentence.split())[:160]}")
        for tag, f in evaluation.negatives_false:
            lines.append(f"  [negative:{tag}] {f.raw_text!r} {f.kind} {f.value} {f.unit} | "
                         f"{' '.join(f.sentence.split())[:160]}")
        region, period = meta_scores(evaluation.documents)
        if region.total or period.total:
            lines += ["", "REGION AND PERIOD ERRORS (wrong, then none)"]
            for name, score in (("region", region), ("period", period)):
                lines += [f"  [{d}] {name}: got {got} want {want}" for d, got, want in score.wrong]
                lines += [f"  [{d}] {name}: got none want {want}" for d, want in score.none]
        lines += ["", "ATTRIBUTE ERRORS (matched figures; span and indicator differences included)"]
        for doc in evaluation.documents:
            for p in doc.pairs:
                wrong = [n for n, ok in ATTRIBUTES.items() if not ok(p)]
                details = [f"{n}: got {_got(p, n)!r} want {_want(p, n)!r}" for n in wrong]
                key = p.gold.label.get("indicator")
                if key and p.predicted.indicator != key:
                    details.append(f"indicator: got {p.predicted.indicator!r} want {key!r}")
                if details:
                    lines.append(f"  [{doc.doc_id}] {p.gold.text!r}: {', '.join(details)} | "
                                 f"{' '.join(p.predicted.sentence.split())[:160]}")
    return "\n".join(lines)


def _got(pair: Pair, name: str) -> Any:
    if name == "component_of":
        return pair.gold.label.get("_predicted_component_of")
    if name == "exact_span":
        return pair.predicted.raw_text
    return getattr(pair.predicted, name)


def _want(pair: Pair, name: str) -> Any:
    if name == "exact_span":
        return pair.gold.text
    return pair.gold.label.get("components_of" if name == "component_of" else name)
