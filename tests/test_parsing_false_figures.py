"""R59's rules on false figures and misses, found on 22 real excerpts of its own (parsing/realtext/README.md, set
R59): statistics yearbook pages, releases and provincial news counting cooperatives, houses, projects and herds.
Texts of our own wording, where each rule applies and where it must not."""

import pytest

from parsing import parse_document

_INDEX_PART_BELOW = ("Số cơ sở (Cơ sở)\n412\n398\n405\nKhách sạn\n120\n118\n121\n"
                     "Số cơ sở\n104,12\n96,60\n101,76\nKhách sạn\n103,45\n98,33\n102,54\n"
                     "Chỉ số phát triển (Năm trước = 100) - %\nIndex (Previous year = 100) - %\n209\n")


def _figures(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.raw_text) for f in parse_document(text).figures]


@pytest.mark.parametrize(("text", "expected"), [
    # a yearbook page flattened one cell a line: the index part's caption stands below its rows, the page's number
    # under it; the cells above the caption are the index (x - 100), the number under it no cell
    (_INDEX_PART_BELOW, [(412.0, "facility", "412"), (398.0, "facility", "398"), (405.0, "facility", "405"),
                         (120.0, "facility", "120"), (118.0, "facility", "118"), (121.0, "facility", "121"),
                         (4.12, "percent", "104,12"), (-3.4, "percent", "96,60"), (1.76, "percent", "101,76"),
                         (3.45, "percent", "103,45"), (-1.67, "percent", "98,33"), (2.54, "percent", "102,54")]),
    # a caption with cells under it heads them, as before: the rows above keep their unit
    ("Số cơ sở (Cơ sở)\n412\n398\n405\nKhách sạn\n120\n118\n121\nSố cơ sở\n104,12\n96,60\n101,76\n"
     "Chỉ số phát triển (Năm trước = 100) - %\n103,45\n98,33\n102,54\n",
     [(412.0, "facility", "412"), (398.0, "facility", "398"), (405.0, "facility", "405"),
      (120.0, "facility", "120"), (118.0, "facility", "118"), (121.0, "facility", "121"),
      (104.12, "facility", "104,12"), (96.6, "facility", "96,60"), (101.76, "facility", "101,76"),
      (3.45, "percent", "103,45"), (-1.67, "percent", "98,33"), (2.54, "percent", "102,54")]),
    # a contents page naming an index table, its page number under it: no figure
    ("216. Số lớp học phổ thông\n217. Chỉ số phát triển số lớp học (Năm trước = 100)\n325\n", []),
    # bounds of a class: the class's count after the bound, "đều có" with a long measure, "có ... lớn hơn", "trở lên"
    # closing the bound a few words after its unit
    ("Số lượng tỉnh có số doanh nghiệp thành lập mới từ 50 doanh nghiệp trở lên là 12 tỉnh.",
     [(12.0, "province", "12 tỉnh")]),
    ("Các tỉnh còn lại đều có số doanh nghiệp đăng ký thành lập mới trong tháng dưới 50 doanh nghiệp.", []),
    ("Tháng trước có 4 tỉnh có số vốn đăng ký lớn hơn 1.000 tỷ đồng thì nay đã tăng lên.",
     [(4.0, "province", "4 tỉnh")]),
    ("Đến nay, 8/10 huyện, thị xã đã xây dựng được từ 3 mô hình kinh tế tập thể tiêu biểu trở lên.",
     [(8.0, "district", "8/10 huyện")]),
    # nouns counted with no entry before R59: a house by its classifier alone, a cooperative group abbreviated,
    # people's credit funds; the military "căn cứ" is no house
    ("Trong đó xây mới 1.520 căn, sửa chữa 820 căn.", [(1520.0, "house", "1.520 căn"), (820.0, "house", "820 căn")]),
    ("Toàn huyện có 1.480 THT và 35 quỹ tín dụng nhân dân.",
     [(1480.0, "cooperative group", "1.480 THT"), (35.0, "credit fund", "35 quỹ tín dụng nhân dân")]),
    ("Tỉnh có 2 căn cứ hậu cần nghề cá.", [(2.0, "base", "2 căn cứ")]),
    # "tỷ" opening a noun is no scale word: a contents line's table number before it is no figure
    ("15  Tỷ suất sinh thô, tỷ lệ tăng dân số\n16  Tỷ lệ hộ nghèo phân theo huyện\n", []),
    ("Doanh thu đạt 16 tỷ đồng, tỷ lệ hộ nghèo còn 3,2%.",
     [(16e9, "VND", "16 tỷ đồng"), (3.2, "percent", "3,2%")]),
    # a title over the page's time and date, a lead's bounded amount told again, a title's "gần" round count: copies
    ("Tỷ lệ lấp đầy khu công nghiệp đạt 85%\n09:30, 15/03/2021\nToàn tỉnh có 96 dự án, tỷ lệ lấp đầy đạt 85%.\n",
     [(96.0, "project", "96 dự án"), (85.0, "percent", "85%")]),
    ("Toàn tỉnh có gần 300 hợp tác xã nông nghiệp\n\nĐến nay toàn tỉnh có 268 hợp tác xã nông nghiệp.\n",
     [(268.0, "cooperative", "268 hợp tác xã")]),
    # "gần 300" is no copy of a count a whole step below it
    ("Toàn tỉnh có gần 300 hợp tác xã nông nghiệp\n\nĐến nay toàn tỉnh có 180 hợp tác xã nông nghiệp.\n",
     [(300.0, "cooperative", "gần 300 hợp tác xã"), (180.0, "cooperative", "180 hợp tác xã")]),
    # a count naming its members after a colon, one item a ";": no figure; fewer items, or what was done to them: a count
    ("Huyện ưu tiên vốn cho 2 dự án: Nâng cấp chợ trung tâm; Xây dựng trường mầm non của xã.", []),
    ("Tỉnh triển khai 3 chương trình: Hỗ trợ nhà ở; Xóa nhà tạm với 500 căn.",
     [(3.0, "programme", "3 chương trình"), (500.0, "house", "500 căn")]),
    ("Tỉnh có 2 dự án được duyệt: Nhà máy A; Nhà máy B.", [(2.0, "project", "2 dự án")]),
    # the average income of a member or a worker is per person; a total income is money
    ("Thu nhập bình quân của thành viên hợp tác xã là 4,5 triệu đồng/tháng.",
     [(4.5e6, "VND/person/month", "4,5 triệu đồng/tháng")]),
    ("Tổng thu nhập của người lao động trong các hợp tác xã đạt 120 tỷ đồng.", [(120e9, "VND", "120 tỷ đồng")]),
    # a crop season against the same season a year before: the amount's change, no share of its own
    ("Vụ mùa toàn vùng gieo cấy 1.520,4 nghìn ha, bằng 97,9% vụ mùa năm trước.",
     [(1520400.0, "hectare", "1.520,4 nghìn ha")]),
    # a bounded amount stays where no class has it, or where no count of the class follows
    ("Lượng khách đến tỉnh đạt hơn 20.000 lượt là 3 ngày liên tiếp.", [(20000.0, "visit", "hơn 20.000 lượt")]),
    ("Doanh thu của hợp tác xã đạt trên 20 tỷ đồng, là mức cao nhất từ trước đến nay.",
     [(20e9, "VND", "trên 20 tỷ đồng")]),
])
def test_false_figures_and_misses(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    got = _figures(text)
    assert [(round(v, 2), u, s) for v, u, s in got] == expected


# R63 (false figures and misses by frequency on B24, parsing/realtext/README.md, set R63)
@pytest.mark.parametrize(("text", "expected"), [
    # a temperature in "độ C" or "°C" is a figure in degrees Celsius, a range of them too
    ("Nhiệt độ trung bình năm là 24,6 độ C, tháng nóng nhất 29,8 °C.",
     [(24.6, "degree Celsius", "24,6 độ C"), (29.8, "degree Celsius", "29,8 °C")]),
    ("Nhiệt độ trung bình: 22-25 độ C", [(22.0, "degree Celsius", "22-25 độ C")]),
    # "độ" before a capitalised word is no unit
    ("Khi rét đậm, nhiệt độ Cao nguyên có lúc xuống thấp; 3 độ Cao của đỉnh núi được đo lại.", []),
    # a count pointed back to by "này" after words describing what it counts, or spelled out, is no figure
    ("Diện tích của 3 nhóm giống lúa này đạt 36.200 ha.", [(36200.0, "hectare", "36.200 ha")]),
    ("Giá trị sản xuất của hai ngành này chiếm 41,5%.", [(41.5, "percent", "41,5%")]),
    # a word of time before "này" keeps the count
    ("Tỉnh cấp phép thêm 5 dự án trong tháng này.", [(5.0, "project", "5 dự án")]),
    # after a count ranked first, the next places' bare numbers in parentheses count the same thing
    ("Đắk Lắk có nhiều nhất với 48 hợp tác xã, tiếp theo là Lâm Đồng (35), Gia Lai (27) và Kon Tum (12).",
     [(48.0, "cooperative", "48 hợp tác xã"), (35.0, "cooperative", "35"), (27.0, "cooperative", "27"),
      (12.0, "cooperative", "12")]),
    # no count before them: the numbers are ranks
    ("Lâm Đồng đứng đầu khu vực, kế đến là Gia Lai (2), Đắk Lắk (3) và Kon Tum (4).", []),
    # a change of price opening a list: each item's rate is its change, a fall below zero
    ("Các nhóm hàng giảm giá là giao thông 1,35%; bưu chính, viễn thông 0,08%.",
     [(-1.35, "percent", "1,35%"), (-0.08, "percent", "0,08%")]),
    # "thấp hơn" with last year named and no amount: a fall; against another base the gap keeps its sign
    ("So với năm trước, thấp hơn khoảng 10-15%.", [(-10.0, "percent", "khoảng 10-15%")]),
    ("Tốc độ tăng giá trị sản xuất nông nghiệp thấp hơn 0,4% so với bình quân cả nước.", [(0.4, "percent", "0,4%")]),
    # a sentence written in English tells the Vietnamese figures again; unaccented Vietnamese is still read
    ("The index of industrial production in 2022 rose by 8.6% compared with the previous year.", []),
    ("Tang truong kinh te dat 8,6%.", [(8.6, "percent", "8,6%")]),
    # a change with its price named after it is the clause's own rate, not the change of the amount before
    ("Khu du lịch đón 15.000 lượt khách; giảm 20% giá vé tham quan.",
     [(15000.0, "visit", "15.000 lượt khách"), (-20.0, "percent", "20%")]),
    # the title printed again as a photo's numbered caption gives no figure again
    ("Hơn 350 nghìn lượt khách đến lễ hội hoa\n\nLễ hội có 120 gian hàng.Hơn 350 nghìn lượt khách đến lễ hội hoa - 1\n",
     [(350000.0, "visit", "Hơn 350 nghìn lượt khách"), (120.0, "booth", "120 gian hàng")]),
])
def test_r63_figures(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one price told of two provinces is two figures, not one told twice
    ("Tại Đắk Lắk, giá hồ tiêu được thu mua ở mức 139.000 đồng/kg. Tại Gia Lai, giá hồ tiêu cũng ở mức 139.000 "
     "đồng/kg.", [(139000.0, "VND/kg", "139.000 đồng/kg"), (139000.0, "VND/kg", "139.000 đồng/kg")]),
    # an amount naming no place of its own may still retell one told with its place: one figure
    ("Năm 2024, doanh thu du lịch của Đà Nẵng đạt 31.500 tỷ đồng. Đây là lần đầu doanh thu du lịch đạt 31.500 tỷ "
     "đồng.", [(31500e9, "VND", "31.500 tỷ đồng")]),
    # a change on the day before is a figure of its own, not the level's change on last year
    ("Giá cà phê tại Lâm Đồng ở mức 96.300 đồng/kg, tăng 800 đồng/kg so với hôm qua.",
     [(96300.0, "VND/kg", "96.300 đồng/kg"), (800.0, "VND/kg", "800 đồng/kg")]),
])
def test_session35_places_and_recent_bases(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers bare after capitalised names, after a count ranked first: each counts the leader's thing
    ("Năm 2021, huyện Tân Phú được giao nhiều nhất với 310 chỉ tiêu, tiếp đến lần lượt là Định Quán 240, Xuân Lộc 200 và "
     "Long Khánh 45.", [(310.0, "target", "310 chỉ tiêu"), (240.0, "target", "240"), (200.0, "target", "200"),
                        (45.0, "target", "45")]),
    # no count ranked first, or a name not capitalised: no list of the leader's thing
    ("Năm 2021, huyện Tân Phú được giao 310 chỉ tiêu, tiếp đến lần lượt là Định Quán 240.",
     [(310.0, "target", "310 chỉ tiêu")]),
    ("Huyện Tân Phú có nhiều nhất với 310 chỉ tiêu, tiếp theo là khoảng 240 người đăng ký.",
     [(310.0, "target", "310 chỉ tiêu"), (240.0, "person", "khoảng 240 người")]),
])
def test_session35_ranked_places_bare(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list after the change verb and a colon: each item's rate, in parentheses or not, is its change
    ("Các mặt hàng xuất khẩu chủ yếu tăng: thủy sản (12,5%); rau quả (108,2%); gạo 3,1%.",
     [("growth", 12.5, "12,5%"), ("growth", 108.2, "108,2%"), ("growth", 3.1, "3,1%")]),
    ("Một số mặt hàng giảm: sắt thép (4,2%); phân bón (1,5%).", [("growth", -4.2, "4,2%"), ("growth", -1.5, "1,5%")]),
    # the base before the colon, and an item's two rates after their labels
    ("Hàng xuất đi tăng so cùng kỳ: hạt điều (lượng: 54,2%; trị giá: 21,1%); cao su 11,3%.",
     [("growth", 54.2, "54,2%"), ("growth", 21.1, "21,1%"), ("growth", 11.3, "11,3%")]),
    ("Nhập khẩu của các khu vực tăng so tháng trước: khu vực FDI (4,1%); tư nhân (5,4%).",
     [("growth", 4.1, "4,1%"), ("growth", 5.4, "5,4%")]),
    # a structure's list after a colon keeps its shares
    ("Cơ cấu kinh tế: nông nghiệp 20%; công nghiệp 35%; dịch vụ 45%.",
     [("share", 20.0, "20%"), ("share", 35.0, "35%"), ("share", 45.0, "45%")]),
    # "tỷ lệ tăng" is the rate of a change, not a share
    ("So với 40.000 lượt của cùng kỳ thì tỷ lệ tăng lên tới 125%.", [("amount", 40000.0, "40.000 lượt"),
                                                                    ("growth", 125.0, "125%")]),
    # a share named by its share word stays one
    ("Tỷ lệ hộ nghèo còn 3,2%.", [("share", 3.2, "3,2%")]),
])
def test_session36_rates_of_change_named_as_such(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.kind, f.value, f.raw_text) for f in parse_document(text).figures] == expected
