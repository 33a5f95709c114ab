"""Tables flattened into lines (parsing/tables.py): index captions, unit lines, keys of rows, and the checks.

The tables are written by us in the layout of provincial yearbook pages and statistics releases.
"""

from datetime import date

from validation_helpers import frames

from parsing import parse_document
from parsing.tables import table_figures
from schemas.validate import check_batch

# A caption naming the index's base on a line of its own, above the unit line.
INDEX_CAPTION = """Chỉ số phát triển giá trị sản xuất nông nghiệp
phân theo ngành (Năm trước = 100)
Đơn vị tính - Unit: %
                          2020      2021      2022
Tổng số - Total          103,12    102,85    104,06
Trồng trọt - Cultivation 101,40     97,92    102,75
Chăn nuôi - Livestock    106,25    105,10    106,80
"""

# The base in a heading inside the table, and again as a row label ("Năm trước = 100"): its 100 is no cell.
MONTHS_INDEX = """Chỉ số giá tiêu dùng các tháng trong năm
%
                          2021      2022      2023
Tháng trước = 100 - Previous month = 100
Tháng 1 - Jan.           100,45    100,32    100,81
Tháng 2 - Feb.           101,96     99,58    100,14
Năm trước = 100 - Previous year = 100   103,30   102,91   102,25
"""

# Compared with another period in the caption, every cell near 100: an index.
COMPARED = """Chỉ số giá tiêu dùng các tháng năm 2024 so với tháng 12 năm trước
Đơn vị tính - Unit: %
Tháng 1 Tháng 2 Tháng 3
Chỉ số giá tiêu dùng 100,62 101,35 101,02
Giao thông - Transport 101,10 102,47 101,88
Giáo dục - Education 100,00 100,00 100,05
"""

# A structure table compared with a total: shares, far below 100, stay shares.
STRUCTURE = """Cơ cấu lao động so với tổng số lao động đang làm việc
Đơn vị tính - Unit: %
                          2021      2022      2023
Nông nghiệp              38,20     36,45     35,10
Công nghiệp              30,15     31,00     31,85
Dịch vụ                  31,65     32,55     33,05
"""

# A caption naming the index by what it measures, no base printed (a yearbook's industrial production index).
NAMED_INDEX = """Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp
Index of industrial production by industrial activity
Đơn vị tính - Unit: %
                          2021      2022      2023
TỔNG SỐ - TOTAL          107,15    111,40    106,85
Khai khoáng - Mining      98,64    103,77     92,10
"""

# "Chỉ số" meaning indicators: rates near 100 under it stay shares.
SOME_INDICATORS = """Một số chỉ số về y tế
Đơn vị tính - Unit: %
                          2021      2022      2023
Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ   96,50   97,20   98,05
Tỷ lệ dân số tham gia bảo hiểm y tế                91,30   92,45   93,10
"""

# A structure whose total the source printed above 100 (its parts add up to it): a real slip.
STRUCTURE_SLIP = """Cơ cấu giá trị sản xuất phân theo khu vực kinh tế
Đơn vị tính - Unit: %
                          2021      2022      2023
Tổng số - Total          100,00    100,00    100,40
Nông nghiệp              20,15     19,80     19,52
Công nghiệp              45,30     46,05     46,88
Dịch vụ                  34,55     34,15     34,00
"""

# A yearbook page of several years and many rows under a bare unit line, with equal cells in one column.
MULTI_YEAR = """Diện tích cây ăn quả phân theo huyện
Planted area of fruit trees by district
                                                  Ha
                          2019      2020      2021      2022    Sơ bộ 2023
TỔNG SỐ - TOTAL         12.480,5  12.915,0  13.402,6  13.388,1  13.610,9
Huyện Cao Phong
Cao Phong district       3.210,0   3.210,0   3.305,4   3.290,2   3.318,7
Huyện Lạc Sơn
Lac Son district         1.102,7   1.120,5   1.098,2   1.130,0   1.141,3
Huyện Tân Lạc
Tan Lac district           967,8     959,3     998,5     979,4   1.036,4
Huyện Kim Bôi
Kim Boi district           436,0     532,6     455,9     536,5     474,1
Huyện Yên Thủy
Yen Thuy district          967,8   1.529,6   1.535,2   1.619,5   1.501,6
"""


def _cells(text):
    return table_figures(text)[0]


def test_a_caption_naming_the_previous_year_as_100_makes_every_cell_a_growth():
    cells = _cells(INDEX_CAPTION)
    assert [(c.raw_text, c.kind, c.value) for c in cells[:4]] == [
        ("103,12", "growth", 3.12), ("102,85", "growth", 2.85), ("104,06", "growth", 4.06),
        ("101,40", "growth", 1.4)]
    assert next(c for c in cells if c.raw_text == "97,92").value == -2.08  # a fall: below 100


def test_a_base_named_in_the_table_makes_its_rows_growth_and_its_100_is_no_cell():
    cells = _cells(MONTHS_INDEX)
    assert "100" not in [c.raw_text for c in cells]
    assert len(cells) == 9
    assert {c.kind for c in cells} == {"growth"}
    assert [c.value for c in cells[-3:]] == [3.3, 2.91, 2.25]


def test_a_caption_comparing_with_another_period_makes_cells_near_100_growth():
    cells = _cells(COMPARED)
    assert len(cells) == 9 and {c.kind for c in cells} == {"growth"}
    assert cells[0].value == 0.62


def test_a_structure_compared_with_a_total_stays_a_share():
    cells = _cells(STRUCTURE)
    assert len(cells) == 9 and {c.kind for c in cells} == {"share"}
    assert cells[0].value == 38.2


def test_a_caption_naming_an_index_by_what_it_measures_makes_cells_near_100_growth():
    cells = _cells(NAMED_INDEX)
    assert [(c.raw_text, c.kind, c.value) for c in cells[:4]] == [
        ("107,15", "growth", 7.15), ("111,40", "growth", 11.4), ("106,85", "growth", 6.85), ("98,64", "growth", -1.36)]


def test_rows_of_empty_cells_keep_the_table_and_its_index_going():
    text = NAMED_INDEX + """Khai thác than cứng và than non
Mining of coal and lignite        -         -         -
Khai thác dầu thô và khí đốt tự nhiên
Extraction of crude petroleum and natural gas   -   -   -
Khai thác quặng kim loại - Mining of metal ores   97,30   104,16   95,85
"""
    cells = _cells(text)
    assert [(c.raw_text, c.kind, c.value) for c in cells[-3:]] == [
        ("97,30", "growth", -2.7), ("104,16", "growth", 4.16), ("95,85", "growth", -4.15)]
    assert cells[-1].indicator_text.startswith("Khai thác quặng kim loại")


def test_some_indicators_near_100_stay_shares():
    cells = _cells(SOME_INDICATORS)
    assert len(cells) == 6 and {c.kind for c in cells} == {"share"}
    assert cells[0].value == 96.5


def test_a_named_index_raises_no_share_out_of_range_and_a_structure_above_100_still_does():
    failures = check_batch(*frames(("iip.txt", NAMED_INDEX), ("health.txt", SOME_INDICATORS),
                                   ("structure.txt", STRUCTURE_SLIP)))
    out = failures[failures["check_name"] == "schema:share_out_of_range"]
    assert [(m, s) for m, s in zip(out["message"], out["severity"])] == [
        ("'100,40': a share must lie within 0..100 percent (kind = 'share', value = 100,4)", "error")]


def test_a_line_holding_only_a_unit_gives_the_table_its_unit():
    cells = _cells(MULTI_YEAR)
    assert len(cells) == 30
    assert {(c.unit, c.kind) for c in cells} == {("hectare", "amount")}


def test_each_cell_takes_its_columns_year_and_its_rows_words():
    cells = [c for c in _cells(MULTI_YEAR) if c.indicator_text.startswith("Huyện Lạc Sơn")]
    assert [(c.raw_text, c.period_label, c.period_start) for c in cells] == [
        ("1.102,7", "2019", date(2019, 1, 1)), ("1.120,5", "2020", date(2020, 1, 1)),
        ("1.098,2", "2021", date(2021, 1, 1)), ("1.130,0", "2022", date(2022, 1, 1)),
        ("1.141,3", "Sơ bộ 2023", date(2023, 1, 1))]


def test_only_a_row_standing_for_the_whole_takes_the_captions_key():
    text = MULTI_YEAR.replace("Diện tích cây ăn quả", "Diện tích gieo trồng lúa")
    cells = _cells(text)
    assert {c.indicator for c in cells if c.indicator_text.startswith("TỔNG SỐ")} == {"rice_area"}
    assert {c.indicator for c in cells if c.indicator_text.startswith("Huyện")} == {None}  # a district is a part


def test_two_columns_the_caption_names_alike_lose_the_key():
    # two measures a year under one caption: the key cannot tell the columns apart
    text = """Số hộ nghèo phân theo khu vực (hộ)
                 Thành thị   Nông thôn
2020                 1.120       4.120
2021                 1.050       3.870
2022                   980       3.515
"""
    cells = _cells(text)
    assert len(cells) == 6 and {c.indicator for c in cells} == {None}


def test_a_multi_year_table_raises_no_stated_twice_and_no_share_out_of_range():
    text = MULTI_YEAR.replace("Diện tích cây ăn quả", "Diện tích gieo trồng lúa")
    documents, figures = frames(("yearbook.txt", text), ("index.txt", INDEX_CAPTION), ("cpi.txt", MONTHS_INDEX),
                                ("compared.txt", COMPARED))
    failures = check_batch(documents, figures)
    assert failures[failures["check_name"].isin(["stated_twice", "schema:share_out_of_range"])].empty, \
        failures["message"].tolist()


def test_a_prose_figure_and_a_table_cell_of_one_indicator_and_year_are_still_compared():
    # the table's total for 2022 and a sentence on the same year disagree: the check still sees it
    text = MULTI_YEAR.replace("Diện tích cây ăn quả", "Diện tích gieo trồng lúa") + (
        "\nNăm 2022, diện tích gieo trồng lúa toàn tỉnh đạt 15.388,1 ha.\n")
    failures = check_batch(*frames(("yearbook.txt", text)))
    twice = failures[failures["check_name"] == "stated_twice"]
    assert len(twice) == 1 and "13.388,1" in twice["message"].iloc[0]


def test_the_whole_parse_keeps_the_index_cells_as_growth():
    kinds = {f.raw_text: f.kind for f in parse_document(INDEX_CAPTION).figures}
    assert kinds["106,80"] == "growth"


# A portal's table of key indicators: a column of units beside the years, decimals written with a dot, rows
# cut short of the last year, and percentage rows under the row that names their kind.
UNIT_COLUMN = """Chỉ tiêu chủ yếu toàn tỉnh
Chỉ tiêu ĐV tính 2019 2020 2021 2022
Tốc độ tăng trưởng kinh tế GRDP % 7.10 3.25 5.60
- Dịch vụ % 6.40 2.10 4.95
Tổng giá trị gia tăng (giá hiện hành) Tỷ đồng 41741.50 46213.80 52370.80 58110.25
GRDP bình quân đầu người USD USD 1609.00 1821.00 1934.00 2105.00
Cơ cấu giá trị gia tăng theo ngành kinh tế % %
Nông, lâm nghiệp và thủy sản % 23.60 22.50 21.40 20.15
Hệ số ICOR 5.90 5.50 5.00 4.80
"""


def test_a_row_naming_its_own_unit_in_a_unit_column_gives_its_cells_that_unit():
    cells = {c.raw_text: c for c in _cells(UNIT_COLUMN)}
    assert (cells["7.10"].kind, cells["7.10"].value, cells["7.10"].period_label) == ("growth", 7.1, "2019")
    assert cells["6.40"].kind == "growth"  # "- Dịch vụ %" under the growth row
    assert (cells["41741.50"].unit, cells["41741.50"].value) == ("VND", 41741.5e9)
    assert cells["1609.00"].unit == "USD/person"  # "bình quân đầu người": a rate, as in prose
    assert (cells["23.60"].kind, cells["20.15"].period_label) == ("share", "2022")  # under "Cơ cấu", not growth
    assert "5.90" not in cells  # a coefficient with no unit is no figure


def test_value_added_is_no_growth():
    text = UNIT_COLUMN.replace("Tốc độ tăng trưởng kinh tế GRDP % 7.10 3.25 5.60\n- Dịch vụ % 6.40 2.10 4.95\n", "")
    cells = {c.raw_text: c for c in _cells(text)}
    assert cells["23.60"].kind == "share"


# One cell a line between "|" lines, a unit in parentheses over each column, and a year alone naming each row.
COLUMN_UNITS = """Năm
|
Diện tích
|
Sản lượng
|
Năng suất
|
(ha)
|
(tấn)
|
(tạ/ha)
|
2021
|
12.450
|
61.380
|
49,3
|
2022
|
12.610
|
63.050
|
50,0
|
"""


def test_a_unit_over_each_column_and_a_year_over_each_row():
    cells = _cells(COLUMN_UNITS)
    assert [(c.raw_text, c.unit, c.period_label) for c in cells] == [
        ("12.450", "hectare", "2021"), ("61.380", "tonne", "2021"), ("49,3", "quintal/hectare", "2021"),
        ("12.610", "hectare", "2022"), ("63.050", "tonne", "2022"), ("50,0", "quintal/hectare", "2022")]


# A release's rates of the plan (ours): the percentages are of the plan, above 100 as often as not.
RATES_OF_PLAN = """Biểu 03. Tỷ lệ thực hiện kế hoạch một số chỉ tiêu chủ yếu năm 2023
Đơn vị tính: %
Chỉ tiêu
Ước thực hiện năm 2023/Kế hoạch năm 2023
Thu ngân sách nhà nước trên địa bàn
104,2
Kim ngạch xuất khẩu
96,5
Vốn đầu tư toàn xã hội
112,3
"""


def test_a_table_of_rates_of_the_plan_gives_percentages_of_the_plan_and_no_share_out_of_range():
    figures, _ = table_figures(RATES_OF_PLAN)
    assert [(f.kind, f.value, f.pct_of_plan, f.plan_basis) for f in figures] == [
        ("share", 104.2, 104.2, "plan"), ("share", 96.5, 96.5, "plan"), ("share", 112.3, 112.3, "plan")]
    failures = check_batch(*frames(("rates-2023.txt", RATES_OF_PLAN)))
    assert failures[failures["severity"] == "error"].empty


def test_a_table_comparing_with_the_plan_and_with_last_year_is_left_to_the_index_rules():
    mixed = RATES_OF_PLAN.replace("Ước thực hiện năm 2023/Kế hoạch năm 2023",
                                  "Ước thực hiện năm 2023 so với cùng kỳ năm trước")
    figures, _ = table_figures(mixed)
    assert all(f.plan_basis is None for f in figures)


def test_a_hard_wrapped_sentence_is_no_table():
    # numbers and percentages alone on their lines, each line going on in lower case: a sentence wrapped by a mail
    # client or a PDF converter, whose figures the sentence reader gives ("khẩu ước" over "2.010" is no row of persons)
    wrapped = ("Tổng\nkim ngạch\nxuất\nnhập\nkhẩu ước\n2.010\ntriệu\nUSD, đạt\n65,26%\nkế\nhoạch, tăng\n44,6%\nso\n"
               "với cùng\nkỳ, trong\nđó xuất\nkhẩu\n690\ntriệu USD,\nđạt\n51,49%\nkế hoạch.")
    assert table_figures(wrapped) == ([], [])
    herd = "Tổng đàn trâu đạt\n28.400\ncon, giảm\n520\ncon (bằng 1,8%); có hơn\n8.000\nngười và\n100%\ncơ sở y tế."
    assert table_figures(herd) == ([], [])
    # the same numbers one a line under a head, the next line a place: a table still
    table = "Tỉnh\nTăng trưởng (%)\nBắc Ninh\n8,1%\nHải Phòng\n10,2%\nQuảng Ninh\n9,5%\n"
    assert [f.value for f in table_figures(table)[0]] == [8.1, 10.2, 9.5]
