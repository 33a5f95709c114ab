"""Set R36 (by frequency, on B10 to B16): figures told in a list of other values of their key in their own sentence,
or given with their share of a whole ("chiếm"), are parts, no second statement of a figure told elsewhere. Texts of
our own wording."""

from validation_helpers import frames

from schemas.validate import check_batch


def _checked(text, name="r36-report.txt"):
    documents, figures = frames((name, text))
    failures = check_batch(documents, figures)
    twice = failures[failures["check_name"] == "stated_twice"]
    return twice[twice["severity"] == "error"], twice


_BY_SECTOR_AND_COUNTRY = (
    "Năm 2023, tỉnh thu hút 20 dự án FDI. Lĩnh vực công nghiệp chế biến có 8 dự án, vốn đăng ký 53,7 triệu USD, "
    "chiếm 53,7%; lĩnh vực dịch vụ có 12 dự án, vốn đăng ký 46,3 triệu USD, chiếm 46,3%. Theo đối tác, Nhật Bản có "
    "5 dự án, vốn đăng ký 60 triệu USD, chiếm 60%; Hàn Quốc có 3 dự án, vốn đăng ký 20 triệu USD, chiếm 20%.")


def test_the_parts_of_two_breakdowns_are_not_one_figure_stated_twice():
    errors, twice = _checked(_BY_SECTOR_AND_COUNTRY)
    assert errors.empty
    assert len(twice) == 4
    assert twice["message"].str.contains("stands in a list of other values of its key").all()


def test_a_part_given_with_its_share_of_a_whole_is_no_restatement():
    text = ("Năm 2023, tỉnh thu hút 20 dự án FDI. Dẫn đầu là Nhật Bản với 5 dự án; vốn đăng ký 60 triệu USD, chiếm "
            "60%. Ngành công nghiệp chế biến thu hút nhiều nhất với 8 dự án; vốn đăng ký 53,7 triệu USD, chiếm 53,7%.")
    errors, twice = _checked(text)
    assert errors.empty
    assert len(twice) == 1 and "share of a whole" in twice.iloc[0]["message"]
    # without the shares nothing tells the two apart from one figure stated twice
    errors, _ = _checked(text.replace(", chiếm 60%", "").replace(", chiếm 53,7%", ""))
    assert len(errors) == 1


def test_a_figure_stated_twice_is_still_an_error_beside_a_list_in_another_sentence():
    text = ("6 tháng đầu năm 2024, tỉnh đón 250.000 lượt khách du lịch. Sa Pa đón 120.000 lượt khách, Bắc Hà đón "
            "30.000 lượt khách. Trong 6 tháng đầu năm 2024, tỉnh đón 260.000 lượt khách du lịch, tăng 12%.")
    errors, _ = _checked(text)
    assert len(errors) == 1
    assert "'250.000 lượt khách'" in errors.iloc[0]["message"] and "'260.000 lượt khách'" in errors.iloc[0]["message"]


def test_a_list_is_of_one_part_of_the_period():
    # The month's figure and the months' to date share a sentence but are no list: the months' figure stated again
    # with another value is still an error.
    text = ("Tháng 6 năm 2024, tỉnh đón 40.000 lượt khách, 6 tháng đầu năm 2024 đón 250.000 lượt khách. 6 tháng đầu "
            "năm 2024, tỉnh đón 260.000 lượt khách.")
    errors, _ = _checked(text)
    assert [("'250.000 lượt khách'" in m and "'260.000 lượt khách'" in m) for m in errors["message"]] == [True]


def test_the_corpus_text_of_two_breakdowns_raises_no_error():
    from pathlib import Path

    text = (Path(__file__).parents[1] / "parsing" / "corpus" / "realprose-r36-two-breakdowns.txt").read_text("utf-8")
    errors, twice = _checked(text, "realprose-r36-two-breakdowns.txt")
    assert errors.empty and len(twice) == 9
