"""Each figure's own region and period (parsing/scope.py), and checks that compare figures by them.

The digest below is written by us, with figures of the kind national round-ups print.
"""

from datetime import date

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
    # A digest of several provinces has no region of its own (parsing/metadata.py), so every
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
