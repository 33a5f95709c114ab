"""The words of the review page and the run index in Vietnamese (the default) or English.

``SOLIEU_LANG`` chooses (``vi`` or ``en``). Check names, statuses stored in the warehouse
and column names stay codes, so that a reviewer can search for them in either language.
"""

from __future__ import annotations

import os

from schemas.errors import SettingError

LANGUAGES = ("vi", "en")

# key: (Vietnamese, English)
_WORDS = {
    "review_title": ("Rà soát lỗi kiểm tra", "Review validation failures"),
    "open_failures": ("lỗi đang mở", "open failures"),
    "matching": ("khớp bộ lọc", "match the filter"),
    "shown": ("hiển thị", "shown"),
    "filter": ("Lọc", "Filter"),
    "check": ("Phép kiểm tra", "Check"),
    "severity": ("Mức độ", "Severity"),
    "province": ("Tỉnh/thành", "Province"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "run": ("Lần chạy", "Run"),
    "source": ("Nguồn", "Source"),
    "older_than": ("Cũ hơn (ngày)", "Older than (days)"),
    "status": ("Trạng thái", "Status"),
    "any": ("(tất cả)", "(any)"),
    "apply_filter": ("Áp dụng", "Apply"),
    "clear_filter": ("Xóa bộ lọc", "Clear"),
    "decision": ("Quyết định", "Decision"),
    "accept": ("Chấp nhận (báo nhầm)", "Accept (false alarm)"),
    "reject": ("Bác bỏ (lỗi thật)", "Reject (a real slip)"),
    "expected": ("Đã biết (chấp nhận được)", "Expected (known habit)"),
    "reopen": ("Mở lại", "Reopen"),
    "note": ("Ghi chú", "Note"),
    "reviewer": ("Người rà soát", "Reviewer"),
    "selected": ("Áp dụng cho các lỗi đã chọn", "Apply to the ticked failures"),
    "all_matching": ("Áp dụng cho mọi lỗi khớp bộ lọc", "Apply to every failure matching the filter"),
    "figures": ("Số liệu", "Figures"),
    "compared_with": ("So với", "Compared with"),
    "decided_by_rule": ("quyết định theo quy tắc", "decided by rule"),
    "by": ("bởi", "by"),
    "history": ("Lịch sử quyết định", "Decision history"),
    "no_failures": ("Không có lỗi nào.", "No failures."),
    "done": ("Đã ghi", "Recorded"),
    "failures_word": ("lỗi", "failures"),
    "none_changed": ("Không lỗi nào thay đổi.", "No failure changed."),
    "back": ("Quay lại danh sách", "Back to the list"),
    "when": ("Thời điểm", "When"),
    "from_to": ("Từ → đến", "From → to"),
    "origin": ("Nguồn gốc", "Origin"),
    "failure": ("Lỗi", "Failure"),
    "bulk": ("Hàng loạt", "Bulk"),
    # the run index
    "index_title": ("Các lần chạy và lỗi kiểm tra", "Runs and validation failures"),
    "runs": ("Các lần chạy", "Runs"),
    "trend": ("Xu hướng theo lần chạy", "Trend per run"),
    "new_errors": ("lỗi mới", "new errors"),
    "new_warnings": ("cảnh báo mới", "new warnings"),
    "quarantined": ("số liệu bị cách ly", "quarantined figures"),
    "backlog": ("Lỗi còn mở", "Open backlog"),
    "by_age": ("theo tuổi", "by age"),
    "by_check": ("theo phép kiểm tra", "by check"),
    "by_province": ("theo tỉnh/thành", "by province"),
    "fail_rate": ("Tỉ lệ lỗi theo phép kiểm tra", "Fail rate per check"),
    "decided_automatically": ("Quyết định tự động", "Decided automatically"),
    "earlier_decision": ("theo quyết định trước", "by an earlier decision"),
    "rule": ("theo quy tắc", "by a rule"),
    "started": ("Bắt đầu", "Started"),
    "documents_new": ("văn bản mới", "new documents"),
    "figures_loaded": ("số liệu nạp", "figures loaded"),
    "report": ("Báo cáo", "Report"),
    "age": ("Tuổi", "Age"),
    "count": ("Số lượng", "Count"),
    "failed_figures": ("số liệu có lỗi", "figures failing"),
    "figures_named": ("số liệu đã kiểm", "figures checked"),
    "rate": ("tỉ lệ", "rate"),
    "stale_sources": ("Nguồn không có gì mới", "Sources with nothing new"),
    # the failure reports
    "r_check": ("phép kiểm tra", "check"),
    "r_severity": ("mức độ", "severity"),
    "r_failures": ("số lỗi", "failures"),
    "r_document": ("văn bản", "document"),
    "r_failure": ("lỗi", "failure"),
    "r_run": ("lần chạy", "run"),
    "r_figures": ("số liệu", "figures"),
    "r_compared": ("So với", "Compared with"),
    "r_in": ("trong", "in"),
    "r_figure": ("số liệu", "figure"),
    "r_by": ("bởi", "by"),
    "r_at": ("lúc", "at"),
    "r_open": ("đang mở", "open"),
    "r_hint": ("Rà soát: <code>solieu review {id} --accept</code> (báo nhầm), <code>--reject</code> (lỗi thật) "
               "hoặc <code>--expected</code> (thói quen đã biết của nguồn), hoặc trên trang "
               "<code>solieu review-ui</code>",
               "Review: <code>solieu review {id} --accept</code> (false alarm), <code>--reject</code> (a real slip) "
               "or <code>--expected</code> (a known habit of the source), or on the page of "
               "<code>solieu review-ui</code>"),
}


def report_summary(summary: dict, lang: str) -> tuple[str, str]:
    """The summary sentence of a failure report as (the bold count, the rest), for
    ``failure_store.summarise``'s counts."""
    from warehouse.failure_store import plural

    s = summary
    if lang == "vi":  # Vietnamese nouns take no plural
        return (f"{s['failures']} lỗi", f"({s['errors']} lỗi nặng, {s['warnings']} cảnh báo; {s['open']} đang mở) "
                f"liên quan {s['figures']} số liệu trong {len(s['by_document'])} văn bản.")
    return (plural(s["failures"], "failure"),
            f"({plural(s['errors'], 'error')}, {plural(s['warnings'], 'warning')}; {s['open']} open) "
            f"naming {plural(s['figures'], 'figure')} in {plural(len(s['by_document']), 'document')}.")


def run_title(run_id: int | None, lang: str = "en") -> str:
    if lang == "vi":
        return f"Lỗi kiểm tra của lần chạy {run_id}" if run_id is not None else "Các lỗi kiểm tra đang mở"
    return f"Validation failures of run {run_id}" if run_id is not None else "Open validation failures"


def language(environ=None) -> str:
    value = ((environ if environ is not None else os.environ).get("SOLIEU_LANG") or "vi").lower()[:2]
    if value not in LANGUAGES:
        raise SettingError(f"SOLIEU_LANG must be vi or en, not {value!r}")
    return value


def words(lang: str | None = None) -> dict[str, str]:
    """Every key in the given language (``language()`` when None)."""
    index = LANGUAGES.index(lang or language())
    return {key: pair[index] for key, pair in _WORDS.items()}
