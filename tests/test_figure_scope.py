"""Each figure's own region and period (parsing/scope.py), and checks that compare figures by them.

The digest below is written by us, with figures of the kind national round-ups print.
"""

from datetime import date

import pytest
from validation_helpers import frames

from parsing import parse_document
from schemas.validate import check_batch

DIGEST = """Du lịch các địa phương 6 tháng đầu năm 2024

Tại Khánh Hòa, 6 tháng đầu năm đón 4,2 triệu lượt khách, tăng 48% so với cùng kỳ. Doanh thu du lịch đạt 21.000 tỷ đồng.

Quảng Ninh đón 9,5 triệu lượt khách. Doanh thu du lịch ước đạt 19.500 tỷ đồng, tăng 17%.

Thanh Hóa

Toàn tỉnh đón 8,1 triệu lượt khách; doanh thu du lịch đạt 13.000 tỷ đồng.

Riêng tháng 6, Thanh Hóa đón 2,1 triệu lượt khách, cao hơn khách từ Hà Nội về.
"""


def _figures(text):
    return {f.raw_text: f for f in parse_document(text).figures}


def test_a_province_named_before_a_figure_gives_it_that_region():
    figures = _figures(DIGEST)
    assert figures["4,2 triệu lượt khách"].region == "Khánh Hòa"
    assert figures["21.000 tỷ đồng"].region == "Khánh Hòa"  # named earlier in its paragraph
    assert figures["9,5 triệu lượt khách"].region == "Quảng Ninh"
    assert figures["8,1 triệu lượt khách"].region == "Thanh Hóa"  # from the heading line above
    # A digest of several provinces has no region of its own (parsing/report_region.py), so every
    # figure's region comes from its text
    assert parse_document(DIGEST).meta.region is None
    assert (figures["9,5 triệu lượt khách"].region_source, figures["8,1 triệu lượt khách"].region_source) == (
        "text", "text")


def test_a_month_named_in_the_sentence_gives_the_figure_that_month():
    june = _figures(DIGEST)["2,1 triệu lượt khách"]
    assert (june.period_start, june.period_end, june.period_source) == (date(2024, 6, 1), date(2024, 6, 30), "text")
    half = _figures(DIGEST)["8,1 triệu lượt khách"]
    assert (half.period_start, half.period_end, half.period_source) == (date(2024, 1, 1), date(2024, 6, 30),
                                                                        "document")


def test_an_origin_or_a_yardstick_is_not_the_figures_region():
    text = "Lạng Sơn 6 tháng đầu năm 2021. So với Cao Bằng, xuất khẩu đạt 690 triệu USD."
    assert _figures(text)["690 triệu USD"].region == "Lạng Sơn"


def test_last_years_value_gets_last_years_period():
    text = "Lạng Sơn 6 tháng đầu năm 2021. Kim ngạch xuất khẩu đạt 690 triệu USD, cùng kỳ năm 2020 đạt 600 triệu USD."
    figure = _figures(text)["600 triệu USD"]
    assert (figure.period_start, figure.period_end) == (date(2020, 1, 1), date(2020, 6, 30))


def test_a_crop_season_named_in_the_sentence_is_the_figures_period_and_its_base_the_season_before():
    # our wording; the report is filed under the year its headline names, the figure under the season
    text = ("Năm 2023, Thái Bình được mùa cây vụ đông\n\nTheo Sở Nông nghiệp, vụ đông 2022-2023, toàn tỉnh trồng 2.100 ha "
            "khoai tây, sản lượng ước 38.000 tấn, tăng 6% so với năm 2021.")
    assert (parse_document(text).meta.period_start, parse_document(text).meta.period_end) == (date(2023, 1, 1),
                                                                                              date(2023, 12, 31))
    figure = _figures(text)["38.000 tấn"]
    assert (figure.period_start, figure.period_end, figure.period_source) == (date(2022, 1, 1), date(2023, 12, 31),
                                                                              "text")
    assert figure.yoy_change_pct == 6.0  # "năm 2021" is the season before, no far year


def test_without_a_scope_in_the_text_a_figure_takes_the_documents():
    figure = _figures("Lạng Sơn 6 tháng đầu năm 2021. Kim ngạch xuất khẩu đạt 690 triệu USD.")["690 triệu USD"]
    assert (figure.region, figure.region_source, figure.period_label) == ("Lạng Sơn", "document",
                                                                           "6 tháng đầu năm 2021")


def test_a_digest_of_several_provinces_raises_no_failure_pairing_two_of_them():
    documents, figures = frames(("digest.txt", DIGEST))
    failures = check_batch(documents, figures)
    regions = figures.set_index("ordinal")["region"]
    paired = [f for f in failures.itertuples() if len({regions[o] for o in f.figure_ordinals}) > 1]
    assert paired == []
    assert failures[failures["severity"] == "error"].empty, failures["message"].tolist()


def test_one_province_stating_a_figure_twice_apart_is_still_an_error():
    slipped = DIGEST.replace("Toàn tỉnh đón 8,1 triệu lượt khách;",
                             "Toàn tỉnh đón 8,1 triệu lượt khách. Thanh Hóa đón 8,7 triệu lượt khách;")
    documents, figures = frames(("digest.txt", slipped))
    errors = check_batch(documents, figures).query("severity == 'error'")
    assert errors["check_name"].tolist() == ["stated_twice"]
    assert "'8,1 triệu lượt khách'" in errors.iloc[0]["message"] and "8,7" in errors.iloc[0]["message"]


def test_a_total_and_a_part_sharing_the_key_warn_with_the_reason():
    text = ("Đà Nẵng 6 tháng đầu năm 2024. Tổng lượt khách đạt 254.000 lượt khách, trong đó khách nội địa "
            "246.600 lượt khách. Thương mại ổn định. Lượt khách đạt 246.600 lượt khách.")
    documents, figures = frames(("x.txt", text))
    failures = check_batch(documents, figures)
    twice = failures[failures["check_name"] == "stated_twice"]
    assert set(twice["severity"]) <= {"warning"}
    assert all("a total or a part" in m or "described differently" in m for m in twice["message"])


def test_components_that_do_not_add_up_are_still_an_error_in_a_digest():
    text = DIGEST + ("\nTại Quảng Ninh, tổng kim ngạch xuất nhập khẩu ước 2.010 triệu USD, trong đó xuất khẩu "
                     "680 triệu USD; nhập khẩu 1.320 triệu USD.\n")
    documents, figures = frames(("digest.txt", text))
    errors = check_batch(documents, figures).query("severity == 'error'")
    assert "components_sum" in errors["check_name"].tolist()


def test_reprinted_digests_in_the_warehouse_are_compared_province_by_province(settings, tmp_path):
    import duckdb
    from validation_helpers import ingest

    reprint = DIGEST.replace("Quảng Ninh đón 9,5 triệu lượt khách", "Quảng Ninh đón 9,9 triệu lượt khách")
    ingest(settings, tmp_path, **{"digest-a.txt": DIGEST})
    ingest(settings, tmp_path, **{"digest-b.txt": reprint})
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        failures = con.execute(
            """SELECT v.check_name, v.severity, list_sort(list(DISTINCT f.region)), list_sort(list(f.raw_text))
               FROM validation_failures v, figures f WHERE list_contains(v.figure_ids, f.figure_id)
               GROUP BY v.failure_id, v.check_name, v.severity""").fetchall()
        regions = dict(con.execute("SELECT raw_text, region FROM figures WHERE raw_text LIKE '%triệu lượt khách'"
                                   " AND document_id = 1").fetchall())
    assert failures == [("reported_differently", "error", ["Quảng Ninh"],
                         ["9,5 triệu lượt khách", "9,9 triệu lượt khách"])]
    assert regions["4,2 triệu lượt khách"] == "Khánh Hòa"


def test_a_ranking_of_two_years_keeps_each_provinces_figure_in_its_year():
    text = ("Tăng trưởng GRDP các tỉnh\n\nNăm 2017, tăng trưởng GRDP cao nhất gồm: Hà Nam (10,81%), Quảng Ninh (10,13%).\n"
            "Đến năm 2021, tăng trưởng GRDP cao nhất gồm: Quảng Ninh (10,28%), Hà Nam (8,85%).\n")
    figures = _figures(text)
    assert [(figures[v].region, figures[v].period_start.year) for v in ("10,81%", "8,85%")] == [
        ("Hà Nam", 2017), ("Hà Nam", 2021)]
    documents, frame = frames(("ranking.txt", text))
    assert check_batch(documents, frame).empty


def test_the_parts_of_a_rate_are_never_summed():
    text = ("Lâm Đồng năm 2020. Diện tích cà phê kinh doanh 162.040 ha, năng suất bình quân 31,9 tạ/ha. Trong đó: "
            "cà phê vối 148.772 ha, năng suất bình quân 32,1 tạ/ha; cà phê chè 13.268 ha, năng suất bình quân 29,4 tạ/ha.")
    documents, figures = frames(("coffee.txt", text))
    assert check_batch(documents, figures).empty
    slipped = text.replace("13.268 ha", "23.268 ha")  # the areas still add up, or fail
    assert check_batch(*frames(("coffee.txt", slipped)))["check_name"].tolist() == ["components_sum"]


# A flattened yearbook table, written by us: one row a district, one column a year; the last
# column is a preliminary count, and a second table names a half-year column and a year row.
YEARBOOK = """Niên giám thống kê: diện tích gieo trồng

Diện tích lúa cả năm phân theo huyện
Đơn vị tính - Unit: Ha
                          2021      2022      Sơ bộ 2023
Huyện Thanh Sơn         3.210,4   3.210,4   3.305,0
Huyện Yên Lập           2.870,1   2.905,6   2.940,2

Vốn đầu tư thực hiện (Tỷ đồng)
                          2022      6 tháng 2023
Khu vực nhà nước          1.250,0   1.250,0
Khu vực ngoài nhà nước    2.410,5   1.180,2

Số hộ nghèo phân theo khu vực (hộ)
                 Thành thị   Nông thôn
2020                 1.120       4.120
2021                 1.050       3.870
2022                   980       3.515
"""


def test_a_table_cell_takes_its_columns_year_as_its_period():
    cells = [f for f in parse_document(YEARBOOK).figures if f.indicator_text == "Huyện Thanh Sơn"]
    assert [(f.period_label, f.period_start, f.period_end, f.period_source) for f in cells] == [
        ("2021", date(2021, 1, 1), date(2021, 12, 31), "text"),
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "text"),
        ("Sơ bộ 2023", date(2023, 1, 1), date(2023, 12, 31), "text"),  # preliminary, still the year 2023
    ]


def test_a_columns_named_part_of_a_year_is_the_cells_period():
    cells = [f for f in parse_document(YEARBOOK).figures if f.indicator_text == "Khu vực nhà nước"]
    assert [(f.period_label, f.period_start, f.period_end) for f in cells] == [
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("6 tháng 2023", date(2023, 1, 1), date(2023, 6, 30)),
    ]


def test_a_row_named_by_a_year_gives_its_cell_that_year():
    figures = {f.raw_text: f for f in parse_document(YEARBOOK).figures}
    assert (figures["4.120"].period_start, figures["3.515"].period_end) == (date(2020, 1, 1), date(2022, 12, 31))


def test_two_years_of_one_table_row_are_not_one_figure_stated_twice():
    # "3.210,4" in 2021 and 2022, "1.250,0" in 2022 and in the first half of 2023: equal cells of
    # two columns are two facts, and neither they nor the unequal ones are paired by the checks
    documents, figures = frames(("yearbook.txt", YEARBOOK))
    # each cell's year, in the order of the text: two districts x three years, two sectors x two periods,
    # three year rows x two areas
    years = ["2021", "2022", "2023"] * 2 + ["2022", "2023 H1"] * 2 + ["2020", "2020", "2021", "2021", "2022", "2022"]
    year_of = dict(zip(figures.sort_values("char_start")["ordinal"], years, strict=True))
    failures = check_batch(documents, figures)
    twice = failures[failures["check_name"] == "stated_twice"]
    assert [f.message for f in twice.itertuples() if len({year_of[o] for o in f.figure_ordinals}) > 1] == []
    assert twice[twice["severity"] == "error"].empty, twice["message"].tolist()


@pytest.mark.parametrize("text, raw, expected", [
    # a holiday inside a longer report is its figure's period (the official days off when no dates are given)
    ("Trong 9 tháng năm 2024, tỉnh đón 9 triệu lượt khách. Dịp lễ 30/4-1/5, tỉnh đón 120 nghìn lượt khách.",
     "120 nghìn lượt khách", ("2024-04-27", "2024-05-01")),
    # a span of years the figure is averaged over, but not a plan's
    ("Năm 2025, GRDP tăng 8,5%. GRDP bình quân 5 năm 2021-2025 tăng 7,6%/năm.", "7,6%/năm",
     ("2021-01-01", "2025-12-31")),
    ("Năm 2023, khách du lịch đạt 2 triệu lượt. Vốn đầu tư công trung hạn giai đoạn 2021-2025 là 5.000 tỷ đồng.",
     "5.000 tỷ đồng", ("2023-01-01", "2023-12-31")),
    # the first month of a year
    ("Năm 2024, xuất khẩu đạt 4,8 tỷ USD; tháng đầu tiên của năm 2024 đạt 409 triệu USD.", "409 triệu USD",
     ("2024-01-01", "2024-01-31")),
])
def test_a_figures_holiday_span_and_first_month(text, raw, expected):
    figure = next(f for f in parse_document(text).figures if f.raw_text == raw)
    assert (str(figure.period_start), str(figure.period_end)) == expected


def test_a_span_of_years_after_a_comparison_is_its_base_not_the_figures_period():
    text = ("6 tháng đầu năm 2022 có 40.667 doanh nghiệp quay lại hoạt động, gấp 1,9 lần so với trung bình giai đoạn "
            "2017-2021. Trong đó, xây dựng 5.015 doanh nghiệp.")
    part = next(f for f in parse_document(text).figures if f.raw_text == "5.015 doanh nghiệp")
    assert (str(part.period_start), str(part.period_end)) == ("2022-01-01", "2022-06-30")


def test_a_district_named_like_a_province_is_not_the_figures_region():
    text = ("Tỉnh Quảng Bình dịp lễ 2/9 năm 2024. Lễ hội đua thuyền ở huyện Quảng Ninh thu hút 12.000 lượt khách.")
    figure = _figures(text)["12.000 lượt khách"]
    assert (figure.region, figure.region_source) == ("Quảng Bình", "document")


def test_the_end_of_a_month_is_the_figures_year_to_date():
    text = ("Bắc Ninh tháng 12/2023, thu nội địa đạt 1.900 tỷ đồng. Tổng thu ngân sách ước thực hiện hết tháng "
            "11/2023 là 26.497 tỷ đồng, đạt 83,77% dự toán.")
    figure = _figures(text)["26.497 tỷ đồng"]
    assert (figure.period_start, figure.period_end, figure.period_source) == (date(2023, 1, 1), date(2023, 11, 30),
                                                                              "text")


def test_a_running_total_in_a_months_report_runs_from_january():
    text = ("Tình hình thương mại tháng 5/2012\nKim ngạch nhập khẩu tháng 5 ước đạt 63,1 triệu USD, so tháng trước tăng "
            "4,25%. Lũy kế kim ngạch nhập khẩu đạt 279,1 triệu USD, tăng 0,9% so với cùng kỳ.")
    figures = _figures(text)
    month, running = figures["63,1 triệu USD"], figures["279,1 triệu USD"]
    assert (month.period_start, month.period_end) == (date(2012, 5, 1), date(2012, 5, 31))
    assert (running.period_start, running.period_end, running.period_source) == (date(2012, 1, 1), date(2012, 5, 31),
                                                                                 "text")
    # the month's figure and the running total are no figure stated twice
    documents, frame = frames(("trade.txt", text))
    assert check_batch(documents, frame).query("check_name == 'stated_twice'").empty


def test_a_month_named_by_its_name_is_the_figures_period():
    text = ("Kinh tế 6 tháng đầu năm 2023\nTrong tháng Năm, kim ngạch xuất khẩu ước đạt 120 triệu USD. Tính chung 6 "
            "tháng, kim ngạch xuất khẩu đạt 690 triệu USD.")
    figures = _figures(text)
    may, half = figures["120 triệu USD"], figures["690 triệu USD"]
    assert (may.period_start, may.period_end, may.period_source) == (date(2023, 5, 1), date(2023, 5, 31), "text")
    assert (half.period_start, half.period_end) == (date(2023, 1, 1), date(2023, 6, 30))
