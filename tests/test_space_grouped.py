"""Rows of a yearbook's table whose thousands are grouped with a space (``parsing.space_grouped``)."""

import pytest

from parsing import parse_document
from parsing.space_grouped import regrouped

# a table needs three rows at least: two whose cells are decimals, then the row tested
HEADS = "Chỉ tiêu Lúa Ngô Sắn\n\nNăng suất (tạ/ha) 51,30 42,10 190,00\n\nGiá bán (nghìn đồng/kg) 7,10 6,40 2,30\n\n"


@pytest.mark.parametrize(("row", "cells"), [
    # a group led by a zero cannot stand alone, so the text groups by spaces; one split into three cells
    ("Diện tích (ha) 2 310 3 045 88", ["2 310", "3 045", "88"]),
    # an empty cell takes no group
    ("Diện tích (ha) 7 410 - 1 062", ["7 410", "1 062"]),
    # numbers of one group at most are preferred over one of two groups
    ("Sản lượng (tấn) 95 2 040 415 760", ["95", "2 040", "415 760"]),  # not 95, 2.040.415 and 760
])
def test_a_row_split_one_way_gives_its_cells(row, cells):
    figures = parse_document(HEADS + row + "\n").figures
    assert [f.raw_text for f in figures if "," not in f.raw_text] == cells


def test_a_row_split_more_ways_gives_no_cell_and_no_sentence():
    # "10 210 402 305" is 10.210, 402 and 305, or 10, 210.402 and 305, or 10, 210 and 402.305
    text = HEADS + "Diện tích (ha) 2 310 3 045 88\n\nSản lượng (tấn) 10 210 402 305\n"
    assert [f.raw_text for f in parse_document(text).figures if "," not in f.raw_text] == ["2 310", "3 045", "88"]


def test_offsets_are_kept_and_a_text_without_a_sure_group_is_left_alone():
    text = HEADS + "Diện tích (ha) 2 310 3 045 88\n"
    grouped, unsure = regrouped(text)
    assert len(grouped) == len(text) and "2.310 3.045 88" in grouped and unsure == []
    plain = "Số hộ 120 345 567\nSố người 410 388 502\n"
    assert regrouped(plain) == (plain, [])
