"""Deterministic report texts with known figures, for the benchmark.

Every generated report is one of the bundled sample reports (``sources/samples``)
with its labelled figures given other numbers, another province, the years
shifted, and prose paragraphs of the samples (no digits, so no figures) added
until the text is about 7 KB, the size of a real provincial report. The labels
(``gold.json``) say where each figure is and what it is worth, so the generator
knows the ground truth of every text it writes: the span and the value of each
figure. Document ``i`` depends only on ``(seed, i)``. Texts about the same report,
province and year state the same numbers (a real back-fill holds reprints of one
report by several outlets), so checks across documents meet agreeing figures.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from flows.settings import BUNDLED_SAMPLES
from parsing.normalize import normalize_text
from parsing.numbers import NUMBER, parse_number
from parsing.vocabulary import vocabulary

_NUMBER = re.compile(NUMBER)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
TARGET_BYTES = 7_000
TRUTH_FILE = "truth.jsonl"


@dataclass(frozen=True)
class TemplateFigure:
    start: int
    end: int
    text: str
    value: float
    number: tuple[int, int] | None  # span of the one number we vary, relative to start


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    region: str
    period: str
    figures: tuple[TemplateFigure, ...]


def load_templates(samples: Path = BUNDLED_SAMPLES) -> list[Template]:
    """The bundled samples with the position of every labelled figure."""
    entries = json.loads((samples / "gold.json").read_text(encoding="utf-8"))
    templates = []
    for entry in entries:
        text = normalize_text((samples / entry["file"]).read_text(encoding="utf-8"))
        figures, taken = [], set()
        for label in entry["figures"]:
            wanted = normalize_text(label["text"])
            spans = [m.span() for m in re.finditer(rf"(?<![\w.,]){re.escape(wanted)}(?!\w)", text)]
            span = next((s for s in spans if s[0] not in taken), None)
            if span is None:
                continue
            taken.add(span[0])
            numbers = list(_NUMBER.finditer(wanted))
            number = numbers[0].span() if len(numbers) == 1 else None  # ranges keep their numbers
            figures.append(TemplateFigure(span[0], span[1], wanted, float(label["value"]), number))
        figures.sort(key=lambda f: f.start)
        templates.append(Template(entry["file"].removesuffix(".txt"), text, entry["region"],
                                  entry["period"], tuple(figures)))
    return templates


def filler_paragraphs(templates: list[Template]) -> list[str]:
    """Prose paragraphs without any digit: they add length and no figure."""
    found = []
    for template in templates:
        for paragraph in template.text.split("\n\n"):
            paragraph = paragraph.strip()
            if len(paragraph) > 120 and not any(c.isdigit() for c in paragraph):
                found.append(paragraph)
    return found


def _vary_number(raw: str, rng: random.Random) -> str:
    """Another number printed the way ``raw`` is: same digits before and after the mark."""
    value, _ = parse_number(raw)
    decimal_mark = "," if "," in raw else ("." if re.fullmatch(r"\d+\.\d{1,2}", raw) else None)
    decimals = len(raw.rsplit(decimal_mark, 1)[1]) if decimal_mark else 0
    grouped = bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw))
    integer_digits = len(str(int(value)))
    for _ in range(20):
        new = round(value * rng.uniform(0.8, 1.25), decimals)
        whole = int(new)
        if new <= 0 or len(str(whole)) != integer_digits:
            continue
        if not grouped and not decimal_mark and 1900 <= whole <= 2099:
            continue  # would read as a year
        digits = f"{new:.{decimals}f}"
        whole_text, _, fraction = digits.partition(".")
        if grouped:
            whole_text = f"{int(whole_text):,}".replace(",", ".")
        return whole_text + (decimal_mark + fraction if decimal_mark else "")
    return raw


def _other_names(template: Template) -> list[str]:
    for canonical, spellings in vocabulary().provinces:
        if canonical == template.region:
            return sorted(spellings, key=len, reverse=True)
    return [template.region]


def _year(template: Template) -> int:
    year = _YEAR.search(template.period)
    if year is None:
        raise ValueError(f"sample {template.name}: no year in its period {template.period!r}")
    return int(year.group(0))


def generate_document(index: int, seed: int, templates: list[Template], fillers: list[str]) -> tuple[str, dict]:
    """Text and ground truth of document ``index``."""
    rng = random.Random(f"{seed}:{index}")
    drawn = templates[rng.randrange(len(templates))]
    region = rng.choice(vocabulary().provinces)[0]
    # The numbers are varied at random, so two reports on one province and period, or a report
    # and the one of the year before, would contradict each other as real reports rarely do, and
    # flood the checks across documents with failures no real back-fill has. So: even years
    # only, and one report (template) per province, kind of period and year.
    year = rng.choice([y for y in range(_year(drawn) - 8, _year(drawn) + 4) if y % 2 == 0])
    kind = _YEAR.sub("", drawn.period).strip().lower()
    template = random.Random(f"{seed}:{region}:{kind}:{year}").choice(
        [t for t in templates if _YEAR.sub("", t.period).strip().lower() == kind])
    shift = year - _year(template)
    # Several outlets publish the figures of one province and period: every text about the same
    # (report, province, year) states the same numbers, as reprints do, in different prose.
    same_report = random.Random(f"{seed}:{template.name}:{region}:{shift}")
    names = re.compile("|".join(re.escape(n) for n in _other_names(template)))

    def prose(part: str) -> str:
        part = names.sub(region, part)
        return _YEAR.sub(lambda m: str(int(m.group(0)) + shift), part)

    pieces, truth, cursor, length = [], [], 0, 0
    for figure in template.figures:
        if figure.start < cursor:
            continue
        before = prose(template.text[cursor:figure.start])
        pieces.append(before)
        length += len(before)
        text, value = figure.text, figure.value
        if figure.number is not None:
            a, b = figure.number
            old = text[a:b]
            new = _vary_number(old, same_report)
            old_value, new_value = parse_number(old)[0], parse_number(new)[0]
            value = value * new_value / old_value if old_value else value
            text = text[:a] + new + text[b:]
        truth.append({"start": length, "end": length + len(text), "text": text, "value": value})
        pieces.append(text)
        length += len(text)
        cursor = figure.end
    body = "".join(pieces) + prose(template.text[cursor:])
    # Prose goes before the closing byline (the last paragraph), as in a longer article.
    head, _, byline = body.rstrip("\n").rpartition("\n\n")
    extra = []
    size = len(body.encode("utf-8"))
    target = TARGET_BYTES + rng.randint(-1500, 1500)
    while size < target and fillers:
        paragraph = prose(rng.choice(fillers))
        extra.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    text = "\n\n".join([head, *extra, byline]) + "\n" if head else body
    period = _YEAR.sub(lambda m: str(int(m.group(0)) + shift), template.period)
    return text, {"template": template.name, "region": region, "period": period, "figures": truth}


def generate_corpus(directory: Path, count: int, seed: int = 20261123) -> dict:
    """Write ``count`` reports under ``directory/inbox`` and their truth to ``directory/truth.jsonl``.

    Returns the totals (documents, bytes, figures). Texts are unique: a repeat
    (vanishingly rare) is regenerated under the next index.
    """
    templates = load_templates()
    fillers = filler_paragraphs(templates)
    inbox = directory / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    total_bytes = total_figures = 0
    attempt = 0
    with (directory / TRUTH_FILE).open("w", encoding="utf-8") as truth_file:
        for i in range(count):
            while True:
                text, truth = generate_document(attempt, seed, templates, fillers)
                attempt += 1
                data = text.encode("utf-8")
                digest = hashlib.sha256(data).hexdigest()
                if digest not in seen:
                    seen.add(digest)
                    break
            name = f"{i // 1000:03d}/report-{i:06d}.txt"
            (inbox / name).parent.mkdir(exist_ok=True)
            (inbox / name).write_bytes(data)
            truth_file.write(json.dumps({"source_name": name, **truth}, ensure_ascii=False) + "\n")
            total_bytes += len(data)
            total_figures += len(truth["figures"])
    return {"documents": count, "bytes": total_bytes, "figures": total_figures}


def read_truth(directory: Path) -> dict[str, dict]:
    with (directory / TRUTH_FILE).open(encoding="utf-8") as lines:
        return {row["source_name"]: row for row in map(json.loads, lines)}
