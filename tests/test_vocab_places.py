"""The place vocabulary (province codes, outlets, district-level units) holds together.

These read the real files shipped in ``parsing/vocab/``, so a bad row in any of them fails here.
"""

import unicodedata
from datetime import date
from importlib import resources

import pytest

OPEN_END = date.max


def _rows(name: str) -> tuple[list[str], list[list[str]]]:
    """The column names (first comment line) and the data rows of a vocab file."""
    text = resources.files("parsing.vocab").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    columns = lines[0].lstrip("#").strip().split("\t")
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return columns, rows


def _records(name: str) -> list[dict[str, str]]:
    columns, rows = _rows(name)
    for row in rows:
        assert len(row) == len(columns), f"{name}: {row!r} has not {len(columns)} fields"
    return [dict(zip(columns, row)) for row in rows]


def _day(text: str, empty: date) -> date:
    return date.fromisoformat(text) if text else empty


@pytest.fixture(scope="module")
def provinces() -> list[dict[str, str]]:
    return _records("province_codes.tsv")


@pytest.fixture(scope="module")
def outlets() -> list[dict[str, str]]:
    return _records("outlets.tsv")


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    return _records("places.tsv")


def _valid_on(provinces: list[dict[str, str]], day: date) -> list[dict[str, str]]:
    return [
        row
        for row in provinces
        if _day(row["valid_from"], date.min) <= day <= _day(row["valid_to"], OPEN_END)
    ]


@pytest.mark.parametrize("name", ["province_codes.tsv", "outlets.tsv", "places.tsv"])
def test_files_name_their_columns_and_are_nfc(name):
    text = resources.files("parsing.vocab").joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("# "), "the first comment line names the columns"
    assert unicodedata.normalize("NFC", text) == text
    for line in text.splitlines():
        assert line == line.strip(" "), f"{name}: stray spaces in {line!r}"


def test_codes_are_two_digits_keyed_by_code_and_start(provinces):
    keys = [(row["code"], row["valid_from"]) for row in provinces]
    assert len(keys) == len(set(keys))
    assert all(len(code) == 2 and code.isdigit() for code, _ in keys)


def test_63_provinces_before_the_merger_and_34_after(provinces):
    assert len(_valid_on(provinces, date(2025, 6, 30))) == 63
    assert len(_valid_on(provinces, date(2025, 7, 1))) == 34
    assert len(_valid_on(provinces, date(2020, 1, 1))) == 63


def test_no_code_is_valid_twice_on_one_day(provinces):
    for day in (date(2025, 6, 30), date(2025, 7, 1)):
        codes = [row["code"] for row in _valid_on(provinces, day)]
        assert len(codes) == len(set(codes)), day


def test_pre_merger_names_are_canonical_province_names(provinces):
    _, rows = _rows("provinces.tsv")
    canonical = {row[0] for row in rows}
    before = _valid_on(provinces, date(2025, 6, 30))
    assert {row["name"] for row in before} == canonical


def test_every_ceased_province_reaches_a_province_valid_after_the_merger(provinces):
    after = {row["code"] for row in _valid_on(provinces, date(2025, 7, 1))}
    for row in provinces:
        if row["valid_to"]:
            assert row["valid_to"] == "2025-06-30", row
            assert row["successor_code"] in after, row
        else:
            assert row["successor_code"] == "", row


def test_every_post_merger_province_is_reachable(provinces):
    after = _valid_on(provinces, date(2025, 7, 1))
    reached = {row["successor_code"] for row in provinces if row["successor_code"]}
    open_before = {row["code"] for row in provinces if not row["valid_from"] and not row["valid_to"]}
    for row in after:
        assert row["code"] in reached or row["code"] in open_before, row


def test_outlet_and_place_codes_are_province_codes(provinces, outlets, places):
    codes = {row["code"] for row in provinces}
    assert {row["code"] for row in outlets} <= codes
    assert {row["code"] for row in places} <= codes


def test_outlet_hosts_are_bare_lower_case_and_listed_once(outlets):
    hosts = [row["host"] for row in outlets]
    assert len(hosts) == len(set(hosts))
    for host in hosts:
        assert host == host.lower() and "/" not in host and not host.startswith("www."), host
        assert "." in host and " " not in host, host


def test_outlet_kinds_are_known(outlets):
    kinds = {"newspaper", "television", "portal", "department", "statistics", "other"}
    assert {row["kind"] for row in outlets} <= kinds
    assert all(row["name"] for row in outlets)


def test_every_pre_merger_province_has_an_outlet(provinces, outlets):
    before = {row["code"] for row in _valid_on(provinces, date(2025, 6, 30))}
    assert before <= {row["code"] for row in outlets}


def test_places_are_listed_once_with_a_known_kind(places):
    keys = [(row["name"], row["kind"], row["code"]) for row in places]
    assert len(keys) == len(set(keys))
    assert {row["kind"] for row in places} <= {"city", "town", "district", "urban_district"}
    assert all(row["name"] for row in places)


def test_places_cover_the_provinces_before_the_merger(provinces, places):
    before = {row["code"] for row in _valid_on(provinces, date(2025, 6, 30))}
    assert {row["code"] for row in places} == before
    assert len(places) >= 700
    lang_son = {row["name"] for row in places if row["code"] == "20"}
    assert {"Lạng Sơn", "Hữu Lũng", "Cao Lộc"} <= lang_son
