"""Text as it arrives -> the one normal form that every span refers to."""

from __future__ import annotations

import html
import re
import unicodedata

# Spaces that look like a space to a reader but not to a regex.
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Letters of legacy fonts and keyboards read as the Vietnamese letters they stand for: PDF text from such fonts writes
# "ư" as the letter oi ("Hải Dƣơng", "thƣơng mại"); Vietnamese has no eth, so "Ð"/"ð" is "Đ"/"đ" ("Ðiện Biên", "Ðến
# nay", in texts of four blind sets).
_LEGACY_LETTERS = {"\u01a3": "ư", "\u01a2": "Ư", "\u00d0": "Đ", "\u00f0": "đ",
                   # a typographic apostrophe in a name of the Highlands, "Cư M’gar", "Ea H’leo", is the plain one
                   # the gazetteer writes (P18)
                   "\u2019": "'", "\u02bc": "'"}
# A relation's verb run into its number where a copy lost the space ("tăng10,2% so với", in a page whose words run
# together at its line ends): the space put back, as a reader does (R72b: B44); so for "khoảng" ("diện tích gieo trồng
# khoảng193.920 ha", B67).
_VERB_RUN_INTO_NUMBER = re.compile(r"(?<!\w)(tăng|giảm|đạt|vượt|bằng|gấp|khoảng)(?=\d)", re.I)
# "=" standing for "bằng" before a number in a report's shorthand ("ước đạt 19.557 tấn, =101%KH, =101% sv cùng kỳ",
# B67): the word a reader says; only before a percentage ("Năm trước = 100" heads an index's column).
_EQUALS_SHORTHAND = re.compile(r"(?:(?<=[\s,;(])|^)=\s*(?=\d[\d.,]*\s*%)")
# The plan's abbreviation run into its percentage ("đạt 96,12%KH", B53): the space put back likewise.
_PERCENT_RUN_INTO_PLAN = re.compile(r"%(?=KH(?![^\W\d_]))")
# A tone mark on the wrong vowel, as some keyboards place it ("kế họach", B53): the word as the vocabulary writes it
# (same length, every offset holds).
_MISPLACED_TONES = {"họach": "hoạch", "Họach": "Hoạch", "HỌACH": "HOẠCH"}
# Prose flattened one word a line by a copy ("Chọn\ncon\ntôm\nlàm\nthế\nmạnh,\nhuyện\nĐầm\nDơi ..."): a run of at
# least ``_WORD_RUN`` lines of one token each, most of them words, is a paragraph; its breaks are spaces, one for one,
# so every offset holds. A table flattened one cell a line runs on numbers, or names rows in several words (B46).
_ONE_TOKEN_LINES = re.compile(r"(?:^[^\s]+\n){12,}[^\s]+$", re.M)
_WORD = re.compile(r"[^\W\d_]+[,.;:]?")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")


def normalize_text(text: str) -> str:
    """NFC, HTML entities decoded, odd spaces made plain, a verb (or the plan's "KH") run into its number set apart, "="
    before a percentage read as "bằng", a misplaced tone mark put right, line endings
    unified, prose flattened one word a line made one paragraph."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    for legacy, letter in _LEGACY_LETTERS.items():
        if legacy in text:  # str.translate reads every character through a dict: it cost as much as the regex scan
            text = text.replace(legacy, letter)
    text = _ODD_SPACES.sub(" ", text)
    text = _VERB_RUN_INTO_NUMBER.sub(r"\1 ", text)
    if "=" in text:
        text = _EQUALS_SHORTHAND.sub("bằng ", text)
    if "%KH" in text:
        text = _PERCENT_RUN_INTO_PLAN.sub("% ", text)
    for misplaced, word in _MISPLACED_TONES.items():
        if misplaced in text:
            text = text.replace(misplaced, word)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in text:
        text = _ONE_TOKEN_LINES.sub(_one_paragraph, text)
    return text


def _one_paragraph(run: re.Match[str]) -> str:
    tokens = run.group(0).split("\n")
    words = sum(1 for token in tokens if _WORD.fullmatch(token))
    return run.group(0).replace("\n", " ") if words >= 0.7 * len(tokens) else run.group(0)
