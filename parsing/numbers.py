"""Numbers as printed in Vietnamese reports, and the rounding each one implies."""

from __future__ import annotations

import re

# "2.010" and "1.091,9": dots group thousands, the comma is the decimal mark.
# Some sources print "2.35" with a dot decimal; a dot followed by anything but
# exactly three digits can only be that.
# A few sources group thousands with a space ("1 250 tấn"): only three-digit groups after a space.
# Mixed separators: "9.332.3 tỷ đồng" groups with dots and ends with a one- or two-digit dot decimal.
# Two commas or more can only group thousands ("1,004,887 lượt", B94): no number has two decimal marks.
# A stray space after the decimal comma before three digits and a scale word ("ước đạt 16, 968 tỷ đồng", B101; "448,
# 666 tỷ đồng", B97): one number, unless a list goes on before it or it is read "lần lượt" ("120, 150 và 180 tỷ").
NUMBER = (r"\d{1,3}(?:\.\d{3})+\.\d{1,2}(?![\d.])|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?![\d.,])"
          r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])"
          r"|(?<!, )(?<!lượt )(?<!lượt là )(?<![\d.,])\d{1,3}, \d{3}(?=\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\w))"
          r"|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
# A year written in digits, alone or in a date ("năm 2021", "31/7/2022")
ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

SPELLED = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
           "mười": 10}


def fraction_told_as_percent(part: str, whole: str, percent: float, rounding: float) -> bool:
    """Whether ``percent`` (printed to ``rounding``) is the fraction "part/whole" in percent: "94.044/99.069 hộ, đạt
    94,9%", "145/145 xã (100%)" tell the fraction again."""
    whole_value = parse_number(whole)[0]
    return bool(whole_value) and abs(100.0 * parse_number(part)[0] / whole_value - percent) <= max(0.5, 2 * rounding)


def parse_number(raw: str) -> tuple[float, float]:
    """Value and rounding half-width of one printed number ("1.091,9" -> 1091.9, 0.05)."""
    raw = raw.replace(" ", "")
    if raw in SPELLED:
        return float(SPELLED[raw]), 0.0
    if _GROUPED.fullmatch(raw):
        whole, _, decimals = raw.partition(",")
        value = float(whole.replace(".", "") + ("." + decimals if decimals else ""))
        return value, 0.5 * 10.0 ** -len(decimals)
    separators = [at for at, char in enumerate(raw) if char in ".,"]
    if len(separators) > 1:
        if all(raw[at] == "," for at in separators) and all(
                b - a == 4 for a, b in zip(separators, [*separators[1:], len(raw)])):
            return float(raw.replace(",", "")), 0.5  # "1,234,567": a table of comma thousands, one cell at a time
        # "9.332.3", "123.456.78,9": the last mark is the decimal mark, the others group digits
        last = separators[-1]
        whole = "".join(char for char in raw[:last] if char not in ".,")
        decimals = raw[last + 1:]
        return float(f"{whole}.{decimals}" if decimals else whole), 0.5 * 10.0 ** -len(decimals)
    if "," in raw:
        whole, decimals = raw.split(",")
        if decimals == "000" and whole != "0":
            # "hơn 30,000 lượt khách" in a text grouping thousands with dots: no decimal is printed with three
            # trailing zeros, the comma groups thousands
            return float(whole + decimals), 0.5
        return float(f"{whole}.{decimals}"), 0.5 * 10.0 ** -len(decimals)
    if "." in raw:
        decimals = raw.split(".")[1]
        return float(raw), 0.5 * 10.0 ** -len(decimals)
    return float(raw), 0.5
