"""The SQL form of the value intervals (``with_bounds_sql``) agrees with the numpy one, case by case."""

import itertools

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from schemas.intervals import last_year_bounds, value_bounds, with_bounds_sql


def _cases() -> pd.DataFrame:
    rows = []
    values = [0.0, 2010.0, -35.5, 1e9]
    for value, high, rounding, qualifier, kind, change, change_rounding in itertools.product(
            values, [None, 2050.0, -40.0], [None, 0.5, -0.05],
            [None, "estimate", "approx", "more_than", "less_than"], ["amount", "growth"],
            [None, 44.6, -100.0, -150.0, -99.96], [None, 0.05]):
        rows.append({"value": value, "value_high": high, "value_rounding": rounding, "qualifier": qualifier,
                     "kind": kind, "yoy_change_pct": change, "yoy_change_rounding": change_rounding})
    return pd.DataFrame(rows)


def test_sql_bounds_are_the_numpy_bounds_for_every_qualifier_kind_range_and_change():
    cases = _cases()
    lo, hi = value_bounds(cases)
    last_lo, last_hi = last_year_bounds(cases, lo, hi)
    with duckdb.connect() as con:
        con.register("cases", pa.Table.from_pandas(cases, preserve_index=False))
        got = con.execute(f"SELECT lo, hi, last_lo, last_hi FROM ({with_bounds_sql('cases')})").df()
    assert len(got) == len(cases) > 1000
    for name, expected in [("lo", lo), ("hi", hi), ("last_lo", last_lo), ("last_hi", last_hi)]:
        actual = got[name].to_numpy(dtype="float64", na_value=np.nan)
        # NaN in numpy is NULL in SQL (no change printed): both read back as NaN here.
        np.testing.assert_array_equal(actual, expected, err_msg=name)
