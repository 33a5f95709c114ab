# The two commands a new user needs: `make run` and `make test`.
# Both create .venv and install the project (pinned by constraints.txt) first.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp

.PHONY: run test test-fast lint typecheck eval bench bench-parser bench-lake clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/solieu run

lint: $(STAMP)
	$(BIN)/ruff check .

# mypy, configured in pyproject.toml ([tool.mypy]): parsing/ and schemas/ strict, the rest with mypy's defaults.
typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -q

# The edit-test loop: the fast tests on every core. `make test` (CI) runs everything serially,
# because the slow end-to-end tests time real processes.
test-fast: lint typecheck
	$(BIN)/pytest -q -m "not slow" -n auto

eval: $(STAMP)
	$(BIN)/solieu eval

bench-parser: $(STAMP)
	$(BIN)/python -m benchmarks.parser_speed

# Sizes 1000 and 20000 (minutes); add 100000 with: make bench BENCH_SIZES=1000,20000,100000
# (the plain-Python and running-server comparisons run up to 20000: at 100000 each is a run as long again)
BENCH_SIZES ?= 1000,20000
BENCH_COMPARE_UP_TO ?= 20000
bench: $(STAMP)
	$(BIN)/solieu bench --sizes $(BENCH_SIZES) --compare-up-to $(BENCH_COMPARE_UP_TO) --report bench-report.md

# A lake against a file: one run of BENCH_LAKE_SIZE reports into each, `solieu sql` every 3 s meanwhile
BENCH_LAKE_SIZE ?= 20000
bench-lake: $(STAMP)
	$(BIN)/python -m benchmarks lake --size $(BENCH_LAKE_SIZE) --report bench-lake-report.md

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/*.wal warehouse/*.run.lock warehouse/reports
