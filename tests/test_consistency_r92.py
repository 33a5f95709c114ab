"""Set R92 (session 55): a breakdown whose last items are given each alike ("mỗi huyện 1 sản phẩm") lists fewer
numbers than parts, so its sum proves nothing (B94). Texts of our own wording."""

import pytest
from validation_helpers import failures_of as _failures


@pytest.mark.parametrize(("text", "checks"), [
    ("Toàn tỉnh có 21 sản phẩm OCOP hết hạn, gồm thành phố 6 sản phẩm; huyện Mường Khương 5 sản phẩm; huyện Sa Pa 4 "
     "sản phẩm; các huyện Bát Xát, Bắc Hà, Si Ma Cai mỗi huyện 2 sản phẩm.", []),
    # guard: every part given its own number, short of the total
    ("Toàn tỉnh có 21 sản phẩm OCOP hết hạn, gồm thành phố 6 sản phẩm; huyện Mường Khương 5 sản phẩm; huyện Sa Pa 4 "
     "sản phẩm.", ["components_sum"]),
])
def test_parts_given_each_alike(text, checks):
    assert _failures(text)["check_name"].tolist() == checks
