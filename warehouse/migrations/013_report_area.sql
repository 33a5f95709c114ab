-- The district, town, ward or commune a report and its figures are about, when the report is about one and not its
-- whole province (parsing/report_area.py): the cross-document checks compare figures of one area only, and the
-- analysts' one value per fact takes no district's figure for its province's. Loaded before this migration: NULL
-- (`solieu reparse --force` fills them in). ADD COLUMN IF NOT EXISTS: safe to re-run.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS area VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS area VARCHAR;
