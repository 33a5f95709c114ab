-- Items fetched from feeds and URL lists (see README "Sources").
-- A URL in `fetched_items` (as `url` or `final_url`) is never fetched again;
-- its bytes are in `fetched_raw`, so the article can be extracted again
-- later without another request. Kept apart from `fetched_items` so that
-- `SELECT * FROM fetched_items` stays light (as `document_texts` is apart
-- from `documents`).

CREATE TABLE IF NOT EXISTS fetched_items (
    item_id          BIGINT PRIMARY KEY,
    url              VARCHAR NOT NULL UNIQUE, -- as listed in the feed or the URL list
    final_url        VARCHAR NOT NULL,        -- after redirects; documents.source_name of its document
    source           VARCHAR NOT NULL,        -- the [[source]] name in the sources file
    feed_url         VARCHAR,                 -- the feed that listed it (NULL for URL lists)
    fetched_at       TIMESTAMP NOT NULL,
    http_status      INTEGER NOT NULL,
    content_type     VARCHAR,
    byte_size        BIGINT NOT NULL,
    content_sha256   VARCHAR NOT NULL,        -- of the raw bytes
    title            VARCHAR,                 -- of the article (else of the feed item)
    published_on     DATE,                    -- of the article (else of the feed item)
    outcome          VARCHAR NOT NULL,        -- document, not_article
    document_sha256  VARCHAR,                 -- content_sha256 of the document made from it
    run_id           BIGINT
);

CREATE TABLE IF NOT EXISTS fetched_raw (
    item_id BIGINT PRIMARY KEY,
    raw     BLOB NOT NULL                     -- the response body exactly as received
);

-- One row per failed attempt to use a URL in a run: HTTP errors, timeouts,
-- connection errors, feeds that are not feeds, pages that are not articles.
CREATE TABLE IF NOT EXISTS fetch_failures (
    failure_id   BIGINT PRIMARY KEY,
    url          VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    http_status  INTEGER,
    attempts     INTEGER NOT NULL,            -- requests made in that run (1 + retries)
    failed_at    TIMESTAMP NOT NULL,
    run_id       BIGINT
);
