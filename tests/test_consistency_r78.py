"""Set R78 (session 49, after blind set B68 was scored unseen): after items singled out with "riêng", "... khác" is the
rest of their kind, not of the total; a count told with its share beside it may give the share's change in points.
Texts of our own wording."""

from validation_helpers import failures_of as _failures


def test_the_rest_after_items_singled_out_is_no_rest_of_the_total():
    text = ("6 tháng đầu năm, tổng sản lượng hải sản khai thác đạt 52.000 tấn, trong đó riêng cá ngừ đại dương đạt 1.200 "
            "tấn, các loại cá ngừ khác đạt 9.800 tấn.")
    assert "components_sum" not in _failures(text)["check_name"].tolist()


def test_the_rest_of_the_total_still_makes_the_list_whole():
    # guard: "thủy sản khác" is the rest of the catch; parts short of the total are an error
    text = ("Tổng sản lượng thủy sản đạt 52.000 tấn, gồm cá 30.000 tấn, tôm 9.000 tấn, thủy sản khác 3.000 tấn.")
    failures = _failures(text)
    assert failures["check_name"].tolist() == ["components_sum"] and failures["severity"].tolist() == ["error"]


def test_a_count_told_with_its_share_may_give_the_change_in_points():
    text = ("Đến nay, cả nước có 5.900/8.200 xã đạt chuẩn nông thôn mới (chiếm 72%), tăng 20 xã (tăng 0,24%) so với "
            "tháng trước.")
    failures = _failures(text)
    assert not (failures["severity"] == "error").any()
