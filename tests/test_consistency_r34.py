"""Set R34 (by frequency, on B10 to B15): lists that declare themselves the whole total, and figures of a target or
of the whole year that are no second statement of the figures done. Texts of our own wording."""

from validation_helpers import frames

from schemas.consistency import declares_whole
from schemas.validate import check_batch


def _checked(text, name="r34-report.txt"):
    documents, figures = frames((name, text))
    failures = check_batch(documents, figures)
    return failures[failures["severity"] == "error"], failures


def test_a_list_closed_by_the_rest_must_add_up_to_its_total():
    short, _ = _checked("Sản lượng nuôi trồng thủy sản tháng 10 ước đạt 1.250 tấn, trong đó tôm 700,5 tấn, "
                        "thủy sản khác 450 tấn.")
    assert short["check_name"].tolist() == ["components_sum"]
    assert "fall short of" in short.iloc[0]["message"]
    exact, _ = _checked("Sản lượng nuôi trồng thủy sản tháng 10 ước đạt 1.150,5 tấn, trong đó tôm 700,5 tấn, "
                        "thủy sản khác 450 tấn.")
    assert exact.empty


def test_a_list_said_to_make_up_the_total_must_add_up_to_it():
    short, _ = _checked("Tổng thu ngân sách 5 tháng đạt 70.696 tỷ đồng, gồm thu nội địa 37.155 tỷ đồng và thu từ "
                        "hoạt động xuất nhập khẩu 32.946 tỷ đồng.")
    assert short["check_name"].tolist() == ["components_sum"]
    exact, _ = _checked("Tổng thu ngân sách 5 tháng đạt 70.101 tỷ đồng, gồm thu nội địa 37.155 tỷ đồng và thu từ "
                        "hoạt động xuất nhập khẩu 32.946 tỷ đồng.")
    assert exact.empty
    _, failures = _checked("Tổng thu ngân sách 5 tháng đạt 70.696 tỷ đồng, trong đó thu nội địa 37.155 tỷ đồng và "
                           "thu từ hoạt động xuất nhập khẩu 32.946 tỷ đồng.")
    assert failures[failures["check_name"] == "components_sum"].empty


def test_parts_of_which_or_the_main_items_may_fall_short():
    _, failures = _checked("Sản lượng nuôi trồng thủy sản tháng 10 ước đạt 1.250 tấn, trong đó tôm 700,5 tấn, "
                           "cá rô phi 450 tấn.")
    assert failures[failures["check_name"] == "components_sum"].empty


def test_declared_whole_reads_the_words_of_the_list():
    assert declares_whole(". Các dự án gồm: nhà ở xã hội với tổng mức đầu tư ", ["tổng mức đầu tư"])
    assert declares_whole(", bao gồm thu nội địa ", ["thu nội địa"])
    assert declares_whole(", trong đó ", ["tôm", "thủy sản khác"])
    assert declares_whole(", trong đó ", ["cá", "còn lại"])
    assert not declares_whole(", trong đó gồm ", ["cá"])
    assert not declares_whole(". Các mặt hàng xuất khẩu chủ yếu gồm: ", ["cà phê"])
    assert not declares_whole(", trong đó ", ["khách quốc tế"])


def test_a_target_and_its_parts_are_no_second_statement_of_the_figures_done():
    text = ("6 tháng đầu năm 2024, tỉnh đón 255.000 lượt khách du lịch, trong đó khách quốc tế đạt 17.200 lượt. "
            "Ngành du lịch phấn đấu đến cuối năm 2024 đón khoảng 500.000 lượt khách, trong đó khách quốc tế đạt "
            "40.000 lượt.")
    errors, failures = _checked(text, "r34-6-thang-dau-nam-2024.txt")
    assert errors[errors["check_name"] == "stated_twice"].empty
    twice = failures[failures["check_name"] == "stated_twice"]
    assert all("target" in message for message in twice["message"])


def test_the_whole_years_figure_in_a_report_on_months_is_not_the_months():
    text = ("Doanh thu du lịch 9 tháng đầu năm 2016 khoảng 810 tỷ đồng, tăng 5,4% so với cùng kỳ năm 2015. "
            "Đón tiếp khoảng 1.240.000 lượt khách du lịch. "
            "Doanh thu du lịch năm 2016 ước đạt 1.000 tỷ đồng.")
    errors, _ = _checked(text, "r34-9-thang-dau-nam-2016.txt")
    assert errors[errors["check_name"] == "stated_twice"].empty
