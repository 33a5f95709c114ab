"""The district, town, ward or commune a report is about (parsing/report_area.py), and the cross-document checks that
compare figures of one area only. Texts of our own wording."""

import duckdb
import pandas as pd
import pytest
from validation_helpers import frames

from flows.pipeline import run_ingest
from parsing import parse_document
from parsing.report_area import report_area
from schemas.cross_document import check_across_documents

CAM_LO = ("Kỳ họp thứ 9, HĐND huyện Cam Lộ khóa VI\n\nNgày 20/12/2022, HĐND huyện Cam Lộ tổ chức kỳ họp thứ 9. Năm 2022, "
          "thu nhập bình quân đầu người của huyện đạt 59,5 triệu đồng.")
DAKRONG = ("Huyện Đakrông vượt nhiều chỉ tiêu năm 2022\n\nNăm 2022, kinh tế toàn huyện tăng trưởng khá; thu nhập bình "
           "quân đầu người đạt 29,2 triệu đồng.")
PROVINCE = ("Kinh tế - xã hội tỉnh Quảng Trị năm 2022\n\nNăm 2022, kinh tế toàn tỉnh tăng trưởng khá; thu nhập bình "
            "quân đầu người đạt 52,1 triệu đồng.")


@pytest.mark.parametrize(("text", "region", "expected"), [
    (CAM_LO, "Quảng Trị", "huyện Cam Lộ"),
    (DAKRONG, "Quảng Trị", "huyện Đakrông"),
    ("Phường Tứ Hạ tổ chức kỳ họp cuối năm\n\nNăm 2022, tổng thu ngân sách trên địa bàn phường đạt 28 tỷ đồng.",
     None, "phường Tứ Hạ"),
    # a district named in a headline of capitals, its name as the gazetteer writes it
    ("HUYỆN GIAO THỦY ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO\n\nToàn huyện có 21 xã đạt chuẩn.", "Nam Định",
     "huyện Giao Thủy"),
    # a person's name after the district's is no part of it
    ("Chiều 30/4, huyện Cát Hải Phạm Văn An cho biết toàn huyện đón 26 nghìn lượt khách.", "Hải Phòng",
     "huyện Cát Hải"),
    # no area: a province's report naming a district in passing, a city that is a province, a headline's capitals
    (PROVINCE + " Riêng huyện Cam Lộ đạt 59,5 triệu đồng.", "Quảng Trị", None),
    ("Thành phố Hà Nội: năm 2023 toàn thành phố thu ngân sách đạt 420 nghìn tỷ đồng.", "Hà Nội", None),
    ("CÁC CHỈ TIÊU KINH TẾ XÃ HỘI CHỦ YẾU\n\nToàn xã có 12 thôn.", None, None),
    ("HĐND các huyện Nam Đàn, Hưng Nguyên tổ chức kỳ họp cuối năm; toàn huyện Nam Đàn thu ngân sách 300 tỷ đồng.",
     "Nghệ An", None),
])
def test_the_area_a_report_is_about(text, region, expected):
    assert report_area(text, region) == expected


def test_a_figure_of_another_province_in_a_districts_report_is_of_no_area():
    text = CAM_LO + " Cùng kỳ, tỉnh Quảng Bình đạt 50,2 triệu đồng."
    figures = parse_document(text).figures
    assert [(f.raw_text, f.area) for f in figures] == [("59,5 triệu đồng", "huyện Cam Lộ"),
                                                       ("50,2 triệu đồng", None)]


def _errors(*texts):
    documents, figures = frames(*[(f"r{i}.txt", text) for i, text in enumerate(texts)])
    return [f for f in check_across_documents(documents, figures, pd.DataFrame())
            if f["check_name"] == "reported_differently"]


OTHER_CAM_LO = CAM_LO.replace("59,5 triệu đồng", "61,5 triệu đồng").replace("Ngày 20/12/2022", "Ngày 21/12/2022")


def test_two_districts_or_a_district_and_its_province_are_not_compared():
    assert _errors(CAM_LO, DAKRONG, PROVINCE) == []


def test_two_reports_of_one_district_are_compared():
    # guard: the same district's income told differently by two reports is still an error
    errors = _errors(CAM_LO, OTHER_CAM_LO)
    assert [e["severity"] for e in errors] == ["error"] and "huyện Cam Lộ" in errors[0]["message"]


def test_the_warehouse_compares_a_district_with_itself_only(settings, tmp_path):
    """Through the real loader and DuckDB file: figures loaded earlier are compared by their area too."""
    inbox = tmp_path / "area-inbox"
    inbox.mkdir()
    for name, text in (("cam-lo.txt", CAM_LO), ("tinh.txt", PROVINCE)):
        (inbox / name).write_text(text, encoding="utf-8")
    run_ingest(settings.with_overrides(inbox=inbox))
    for name, text in (("dakrong.txt", DAKRONG), ("cam-lo-2.txt", OTHER_CAM_LO)):
        (inbox / name).write_text(text, encoding="utf-8")
    run_ingest(settings.with_overrides(inbox=inbox))
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        failures = con.execute("SELECT d.source_name, v.check_name, v.severity FROM validation_failures v "
                               "JOIN documents d USING (document_id) WHERE v.check_name = 'reported_differently'"
                               ).fetchall()
        areas = dict(con.execute("SELECT source_name, area FROM documents").fetchall())
    assert failures == [("cam-lo-2.txt", "reported_differently", "error")]
    assert areas == {"cam-lo.txt": "huyện Cam Lộ", "tinh.txt": None, "dakrong.txt": "huyện Đakrông",
                     "cam-lo-2.txt": "huyện Cam Lộ"}
