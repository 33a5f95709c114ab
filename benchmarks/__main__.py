"""``python -m benchmarks [--sizes 1000,20000] ...``: the same as ``solieu bench``, with its options."""

import sys

from flows.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
