"""The HTML report as a reviewer sees it: opened in headless Chromium (Debian's `chromium`)."""

import html
import re
import shutil
import subprocess

import pytest
from validation_helpers import HOSTILE, SCRIPT, ingest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(tmp_path, *args, timeout=120):
    profile = tmp_path / "chromium-profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's `chromium` is not installed (apt-get install chromium)")
def test_report_shows_hostile_text_as_text_with_the_failure_and_figures(settings, tmp_path):
    ingest(settings, tmp_path, **{"hostile.txt": HOSTILE})
    report = settings.report_dir / "run-00001-failures.html"
    shown = chromium(tmp_path, "--dump-dom", report.as_uri())
    assert shown.returncode == 0, shown.stderr[-2000:]
    dom = shown.stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title == "Validation failures of run 1"  # the script never ran
    assert "<script" not in dom.lower()  # not an element: the text is escaped
    assert html.escape(SCRIPT, quote=False) in dom  # ... and shown, as text, in the sentence
    assert "components: 690 + 1.320 = 2.010 (interval 2.009..2.011) fall short of total 2.100 " \
           "(2.099,5..2.100,5) triệu USD" in dom
    marks = re.findall(r"<mark>(.*?)</mark>", dom)
    assert {"2.100 triệu USD", "690 triệu USD", "1.320 triệu USD"} <= set(marks)
    assert "1 failure</strong> (1 error, 0 warnings; 1 open)" in dom

    screenshot = tmp_path / "report.png"
    shot = chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1200,900", report.as_uri())
    assert shot.returncode == 0 and screenshot.stat().st_size > 10_000
    shutil.copy(screenshot, settings.report_dir / "report-screenshot.png")
