"""The DuckDB warehouse: migrations, the loader and read helpers."""
