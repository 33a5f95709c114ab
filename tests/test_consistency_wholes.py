"""Which total a list of parts belongs to, and when the list is the whole of it (lead, on the false validation errors
of B10 to B19). Texts of our own wording."""

from validation_helpers import frames

from parsing.figures import extract_figures
from schemas.consistency import declares_whole
from schemas.validate import check_batch


def _sum_errors(text):
    documents, figures = frames(("wholes-report.txt", text))
    failures = check_batch(documents, figures)
    return failures[(failures["check_name"] == "components_sum") & (failures["severity"] == "error")]


def _parts(text):
    figures = extract_figures(text)
    return {f.raw_text: (figures[f.component_of].raw_text if f.component_of is not None else None) for f in figures}


def test_another_of_a_kind_is_not_the_rest_of_the_total():
    assert not declares_whole(", trong đó ", ["một doanh nghiệp hàn quốc", "một doanh nghiệp hàn quốc khác khoảng"])
    assert declares_whole(", trong đó ", ["doanh nghiệp hàn quốc", "các doanh nghiệp khác khoảng"])
    another = ("Tỉnh sẽ trao giấy chứng nhận cho các dự án FDI trị giá khoảng 600 triệu USD, trong đó một doanh nghiệp "
               "Hàn Quốc khoảng 300 triệu USD, một doanh nghiệp Hàn Quốc khác khoảng 150 triệu USD.")
    assert _sum_errors(another).empty
    the_rest = another.replace("một doanh nghiệp Hàn Quốc khoảng", "doanh nghiệp Hàn Quốc khoảng").replace(
        "một doanh nghiệp Hàn Quốc khác", "các doanh nghiệp khác")
    assert "fall short of" in _sum_errors(the_rest).iloc[0]["message"]


def test_one_part_alone_never_makes_up_its_total():
    one = ("Toàn tỉnh thu hút 148 dự án đầu tư mới. Trong đó, thành phố cấp mới 19 dự án với tổng vốn trên 9.000 tỷ "
           "đồng, bao gồm 3 dự án FDI.")
    assert _parts(one)["3 dự án"] == "19 dự án"
    assert _sum_errors(one).empty
    two = one.replace("3 dự án FDI.", "3 dự án FDI và 10 dự án trong nước.")
    assert "fall short of" in _sum_errors(two).iloc[0]["message"]


def test_a_fraction_belongs_to_the_whole_it_names():
    text = ("Năm 2023, tỉnh có 12.400 hộ nghèo, chiếm 5,1%; số hộ cận nghèo là 10.250 hộ, chiếm 4,2%. Trong đó "
            "11.020/12.400 hộ nghèo ở khu vực nông thôn; 3.150/12.400 hộ nghèo là đồng bào dân tộc thiểu số.")
    parts = _parts(text)
    # two fractions of one whole by two attributes are no breakdown of it: at most one is linked, never to 10.250
    assert parts["11.020/12.400 hộ nghèo"] in (None, "12.400 hộ nghèo")
    assert parts["3.150/12.400 hộ nghèo"] in (None, "12.400 hộ nghèo")
    assert _sum_errors(text).empty
    alone = text.split("; 3.150")[0] + "."
    assert _parts(alone)["11.020/12.400 hộ nghèo"] == "12.400 hộ nghèo"


def test_whole_counts_are_exact_in_a_sum():
    # things counted one by one are no rounded measure: parts two sessions over their total are a slip
    counted = ("Trong quý, tỉnh tổ chức 52 phiên giao dịch việc làm, trong đó 12 phiên định kỳ, 3 phiên lưu động và "
               "39 phiên trực tuyến.")
    assert "exceed" in _sum_errors(counted).iloc[0]["message"]
    assert _sum_errors(counted.replace("39 phiên", "37 phiên")).empty
    # a measure printed to the unit keeps its half unit either side: 12 + 3 + 39 ha may be 52 ha
    measured = counted.replace("phiên giao dịch việc làm", "ha rừng trồng mới").replace("phiên", "ha")
    assert _sum_errors(measured).empty
