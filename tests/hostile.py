"""A corpus of hostile inbox files, written by code so that nothing binary is committed.

Each ``Case`` creates one entry of an inbox and says what solieu must do with
it: parse it to exactly the figures of the clean text (or to a given number of
figures), record it as rejected with a reason containing a given fragment, or
skip it as a copy of a text already loaded. The "Bad input" list of docs/operations.md is
this table in words.
"""

from __future__ import annotations

import codecs
import io
import os
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Three figures (amount with % of plan, amount with change, amount with scale word),
# no digits anywhere else, so the tag line that makes each copy unique adds none.
REPORT = (
    "Báo cáo tình hình kinh tế - xã hội.\n"
    "Tổng thu ngân sách nhà nước trên địa bàn đạt 3.042,3 tỷ đồng, bằng 49,5% dự toán.\n"
    "Kim ngạch xuất khẩu ước đạt 690 triệu USD, tăng 13,1% so với cùng kỳ.\n"
    "Tổng lượt khách du lịch ước đạt 1.091,9 nghìn lượt khách.\n"
)
# (raw_text, value, unit) that a correct reading of REPORT gives, in order.
REPORT_FIGURES = [
    ("3.042,3 tỷ đồng", 3042300000000.0, "VND"),
    ("690 triệu USD", 690000000.0, "USD"),
    ("1.091,9 nghìn lượt khách", 1091900.0, "visit"),
]
MAX_BYTES = 5_000_000  # the documented default of SOLIEU_MAX_DOCUMENT_BYTES
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def report(tag: str) -> str:
    """REPORT made unique by a line of letters, so copies are not skipped as the same text."""
    assert not any(char.isdigit() for char in tag)
    return REPORT + f"Ghi chú: bản {tag}.\n"


def to_windows_1258(text: str) -> bytes:
    """Windows-1258 has the vowel shapes (â, ơ, ...) precomposed but tones as combining marks."""
    out = []
    for char in text:
        marks = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in marks[1:] if m in _TONE_MARKS)
        shape = unicodedata.normalize("NFC", marks[0] + "".join(m for m in marks[1:] if m not in _TONE_MARKS))
        out.append(shape + tones)
    return "".join(out).encode("cp1258")


@dataclass(frozen=True)
class Case:
    name: str
    file_name: str | bytes  # bytes: a name that is not valid UTF-8
    make: Callable[[Path, Path], None]  # (path to create in the inbox, a folder outside the inbox)
    outcome: str  # "parsed", "rejected" or "duplicate"
    reason: str | None = None  # rejected: a fragment of the recorded reason
    figures: list | None = None  # parsed: (raw_text, value, unit) in order; default REPORT_FIGURES
    source_name: str | None = None  # the recorded name, when it is not file_name
    needs_non_root: bool = False

    @property
    def recorded_name(self) -> str:
        if self.source_name is not None:
            return self.source_name
        return self.file_name if isinstance(self.file_name, str) else self.file_name.decode("utf-8", "replace")

    def create(self, inbox: Path, outside: Path) -> None:
        name = self.file_name if isinstance(self.file_name, bytes) else self.file_name.encode()
        self.make(Path(os.fsdecode(os.fsencode(inbox) + b"/" + name)), outside)


def _bytes(content: bytes) -> Callable[[Path, Path], None]:
    return lambda path, outside: path.write_bytes(content)


def _text(tag: str, transform=lambda text: text, encoding="utf-8") -> Callable[[Path, Path], None]:
    return lambda path, outside: path.write_bytes(transform(report(tag)).encode(encoding))


def _mixed_line_endings(text: str) -> str:
    lines = text.split("\n")
    endings = ["\r\n", "\r", "\n"]
    return "".join(line + endings[i % 3] for i, line in enumerate(lines))


def _html_page(text: str) -> str:
    paragraphs = "".join(f"<p>{line.replace(' đạt ', ' đạt&nbsp;')}</p>\n" for line in text.splitlines())
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Báo cáo</title>\n"
            "<style>p { margin: 0 }</style>\n"
            "<script>var hidden = 'Thu ngân sách đạt 999 tỷ đồng';</script></head>\n"
            f"<body><div class=\"content\">\n{paragraphs}</div></body></html>\n")


def _damaged_utf8(tag: str) -> Callable[[Path, Path], None]:
    def make(path: Path, outside: Path) -> None:
        content = report(tag).encode("utf-8").replace("Ghi chú".encode(), b"Ghi ch\xff")
        path.write_bytes(content)
    return make


def _zip(path: Path, outside: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", report("nén"))
    path.write_bytes(buffer.getvalue())


def _too_large(path: Path, outside: Path) -> None:
    line = report("lớn").encode("utf-8")
    path.write_bytes(line * (MAX_BYTES // len(line) + 1))


def _fifo(path: Path, outside: Path) -> None:
    os.mkfifo(path)


def _unreadable(path: Path, outside: Path) -> None:
    path.write_bytes(report("khóa").encode())
    path.chmod(0)


def _link_outside(path: Path, outside: Path) -> None:
    secret = outside / "secret.txt"
    secret.write_bytes(report("bí mật").encode())
    os.symlink(secret, path)


def _link_to_outside_folder(path: Path, outside: Path) -> None:
    folder = outside / "elsewhere"
    folder.mkdir(exist_ok=True)
    (folder / "report.txt").write_bytes(report("thư mục ngoài").encode())
    os.symlink(folder, path)


def _dangling_link(path: Path, outside: Path) -> None:
    os.symlink(path.parent / "no-such-file.txt", path)


def _link_inside(path: Path, outside: Path) -> None:
    target = path.parent / "link-target.txt"
    target.write_bytes(report("đích").encode())
    os.symlink(target.name, path)


def _hostile_text(path: Path, outside: Path) -> None:
    path.write_bytes((report("độc") + "'); DROP TABLE figures; -- <script>alert('x')</script> & \"q\"\n")
                     .encode())


CASES = [
    # Encodings and forms of text: all parse to the figures of the clean text.
    Case("utf8-clean", "utf8.txt", _text("sạch"), "parsed"),
    Case("utf8-bom", "utf8-bom.txt", lambda p, o: p.write_bytes(codecs.BOM_UTF8 + report("bom").encode()),
         "parsed"),
    Case("utf16-bom", "utf16.txt", _text("mười sáu", encoding="utf-16"), "parsed"),
    Case("utf16le-no-bom", "utf16le.txt", _text("không bom", encoding="utf-16-le"), "parsed"),
    Case("utf32-bom", "utf32.txt", _text("ba hai", encoding="utf-32"), "parsed"),
    Case("windows-1258", "cp1258.txt", lambda p, o: p.write_bytes(to_windows_1258(report("cũ"))), "parsed"),
    Case("nfd", "nfd.txt", _text("tổ hợp", lambda t: unicodedata.normalize("NFD", t)), "parsed"),
    Case("mixed-line-endings", "crlf.txt", _text("xuống dòng", _mixed_line_endings), "parsed"),
    Case("non-breaking-spaces", "nbsp.txt",
         _text("cách", lambda t: t.replace(" tỷ", "\u00a0tỷ").replace(" triệu", "\u202ftriệu")), "parsed"),
    Case("utf8-damaged-byte", "damaged.txt", _damaged_utf8("hỏng"), "parsed"),
    Case("html-saved-as-txt", "page.txt", _text("trang", _html_page), "parsed"),
    Case("no-figures", "no-figures.txt",
         _bytes("Hội nghị tổng kết công tác năm. Các đại biểu thảo luận sôi nổi.\n".encode()),
         "parsed", figures=[]),
    Case("hostile-text", "hostile-text.txt", _hostile_text, "parsed"),
    # File names: loaded, recorded under their name, found again by a parameter.
    Case("name-spaces", "báo cáo  quý một .txt", _text("khoảng trắng"), "parsed"),
    Case("name-quotes", "it's \"quoted\".txt", _text("nháy"), "parsed"),
    Case("name-semicolon", "a;b;c.txt", _text("chấm phẩy"), "parsed"),
    Case("name-sql", "'); DROP TABLE documents; --.txt", _text("tiêm"), "parsed"),
    Case("name-html", "<img src=x onerror=alert(1)>&amp;.txt", _text("thẻ"), "parsed"),
    Case("name-vietnamese", "Lạng Sơn.txt", _text("xứ Lạng"), "parsed"),
    Case("name-nfd", unicodedata.normalize("NFD", "Quảng Ninh.txt"), _text("vùng mỏ"), "parsed",
         source_name="Quảng Ninh.txt"),
    Case("name-not-utf8", to_windows_1258("Lạng Sơn cũ.txt"), _text("tên cũ"), "parsed",
         source_name=to_windows_1258("Lạng Sơn cũ.txt").decode("utf-8", "replace")),
    Case("link-inside-inbox", "link.txt", _link_inside, "duplicate"),
    # Not report texts: rejected, with the reason.
    Case("pdf", "report.pdf", _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\n"), "rejected",
         reason="PDF document"),
    Case("zip", "reports.zip", _zip, "rejected", reason="zip archive"),
    Case("pdf-named-txt", "report-pdf.txt", _bytes(b"%PDF-1.4\n" + bytes(range(256))), "rejected",
         reason="PDF document"),
    Case("empty", "empty.txt", _bytes(b""), "rejected", reason="empty file"),
    Case("only-whitespace", "blank.txt", _bytes(" \t\r\n\n \u00a0 \n".encode()), "rejected",
         reason="only whitespace"),
    Case("binary", "noise.txt", _bytes(bytes(range(256)) * 8), "rejected", reason="binary content"),
    Case("unknown-legacy-encoding", "latin1.txt",
         _bytes("Übersicht über die Ergebnisse des Jahres, Größe und Maße.\n".encode("latin-1")), "rejected",
         reason="not valid UTF-8, UTF-16 or Windows-1258"),
    Case("html-without-text", "empty-page.txt",
         _bytes(b"<html><head><script>var x = 1;</script></head><body> </body></html>"), "rejected",
         reason="HTML page without any text"),
    Case("too-large", "huge.txt", _too_large, "rejected", reason=f"above the limit of {MAX_BYTES:,} bytes"),
    Case("fifo", "pipe.txt", _fifo, "rejected", reason="not a regular file (a named pipe)"),
    Case("permission-denied", "locked.txt", _unreadable, "rejected", reason="permission denied",
         needs_non_root=True),
    Case("dangling-link", "dangling.txt", _dangling_link, "rejected", reason="symbolic link to nothing"),
    Case("link-outside", "outside.txt", _link_outside, "rejected", reason="outside the inbox; not followed"),
    Case("link-to-outside-folder", "elsewhere", _link_to_outside_folder, "rejected",
         reason="outside the inbox; not followed"),
]


def build_inbox(inbox: Path, outside: Path, cases=CASES) -> list[Case]:
    """Create every case that this user can create; returns the cases created."""
    inbox.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    made = []
    for case in cases:
        if case.needs_non_root and os.geteuid() == 0:
            continue  # root reads a chmod 000 file: the named pipe and dangling link stand in
        case.create(inbox, outside)
        made.append(case)
    return made
