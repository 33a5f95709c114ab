"""Set R100 (session 58), from B110 scored unseen: a part of a whole no indicator key names is no second statement of
the key's total, and a part told past a ";" after a list closed with "và" is no part. Texts of our own wording."""

import pytest
from validation_helpers import failures_of as _failures


def _errors(text):
    failures = _failures(text)
    return failures[failures["severity"] == "error"]["check_name"].tolist()


@pytest.mark.parametrize(("text", "errors"), [
    # the organic coffee area, a part of the organic area, is not a second statement of the province's coffee area
    ("Các loại cây trồng chủ lực: rau (8.370 ha); cà phê (168.420 ha); chè (9.100 ha).\n\nNông nghiệp hữu cơ đã được "
     "chứng nhận 1.540 ha gồm: rau (88 ha), cà phê (204 ha), chè (35 ha).", []),
    # guard: the coffee area stated twice alike, both of the province, is still an error
    ("Diện tích cà phê toàn tỉnh đạt 168.420 ha.\n\nDiện tích cà phê toàn tỉnh đạt 171.900 ha.", ["stated_twice"]),
    # bare land told past the list of forest kinds closed with "và" is no part of the forested land
    ("Tổng diện tích đất lâm nghiệp có rừng là 410.200 ha; trong đó có 150.300 ha rừng phòng hộ và trên 240.000 ha rừng "
     "sản xuất; có hơn 52.000 ha đất trống có thể trồng rừng.", []),
    # guard: a list with no "và" goes on past its ";"
    ("Tổng diện tích đất lâm nghiệp có rừng là 410.200 ha; trong đó có 150.300 ha rừng phòng hộ; trên 240.000 ha rừng "
     "sản xuất; hơn 52.000 ha rừng đặc dụng.", ["components_sum"]),
])
def test_restatements_and_breakdowns_r100(text, errors):
    assert _errors(text) == errors
