"""reports/index.html across runs: the trend, the backlog, fail rates, automatic decisions."""

import re
import shutil
import subprocess

import pytest
from test_review import SLIPPED, cli
from test_review_history import HANOI, RULES
from validation_helpers import LANGSON_2021, ingest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def three_runs(capsys, settings, tmp_path):
    """A clean run, a run with two slips, and a run deciding one slip by a rule and one by an
    earlier decision."""
    settings = settings.with_overrides(lang="en")
    rules = tmp_path / "rules.toml"
    rules.write_text(RULES.format(expires="2999-01-01"), encoding="utf-8")
    ingest(settings, tmp_path, **{"clean.txt": LANGSON_2021})
    ingest(settings, tmp_path, **{"hn.txt": HANOI, "ls.txt": SLIPPED.replace("Lạng Sơn", "Cao Bằng")})
    cli(capsys, settings, "review", "--region", "Hà Nội", "--reject")
    third = ingest(settings.with_overrides(review_rules_file=rules), tmp_path,
                   **{"hn.txt": HANOI + "\nCập nhật", "ls3.txt": SLIPPED + "\nCập nhật"})
    return settings, third


def test_index_shows_runs_trend_backlog_and_automatic_decisions(three_runs):
    settings, third = three_runs
    index = settings.report_dir / "index.html"
    assert third.index_path == str(index) and f"all runs: {index}" in third.text()
    page = index.read_text(encoding="utf-8")
    assert "<script" not in page and "default-src 'none'" in page
    assert page.count("<tr><td class=n>") == 3  # three runs
    svg = re.search(r'<svg .*?id="trend">(.*?)</svg>', page, re.S).group(1)
    errors = re.search(r'class="series-errors" [^>]*points="([^"]*)"', svg).group(1).split()
    assert len(errors) == 3  # one point per run
    ys = [float(point.split(",")[1]) for point in errors]
    assert ys[0] > ys[1] and ys[1] == ys[2]  # 0 errors, then 2, then 2 (higher is fewer)
    assert "Run 2: 2 new errors" in svg
    # Backlog: the Cao Bằng slip stays open; the Hà Nội ones are rejected; Lạng Sơn's decided by the rule.
    backlog = re.search(r'<table id="backlog-province">(.*?)</table>', page, re.S).group(1)
    assert "Cao Bằng</td><td class=n>1<" in backlog and "Hà Nội" not in backlog and "Lạng Sơn" not in backlog
    assert re.search(r'<table id="backlog-age">.*?&lt; 1 d</td><td class=n>1<', page, re.S)
    assert "components_sum</td><td class=n>4</td><td>2/3</td>" in page
    assert '<p id="automatic">1 by an earlier decision · 1 by a rule</p>' in page
    assert 'href="run-00002-failures.html"' in page
    # Run 3's quarantined figures counted after its rule cleared Lạng Sơn's: Hà Nội's 3 only.
    assert "Run 3: 3 quarantined figures" in svg and "3 quarantined" in third.text()


def test_index_and_reports_in_vietnamese_by_default(settings, tmp_path):
    from flows.settings import load_settings
    from schemas.errors import SettingError

    assert load_settings({}).lang == "vi" and load_settings({"SOLIEU_LANG": "EN"}).lang == "en"
    with pytest.raises(SettingError, match="SOLIEU_LANG must be vi or en"):
        load_settings({"SOLIEU_LANG": "fr"})
    ingest(settings.with_overrides(lang="vi"), tmp_path, **{"ls.txt": SLIPPED})
    page = (settings.report_dir / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi">' in page and "Xu hướng theo lần chạy" in page and "components_sum" in page
    report = (settings.report_dir / "run-00001-failures.html").read_text(encoding="utf-8")
    assert "<title>Lỗi kiểm tra của lần chạy 1</title>" in report
    assert "<strong>1 lỗi</strong> (1 lỗi nặng, 0 cảnh báo; 1 đang mở) liên quan 3 số liệu trong 1 văn bản." in report
    assert "components_sum (1)" in report  # check names stay codes
    markdown = (settings.report_dir / "run-00001-failures.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Lỗi kiểm tra của lần chạy 1") and "| phép kiểm tra | mức độ | số lỗi |" in markdown


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's `chromium` is not installed (apt-get install chromium)")
def test_index_renders_in_chromium(three_runs, tmp_path):
    settings, _ = three_runs
    index = settings.report_dir / "index.html"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", index.as_uri()], capture_output=True, text=True,
                         timeout=120)
    assert dom.returncode == 0 and 'id="trend"' in dom.stdout and "<polyline" in dom.stdout
    shot = settings.report_dir / "index.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1100,1400", index.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000
    import os

    if os.environ.get("SOLIEU_SCREENSHOT_DIR"):
        shutil.copy(shot, os.environ["SOLIEU_SCREENSHOT_DIR"])
