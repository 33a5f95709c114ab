"""Set R90 (session 54): a total of those taking part in several schemes whose sentence ends with the schemes, its
parts by scheme in the next sentence, may overlap (B88); a full breakdown far below its total is more likely the
parts of one of its parts (B90). Texts of our own wording."""

import pytest
from validation_helpers import failures_of as _failures


@pytest.mark.parametrize(("text", "severity", "reason"), [
    ("Đến hết tháng 9, toàn tỉnh có 1.420.000 người tham gia BHXH, BHYT. Trong đó, số người tham gia BHYT là "
     "1.390.000 người; số người tham gia BHXH là 180.000 người.", "warning", "several things"),
    # guard: members of one scheme only, their parts above the total
    ("Đến hết tháng 9, toàn tỉnh có 250.000 người tham gia BHXH. Trong đó, số người tham gia bắt buộc là 210.000 "
     "người; số người tham gia tự nguyện là 60.000 người.", "error", None),
    ("Diện tích nuôi cá được 9.870 ha, tăng 2,1%. Trong đó, diện tích nuôi cá rô đồng được 75 ha, tăng 1%; diện tích "
     "nuôi lươn được 64 ha, tăng 2%; diện tích nuôi thủy sản khác được 121 ha, tăng 3%.", "warning", "one of its parts"),
    # guard: the rest named, the parts 2% short of the total
    ("Diện tích nuôi cá được 9.870 ha, tăng 2,1%. Trong đó, diện tích nuôi cá tra được 7.200 ha, tăng 1%; diện tích "
     "nuôi cá rô được 1.010 ha, tăng 2%; diện tích nuôi cá khác được 1.460 ha, tăng 3%.", "error", None),
])
def test_parts_that_need_not_add_up(text, severity, reason):
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == [severity]
    assert reason is None or reason in failures["message"].iloc[0]
