"""The benchmark: ``solieu bench`` / ``make bench``.

``generate`` writes N report texts with known figures, ``measure`` runs the
real job on them (and the comparisons), ``table`` prints what was measured.
"""
