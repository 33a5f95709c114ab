"""R48's rule on real report prose (parsing/realtext/README.md, set R48, by frequency on B10 to B19): a count whose
members are named right after it, the last joined by "và" (or after ":", "là", "gồm", exactly as many), is no figure
also when what the members did follows the names; the annotators of five blind sets left every such count out
(parsing/corpus/README.md, clarifications). Text of our own wording where it applies and where it must not."""

from parsing import parse_document


def _spans(text: str) -> list[str]:
    return [f.raw_text for f in parse_document(text).figures]


def test_a_count_naming_its_members_then_what_they_did_is_no_figure():
    assert _spans("Đến cuối tháng, hai huyện Tam Nông và Thanh Bình đã thu hoạch xong lúa hè thu.") == []
    assert _spans("Năm nay có 4 tỉnh Bắc Ninh, Hà Nam, Thái Bình và Nam Định được công nhận hoàn thành.") == []
    assert _spans("Hàng hóa qua 2 cửa khẩu là Cửa khẩu quốc tế Tây Trang (huyện Điện Biên) và Cửa khẩu Huổi Puốc "
                  "(huyện Điện Biên) tăng mạnh.") == []
    assert _spans("Dịch bệnh xuất hiện ở 3 huyện (Lục Ngạn, Sơn Động, Yên Thế) và đang lây lan.") == []
    assert _spans("Tỉnh đề nghị công nhận 03 xã: Tân An, Tân Hòa, Tân Lợi thành phường.") == []
    # what the members did may hold a figure of its own
    assert _spans("Nuôi cá tra tập trung tại 3 huyện Châu Phú, Phú Tân và Chợ Mới với diện tích 1.250 ha.") \
        == ["1.250 ha"]


def test_a_count_of_what_was_done_or_of_fewer_names_stays():
    # the descriptor tells what was done to them before they are named: a count of it
    assert _spans("Năm 2024 có 02 xã được chọn: Tân An và Tân Hòa đạt chuẩn nông thôn mới nâng cao.") == ["02 xã"]
    # fewer names than counted, with no "và" closing the list
    assert _spans("Tỉnh có 4 cửa khẩu quốc tế Xa Lộc, Bến Đá, thu hút nhiều thương nhân.") == ["4 cửa khẩu"]
    # a name holding a digit, or no list of names at all
    assert _spans("Tỉnh có hai dự án Nhà máy điện gió Đông Hải 1 và 2 với tổng vốn 3.000 tỷ đồng.") \
        == ["hai dự án", "3.000 tỷ đồng"]
    assert _spans("Tỉnh thu hút 2 dự án FDI và 3 dự án trong nước.") == ["2 dự án", "3 dự án"]
    assert _spans("Năm nay có 12 doanh nghiệp tham gia xuất khẩu gồm: Công ty An Phát, Công ty Hòa Bình.") \
        == ["12 doanh nghiệp"]
