"""``solieu eval``'s scoring: a miss, a false figure and a wrong attribute are counted and shown with their sentence."""

import json

from flows.cli import main
from parsing.evaluate import evaluate, report

TEXT = ("Tổng thu ngân sách đạt 3.042,3 tỷ đồng, đạt 49,5% dự toán, tăng 5% so với cùng kỳ. "
        "Kim ngạch xuất khẩu đạt 690 triệu USD. Toàn tỉnh mở 12 đường hầm mới.")


def _corpus(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    figure = {"indicator_text": None, "indicator": None, "kind": "amount", "value_high": None, "qualifier": None,
              "pct_of_plan": None, "plan_basis": None, "yoy_change_pct": None, "change_abs": None,
              "components_of": None}
    gold = [{"id": "a", "file": "a.txt", "phenomena": ["nfd"], "figures": [
        # right value and span, wrong relation: the parser reads yoy 5.0
        {**figure, "text": "3.042,3 tỷ đồng", "value": 3042300000000.0, "unit": "VND", "pct_of_plan": 49.5,
         "plan_basis": "budget_estimate", "indicator": "budget_revenue", "yoy_change_pct": 7.0},
        # a long-tail count with no count frame before it ("mở"): a miss
        {**figure, "text": "12 đường hầm", "value": 12.0, "unit": "tunnel"},
    ]}]
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "negatives.json").write_text(json.dumps(
        [{"text": "Thực hiện Nghị quyết số 42/NQ-CP năm 2020.", "phenomenon": "document_number"}]), encoding="utf-8")
    return tmp_path


def test_scores_count_misses_false_figures_and_wrong_attachments(tmp_path):
    result = evaluate([_corpus(tmp_path)])
    overall = result.overall
    # gold 2, predicted 2 (the budget figure and the unlabelled export figure), matched 1
    assert (overall.gold, overall.predicted, overall.matched) == (2, 2, 1)
    assert (overall.precision, overall.recall) == (0.5, 0.5)
    assert overall.accuracy("pct_of_plan") == 1.0
    assert overall.accuracy("yoy_change_pct") == 0.0
    assert result.negatives_total == 1 and result.negatives_false == []
    assert result.by_phenomenon["nfd"].precision == 0.5


def test_report_lists_every_error_with_its_sentence(tmp_path):
    text = report(evaluate([_corpus(tmp_path)]))
    misses = text.split("MISSES")[1].split("FALSE FIGURES")[0]
    false = text.split("FALSE FIGURES")[1].split("ATTRIBUTE ERRORS")[0]
    attributes = text.split("ATTRIBUTE ERRORS")[1]
    assert "'12 đường hầm'" in misses and "Toàn tỉnh mở 12 đường hầm mới." in misses
    assert "'690 triệu USD'" in false and "Kim ngạch xuất khẩu đạt 690 triệu USD." in false
    assert "yoy_change_pct: got 5.0 want 7.0" in attributes
    for line in ("precision", "recall", "attachment accuracy", "unit accuracy", "qualifier accuracy",
                 "indicator coverage"):
        assert line in text


def test_cli_eval_prints_the_scores(tmp_path, capsys):
    assert main(["eval", str(_corpus(tmp_path)), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "precision            0.500" in out and "MISSES" not in out


def test_region_and_period_are_scored_with_the_sidecar_beside_each_text(tmp_path):
    body = "6 tháng đầu năm, toàn tỉnh thu ngân sách đạt 2.400 tỷ đồng."
    for name in ("b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
    # b: the outlet and the date in its sidecar give both; c: nothing beside it; d: a wrong gold region
    (tmp_path / "b.meta.json").write_text(json.dumps({"url": "https://baolangson.vn/a.html",
                                                      "published": "2024-07-08"}), encoding="utf-8")
    (tmp_path / "d.txt.meta.json").write_text(json.dumps({"url": "https://baolangson.vn/b.html"}), encoding="utf-8")
    gold = [{"id": n, "file": f"{n}.txt", "figures": [], "region": "Lạng Sơn", "period_start": "2024-01-01",
             "period_end": "2024-06-30"} for n in ("b", "c")]
    gold.append({"id": "d", "file": "d.txt", "figures": [], "region": "Cao Bằng"})
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    text = report(evaluate([tmp_path]))
    assert "region right 1/3, wrong 1, none 1" in text
    assert "period right 1/2, wrong 0, none 1" in text
    assert "[d] region: got Lạng Sơn (from url) want Cao Bằng" in text


def test_a_gold_province_spelled_otherwise_is_the_same_province():
    from parsing.evaluate import DocumentResult, meta_scores
    from parsing.model import DocumentMeta

    meta = DocumentMeta(region="TP. Hồ Chí Minh")
    right, _ = meta_scores([DocumentResult("a", meta=meta, gold={"region": "TP Hồ Chí Minh"})])
    wrong, _ = meta_scores([DocumentResult("b", meta=meta, gold={"region": "Bình Dương"})])
    assert (right.right, len(wrong.wrong)) == (1, 1)


def test_a_gold_total_in_a_legacy_letter_names_the_normalised_span(tmp_path):
    # the text and the gold write "ư" as the legacy letter "ƣ": every span is matched normalised, so is the total
    (tmp_path / "a.txt").write_text("Dân số là 1.200 ngƣời, trong đó nam 600 ngƣời, nữ 600 ngƣời.", encoding="utf-8")
    figure = {"indicator_text": None, "indicator": None, "kind": "amount", "value_high": None, "qualifier": None,
              "pct_of_plan": None, "plan_basis": None, "yoy_change_pct": None, "change_abs": None,
              "unit": "person", "components_of": "1.200 ngƣời"}
    gold = [{"id": "a", "file": "a.txt", "phenomena": [], "figures": [
        {**figure, "text": "1.200 ngƣời", "value": 1200.0, "components_of": None},
        {**figure, "text": "600 ngƣời", "value": 600.0},
        {**figure, "text": "600 ngƣời", "value": 600.0},
    ]}]
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    overall = evaluate([tmp_path]).overall
    assert overall.matched == 3 and overall.accuracy("component_of") == 1.0
