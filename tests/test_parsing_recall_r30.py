"""R30's rules on real report prose (parsing/realtext/README.md, set R30, by frequency on B10 to B13): each rule with
text of ours where it applies and one where it must not."""

from parsing import parse_document


def _figures(text: str) -> dict[str, str]:
    return {f.raw_text: f.unit for f in parse_document(text).figures}


def test_programmes_sites_groups_stages_and_waves_are_counted():
    text = ("Năm 2024, tỉnh tiếp nhận 08 chương trình viện trợ; huyện có 9 điểm tham quan và 4 khu di tích, "
            "đón 1.200 đoàn về dâng hương. Sản phẩm có mặt tại 3 hệ thống siêu thị. Dự án chia làm 3 giai đoạn. "
            "Tỉnh trải qua 2 đợt rét đậm và 4 trận mưa lớn.")
    assert _figures(text) == {"08 chương trình": "programme", "9 điểm tham quan": "tourist site",
                              "4 khu di tích": "relic site", "1.200 đoàn": "group", "3 hệ thống": "system",
                              "3 giai đoạn": "stage", "2 đợt": "wave", "4 trận": "event"}


def test_a_noun_that_labels_the_number_after_it_counts_nothing():
    # "giai đoạn 2", "đợt 1": the noun labels the number after it, the word or number before it is no count
    assert _figures("Khu tái định cư Ngã Bảy giai đoạn 2 đang được đẩy nhanh tiến độ.") == {}
    assert _figures("Dự án nâng cấp tuyến đê biển hai giai đoạn 3 và 4 đang được triển khai.") == {}
    assert _figures("Tỉnh đã cấp gạo cứu đói 2 đợt 1 và 2 cho người dân.") == {}
    # a programme named by its number stays a label, as before
    assert _figures("Tỉnh triển khai Chương trình 135 ở các xã đặc biệt khó khăn.") == {}
