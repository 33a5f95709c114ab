"""`python -m parsing.realtext.errors`: every error on a labelled folder, one line each."""

import json

from parsing.realtext import errors


def _folder(tmp_path, figures, text="Năm 2023, tỉnh Lạng Sơn thu ngân sách 5.100 tỷ đồng, tăng 12%.", region="Lạng Sơn"):
    (tmp_path / "t1.txt").write_text(text, encoding="utf-8")
    entry = {"id": "t1", "file": "t1.txt", "region": region, "period": "năm 2023", "period_start": "2023-01-01",
             "period_end": "2023-12-31", "figures": figures}
    (tmp_path / "gold.json").write_text(json.dumps([entry], ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _figure(text, value, unit, kind="amount", yoy=None):
    return {"text": text, "kind": kind, "value": value, "value_high": None, "unit": unit, "qualifier": None,
            "pct_of_plan": None, "yoy_change_pct": yoy, "change_abs": None, "components_of": None}


def test_a_text_read_as_labelled_has_no_lines(tmp_path, capsys):
    folder = _folder(tmp_path, [_figure("5.100 tỷ đồng", 5.1e12, "VND", yoy=12.0)])
    assert errors.main([str(folder)]) == 0
    assert capsys.readouterr().out == ""


def test_each_kind_of_error_gets_its_line(tmp_path, capsys):
    # the change labelled wrongly, a year labelled as a figure, the visitors not labelled, the province mislabelled
    text = "Năm 2023, tỉnh Lạng Sơn thu ngân sách 5.100 tỷ đồng, tăng 12%; đón 3,2 triệu lượt khách."
    folder = _folder(tmp_path, [_figure("5.100 tỷ đồng", 5.1e12, "VND", yoy=15.0), _figure("2023", 2023.0, "item")],
                     text=text, region="Cao Bằng")
    errors.main([str(folder)])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("== ") and out[0].split()[1].endswith("/t1")
    assert "  META region: gold=Cao Bằng got=Lạng Sơn" in out
    assert any(line.startswith("  ATTR yoy_change_pct: gold=15.0 got=12.0 |") and "[[5.100 tỷ đồng]]" in line
               for line in out)
    assert any(line.startswith("  MISS amount 2023.0 item |") and "[[2023]]" in line for line in out)
    assert any(line.startswith("  FALSE amount 3200000.0 visit |") and "[[3,2 triệu lượt khách]]" in line
               for line in out)
