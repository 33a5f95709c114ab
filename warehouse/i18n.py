"""The words of the review page and the run index in Vietnamese (the default) or English.

``SOLIEU_LANG`` chooses (``vi`` or ``en``). Check names, statuses stored in the warehouse
and column names stay codes, so that a reviewer can search for them in either language.
"""

from __future__ import annotations

import os

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
}


def language(environ=None) -> str:
    value = ((environ if environ is not None else os.environ).get("SOLIEU_LANG") or "vi").lower()[:2]
    if value not in LANGUAGES:
        raise ValueError(f"SOLIEU_LANG must be vi or en, not {value!r}")
    return value


def words(lang: str | None = None) -> dict[str, str]:
    """Every key in the given language (``language()`` when None)."""
    index = LANGUAGES.index(lang or language())
    return {key: pair[index] for key, pair in _WORDS.items()}
