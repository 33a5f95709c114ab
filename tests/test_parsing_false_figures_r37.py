"""R37's rules on real report prose (parsing/realtext/README.md, set R37, by frequency on B10 to B16): false figures
of four kinds. A count that only names its members one by one; a threshold that says what each counted member
reached; a time, a date or a caption's number read with the capitalised word that opens the next sentence; a measure
describing a place or a boat (a distance, a height, an engine's power). Each rule with text of ours where it applies
and one where it must not."""

from parsing import parse_document


def _spans(text: str) -> list[str]:
    return [f.raw_text for f in parse_document(text).figures]


def test_a_count_naming_exactly_its_members_is_no_figure():
    assert _spans("Tỉnh có 3 nhà đầu tư nước ngoài là Nhật Bản, Hàn Quốc và Singapore.") == []
    assert _spans("Nơi đây có 3 dân tộc Kinh - Hoa - Khmer, đón 20.000 du khách.") == ["20.000 du khách"]
    assert _spans("Huyện có 2 di tích quốc gia (Đền Hạ và Chùa Thượng), 14 di tích cấp tỉnh.") == ["14 di tích"]
    assert _spans("Hàng hóa được bán trên cả 3 kênh (chợ, siêu thị, trực tuyến).") == []
    assert _spans("Nổi bật là hai làng văn hóa Bản Chang, xã Tân Lập và Nà Pục, xã Đồng Tâm.") == []
    assert _spans("Diện tích trồng mới tại 2 huyện Bảo Lâm (12 ha) và huyện Bảo Lạc (30 ha).") == ["12 ha", "30 ha"]


def test_a_count_whose_names_are_fewer_stays():
    assert _spans("Tỉnh có 4 cửa khẩu quốc tế Xa Lộc, Bến Đá.") == ["4 cửa khẩu"]
    # R48 (lead's rule, parsing/corpus/README.md): names followed by what the members did are still only its members
    assert _spans("Huyện có 2 xã Tân Lập và Đồng Tâm đạt chuẩn nông thôn mới.") == []
    assert _spans("Toàn tỉnh có 3 huyện (Bảo Lâm, Bảo Lạc, Hà Quảng) đã xảy ra dịch.") == []


def test_a_threshold_each_counted_member_reached_is_no_figure():
    assert _spans("Có 14 thị trường đạt kim ngạch trên 2 triệu USD và 5 thị trường đạt kim ngạch trên 10 triệu "
                  "USD.") == ["14 thị trường", "5 thị trường"]
    assert _spans("Toàn huyện có 11 xã đạt thu nhập bình quân từ 35 đến dưới 50 triệu đồng/người/năm.") == ["11 xã"]
    assert _spans("Các xã vùng cao đều đạt tỷ lệ che phủ rừng từ 60% trở lên.") == []
    assert _spans("Một số điểm đến đón hơn 1.000 lượt trở lên như: Hồ Núi Cốc, Đền Hùng.") == []
    assert _spans("Trong số 7 tỉnh có GRDP tăng trên 9%, Hải Dương đứng đầu cả vùng.") == []


def test_what_a_count_reached_together_stays_a_figure():
    assert _spans("Năm 2024 có 45 dự án đạt tổng vốn hơn 3.000 tỷ đồng.") == ["45 dự án", "hơn 3.000 tỷ đồng"]
    assert _spans("Có 120 doanh nghiệp đạt doanh thu hơn 500 tỷ đồng.") == ["120 doanh nghiệp", "hơn 500 tỷ đồng"]
    assert _spans("Các doanh nghiệp FDI đạt kim ngạch trên 1.000 triệu USD.") == ["trên 1.000 triệu USD"]


def test_a_capitalised_noun_opening_the_next_line_or_glued_to_the_digits_counts_nothing():
    assert _spans("Cập nhật 12/05/2024 08:01\nTỉnh đã cấp phép cho 13 dự án.") == ["13 dự án"]
    assert _spans("Lễ hội kéo dài từ 30/4 đến 1/5\nDu khách tham quan khu du lịch.") == []
    assert _spans("Ảnh 1Du khách tham quan làng nghề. Ảnh 2Lễ hội đua thuyền.") == []
    # a count wrapped onto the next line keeps its lower-case noun
    assert _spans("Huyện có 1.200\nhộ nghèo.") == ["1.200\nhộ nghèo"]


def test_a_distance_a_height_or_a_boats_power_is_no_figure():
    assert _spans("Thị xã nằm cách TP.HCM 95 km về phía tây.") == []
    assert _spans("Cao nguyên có độ cao trên 1.500m so với mực nước biển.") == []
    assert _spans("Ông B, chủ tàu lưới vây 600 CV, cho biết biển êm.") == []
    assert _spans("Đội tàu có 24 chiếc với tổng công suất 7.200 CV.") == ["24 chiếc", "7.200 CV"]
    assert _spans("Toàn tỉnh làm mới 120 km đường giao thông.") == ["120 km đường giao thông"]
