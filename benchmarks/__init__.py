"""The benchmarks: how fast and how big the job is, kept out of the product packages.

``solieu bench`` / ``make bench`` / ``python -m benchmarks``: ``generate`` writes N report texts
with known figures, ``measure`` runs the real job on them (and the comparisons: plain Python, a
running ``prefect server``), ``report`` prints the table; ``run`` ties them together.
``lake`` (``python -m benchmarks lake``, ``make bench-lake``) runs the job into a DuckDB file and
into a DuckLake with ``solieu sql`` queries meanwhile; ``stages`` times each step of the job in one
process, ``parser_speed`` (``make bench-parser``) the parser alone and ``validation_speed`` the
checks alone.

They need the ``bench`` extra (psutil, for the memory of a run's processes):
``pip install -c constraints.txt -e '.[bench]'``; the method and the latest results are in
docs/performance.md.
"""
