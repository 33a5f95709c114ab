"""A digest's table of places (one row a province or region) and yearbook columns: which lines are rows, which
head gives each column its unit and kind (tests of plain functions and of the parser on tables we wrote)."""

from parsing import parse_document
from parsing.tables import (
    _PERCENT,
    _is_index,
    _line,
    _named_rows,
    _names_a_place,
    _units_over_columns,
    table_figures,
)


def _header(*texts: str):
    at, lines = 0, []
    for text in texts:
        lines.append(_line(at, text))
        at += len(text) + 1
    return lines


def test_rows_run_together_are_cut_before_each_label_only_when_every_piece_has_the_same_cells():
    line = "Đồng bằng sông Hồng 6.946,5 25,4 Tây Nguyên 1.633,1 5,9 Đông Nam Bộ 2.485,3 9,1"
    assert [text for _, text in _named_rows(0, line)] == [
        "Đồng bằng sông Hồng 6.946,5 25,4", "Tây Nguyên 1.633,1 5,9", "Đông Nam Bộ 2.485,3 9,1"]
    # a sentence: pieces of one number each, or of different counts, are never cut
    sentence = "Doanh thu tăng 5,2% và lượng khách tăng 3,1% so với năm 2023 1"
    assert len(_named_rows(0, sentence)) == 1
    assert len(_named_rows(0, "Hà Nội 1.234 5,6 Huế 2.345")) == 1


def test_a_place_is_a_province_a_larger_area_or_a_district():
    assert _names_a_place("TP. Hồ Chí Minh") and _names_a_place("Tỉnh Bà Rịa – Vũng Tàu")
    assert _names_a_place("Tây Nguyên") and _names_a_place("Huyện Kim Bôi")
    assert not _names_a_place("Tổng lượt khách") and not _names_a_place("Doanh thu du lịch")


def test_a_ranking_of_places_one_number_a_line_is_a_one_column_table():
    text = "QUY MÔ GRDP NĂM 2023 (Tỷ đồng)\n1) TP. Hồ Chí Minh 1.581.000\n2) Hà Nội 1.243.000\n3) Bình Dương 484.000\n"
    figures, _ = table_figures(text)
    assert [(f.raw_text, f.value, f.unit) for f in figures] == [
        ("1.581.000", 1.581e15, "VND"), ("1.243.000", 1.243e15, "VND"), ("484.000", 4.84e14, "VND")]
    # two such lines are prose, and places with a number under no unit are no figures
    assert table_figures("Hà Nội 1.243.000\nBình Dương 484.000\nĐã có 3 dự án mới.\n")[0] == []
    assert table_figures("Quy mô GRDP\nHải Dương 215400\nThái Nguyên 198700\nBắc Giang 187300\n")[0] == []


def test_heads_one_a_line_give_each_column_its_own_unit_or_the_tables():
    heads = _header("Đơn vị: tỷ đồng", "STT", "Địa phương", "Thực hiện", "% dự toán", "% cùng kỳ")
    columns = _units_over_columns(heads, 3)
    assert [c.head for c in columns] == ["Thực hiện", "% dự toán", "% cùng kỳ"]
    assert [(c.unit.unit, c.unit.multiplier) for c in columns if c.unit] == [("VND", 1e9), ("percent", 1.0),
                                                                             ("percent", 1.0)]
    # heads naming no unit and no table unit above them: no columns
    assert _units_over_columns(_header("Địa phương", "Thực hiện", "Kế hoạch", "% cùng kỳ"), 3) == []


def test_a_head_says_whether_its_percentages_are_an_index_a_change_or_a_share():
    assert _is_index("So cùng kỳ (%)", "", [152.3]) and _is_index("% cùng kỳ", "", [98.4])
    assert not _is_index("Tăng so với cùng kỳ (%)", "", [30.6])  # the change itself
    assert not _is_index("So với dự toán (%)", "", [92.1]) and not _is_index("% kế hoạch", "", [104.0])
    assert _PERCENT.unit == "percent"


def test_a_digest_table_of_provinces_reads_every_cell():
    text = ("Tỉnh, thành phố\nVốn đăng ký (triệu USD)\nTỷ trọng (%)\nSo cùng kỳ (%)\n"
            "Bắc Ninh\n3.860,4\n15,7\n128,6\nHải Phòng\n2.540,8\n10,3\n96,2\nQuảng Ninh\n2.012,5\n8,2\n241,0\n")
    got = [(f.raw_text, f.kind, round(f.value, 6), f.unit) for f in parse_document(text).figures]
    assert got[:3] == [("3.860,4", "amount", 3860400000.0, "USD"), ("15,7", "share", 15.7, "percent"),
                       ("128,6", "growth", 28.6, "percent")]
    assert len(got) == 9


def test_cells_printing_their_percent_sign_under_heads_naming_a_ratio():
    text = ("Địa phương | Doanh thu (tỷ đồng) | Tỷ trọng | Tăng/giảm so cùng kỳ\n"
            "Khánh Hòa | 28.400 | 8,1% | +31,2%\nLâm Đồng | 12.350 | 3,5% | -4,6%\nKiên Giang | 19.820 | 5,7% | +12%\n")
    got = [(f.raw_text, f.kind, f.value) for f in table_figures(text)[0]]
    assert got[:3] == [("28.400", "amount", 28400e9), ("8,1%", "share", 8.1), ("+31,2%", "growth", 31.2)]
    assert ("-4,6%", "growth", -4.6) in got
    # a sentence ending in a percentage is no cell: no table
    assert table_figures("Doanh thu tăng 31,2%\nLượng khách tăng 12%\nCông suất phòng đạt 65%\n")[0] == []


def test_year_heads_kept_apart_by_bars_take_the_unit_line_below_them_and_a_comparison_near_100_is_an_index():
    text = ("Địa phương | Năm 2022 | Năm 2023 | So sánh (%)\nĐơn vị: tỷ đồng\n"
            "Hà Nội | 333.000 | 369.000 | 110,8\nTP.HCM | 457.500 | 481.000 | 105,1\nHải Phòng | 108.674 | 98.390 | 90,5\n")
    got = [(f.raw_text, f.kind, round(f.value, 6), f.unit) for f in table_figures(text)[0]]
    assert got[:3] == [("333.000", "amount", 333000e9, "VND"), ("369.000", "amount", 369000e9, "VND"),
                       ("110,8", "growth", 10.8, "percent")]
    assert ("90,5", "growth", -9.5, "percent") in got


def test_heads_wrapped_over_lines_each_closed_by_its_unit():
    from parsing.tables import _head_unit, _heads_closed_by_units
    heads = _header("Vùng", "Tăng trưởng GRDP", "(%)", "GRDP/", "người", "(Tr VNĐ)", "Xếp hạng", "(Theo GRDP/ người)",
                    "Vùng Tây Nguyên", "(5 tỉnh)")
    columns = _heads_closed_by_units(heads, 3)
    assert [c.unit.unit if c.unit else None for c in columns] == ["percent", "VND/person", None]
    assert _head_unit("Tr VNĐ").multiplier == 1e6 and _head_unit("1000 ha").multiplier == 1e3
    # one head in two languages is no two columns
    assert _heads_closed_by_units(_header("Số giáo viên (Người)", "Number of teachers (Pers.)"), 2) == []


def test_a_head_naming_a_counted_noun_beside_a_head_naming_money():
    text = ("Tỉnh/thành phố\nSố dự án\nVốn đăng ký (triệu USD)\nBắc Ninh\n125\n3.860,4\nHải Phòng\n98\n2.540,8\n"
            "Quảng Ninh\n41\n2.012,5\n")
    got = [(f.raw_text, f.value, f.unit) for f in table_figures(text)[0]]
    assert got[:2] == [("125", 125.0, "project"), ("3.860,4", 3860400000.0, "USD")]


def test_row_numbers_one_a_line_are_the_evenly_spaced_run_not_a_cell_counting_along_by_chance():
    from parsing.tables import _row_numbers
    # each row: its number, its province, two cells, the districts' count, the capital; "2" districts in row 1
    # and "3" in row 2 would count along with the row numbers
    rows = [("1", "Lào Cai", "6.364,0", "770.640", "2", "Thành phố Lào Cai"),
            ("2", "Yên Bái", "6.892,7", "838.181", "3", "Thành phố Yên Bái"),
            ("3", "Sơn La", "14.109,8", "1.300.130", "11", "Thành phố Sơn La"),
            ("4", "Hòa Bình", "4.591,0", "875.430", "9", "Thành phố Hòa Bình")]
    lines = _header(*[cell for row in rows for cell in row])
    kept = [line.text for line in _row_numbers(lines) if line.cells]
    assert kept == [cell for row in rows for cell in row[2:5]]


def test_a_first_row_label_in_parentheses_under_heads_one_a_line_is_no_head():
    text = ("Địa phương\nVốn đăng ký (triệu USD)\nTỷ trọng (%)\nSo cùng kỳ (%)\nThành phố Hồ Chí Minh (TP.HCM)\n"
            "3.860,4\n15,7\n128,6\nHải Phòng\n2.540,8\n10,3\n96,2\nQuảng Ninh\n2.012,5\n8,2\n241,0\n")
    got = [(f.raw_text, f.kind, f.unit) for f in table_figures(text)[0]]
    assert got[:3] == [("3.860,4", "amount", "USD"), ("15,7", "share", "percent"), ("128,6", "growth", "percent")]


def test_units_after_each_name_in_one_head_line_over_cells_one_a_line():
    text = ("Địa phương    Vốn đăng ký (triệu USD)    So cùng kỳ (%)\n"
            "Bắc Ninh\n3.860,4\n128,6\nHải Phòng\n2.540,8\n96,2\nQuảng Ninh\n2.012,5\n241,0\n")
    got = [(f.raw_text, f.kind, round(f.value, 6)) for f in table_figures(text)[0]]
    assert got[:2] == [("3.860,4", "amount", 3860400000.0), ("128,6", "growth", 28.6)]


def test_a_rank_column_gives_no_figures_and_the_rows_head_is_no_column():
    text = ("Địa phương | Vốn đăng ký (triệu USD) | Xếp hạng\n"
            "Bắc Ninh | 3.860,4 | 1\nHải Phòng | 2.540,8 | 2\nQuảng Ninh | 2.012,5 | 3\n")
    assert [(f.raw_text, f.unit) for f in table_figures(text)[0]] == [
        ("3.860,4", "USD"), ("2.540,8", "USD"), ("2.012,5", "USD")]
    cells = ("Địa phương\nVốn đăng ký (triệu USD)\nSo cùng kỳ (%)\nXếp hạng\n"
             "Bắc Ninh\n3.860,4\n128,6\n1\nHải Phòng\n2.540,8\n96,2\n2\nQuảng Ninh\n2.012,5\n241,0\n3\n")
    assert [f.raw_text for f in table_figures(cells)[0]] == ["3.860,4", "128,6", "2.540,8", "96,2", "2.012,5", "241,0"]
