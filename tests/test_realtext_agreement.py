"""agreement.py scores a second annotator's labels against the first's with the parser's own matching."""

import json

from parsing.realtext import agreement

TEXT = ("Tổng thu ngân sách đạt 5.000 tỷ đồng, tăng 8% so với cùng kỳ; trong đó thu nội địa 4.200 tỷ đồng. "
        "Toàn tỉnh có 12 bến thủy nội địa.")


def label(text, value, unit, kind="amount", yoy=None, total=None):
    return {"text": text, "value": value, "value_high": None, "unit": unit, "kind": kind, "qualifier": None,
            "pct_of_plan": None, "plan_basis": None, "yoy_change_pct": yoy, "change_abs": None,
            "components_of": total}


FIRST = [label("5.000 tỷ đồng", 5000e9, "VND", yoy=8.0),
         label("4.200 tỷ đồng", 4200e9, "VND", total="5.000 tỷ đồng"),
         label("12 bến thủy nội địa", 12.0, "wharf")]


def write(folder, figures, region="Lào Cai", period=("2023-01-01", "2023-12-31"), with_text=True):
    folder.mkdir()
    if with_text:
        (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    entry = {"id": "a", "file": "a.txt", "region": region, "period_start": period[0], "period_end": period[1],
             "figures": figures}
    (folder / "gold.json").write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")


def test_identical_labels_agree_fully(tmp_path):
    write(tmp_path / "first", FIRST)
    write(tmp_path / "second", FIRST, with_text=False)

    rows, totals = agreement.agreement(tmp_path / "first", tmp_path / "second")

    assert (rows[0]["matched"], rows[0]["false"], rows[0]["missed"], rows[0]["errors"]) == (3, 0, 0, 0)
    assert totals.attachment == 1.0
    assert (rows[0]["region"], rows[0]["period"]) == ("right", "right")


def test_a_second_annotator_s_differences_count_as_a_parser_s_would(tmp_path):
    write(tmp_path / "first", FIRST)
    second = [label("5.000 tỷ đồng", 5000e9, "VND", yoy=None),  # the change not attached
              label("8%", 8.0, "percent", kind="growth"),  # a figure the first did not label
              label("4.200 tỷ đồng", 4200e9, "VND"),  # no total
              label("12 bến", 12.0, "item")]  # another span and unit
    write(tmp_path / "second", second, period=("2023-01-01", "2023-06-30"), with_text=False)

    rows, _ = agreement.agreement(tmp_path / "first", tmp_path / "second")

    row = rows[0]
    assert (row["gold"], row["parser"], row["matched"], row["false"], row["missed"]) == (3, 4, 3, 1, 0)
    assert (row["err_yoy"], row["err_component"], row["err_span"], row["err_unit"]) == (1, 1, 1, 1)
    assert (row["region"], row["period"]) == ("right", "wrong")
