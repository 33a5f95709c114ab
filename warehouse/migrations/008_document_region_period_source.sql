-- How each document's region and period were found, and the province code valid on its period
-- (see README "Warehouse tables", documents). Documents loaded before this migration keep NULL:
-- `solieu reparse --force` fills them in. ADD COLUMN IF NOT EXISTS: safe to re-run.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS region_source VARCHAR;  -- text, sidecar, source, folder, url
ALTER TABLE documents ADD COLUMN IF NOT EXISTS period_source VARCHAR;  -- text, title, published
ALTER TABLE documents ADD COLUMN IF NOT EXISTS region_code VARCHAR;    -- province_codes.tsv, on the period
-- A run's count of new parsed documents the parser could give no province, and no period.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS documents_without_region INTEGER DEFAULT 0;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS documents_without_period INTEGER DEFAULT 0;
