-- A ledger of the inbox files read (see README "Warehouse tables"): a later run skips,
-- without opening it, a file whose name, size and modification time are those recorded
-- here and whose recorded text is in `documents` (sources/inbox_ledger.py says why that
-- is trusted, and how to turn it off). One row per name: the loader deletes a name's
-- row before inserting its new one. No PRIMARY KEY, for the reason migration 005 gives.
CREATE TABLE IF NOT EXISTS inbox_files (
    source_name     VARCHAR NOT NULL,  -- = documents.source_name: the path relative to the inbox
    byte_size       BIGINT NOT NULL,   -- st_size when it was read
    mtime_ns        BIGINT NOT NULL,   -- st_mtime_ns when it was read
    content_sha256  VARCHAR NOT NULL,  -- of the bytes read = documents.content_sha256
    recorded_at     TIMESTAMP NOT NULL
);
