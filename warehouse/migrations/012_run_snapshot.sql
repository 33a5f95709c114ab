-- The DuckLake snapshot a run's end committed (`solieu sql --as-of-run N` reads the lake as it
-- stood then). NULL on a DuckDB file, which keeps no earlier states, and for a run whose process
-- died before its end (abandoned).
ALTER TABLE runs ADD COLUMN IF NOT EXISTS lake_snapshot BIGINT;
