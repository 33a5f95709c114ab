"""The ``period_bounds`` table, filled from the figures already loaded (warehouse/period_bounds.py).

A migration in Python because the table is derived: its bounds are ``with_bounds_sql``'s,
the loader's own, and a copy of that SQL here could drift from it. Figures had no region
or period of their own yet (migration 009): the table is keyed by their documents'.
"""

from warehouse.period_bounds import rebuild


def apply(con) -> None:
    rebuild(con, figure_scope=False)
