"""``python -m benchmarks [--sizes 1000,20000] ...``: the same as ``solieu bench``, with its options.

``python -m benchmarks lake [--size 20000] ...``: a lake against a file (``benchmarks/lake.py``).
"""

import sys

from flows.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["lake"]:
        from benchmarks.lake import main as lake_main

        sys.exit(lake_main(sys.argv[2:]))
    sys.exit(main(["bench", *sys.argv[1:]]))
