-- The four large tables lose their PRIMARY KEY constraints; names, columns and types stay.
--
-- Why: DuckDB keeps a PRIMARY KEY as an ART index and writes the whole index again at
-- every checkpoint, which happens each time the loader closes the file after a batch (so
-- analysts can read between batches): closing after a batch took seconds once many
-- documents were loaded, and the indexes doubled the file (docs/performance.md). The ids stay unique without the index: one
-- loader writes at a time (the run lock) and takes the next ids inside its transaction
-- (`warehouse/loader.py:next_id`); tests/test_warehouse_ids.py checks it.
-- DuckDB cannot drop a constraint, so each table is rebuilt and renamed.

CREATE TABLE documents_rebuilt (
    document_id     BIGINT NOT NULL,
    source_name     VARCHAR NOT NULL,
    content_sha256  VARCHAR,
    title           VARCHAR,
    region          VARCHAR,
    period_label    VARCHAR,
    period_start    DATE,
    period_end      DATE,
    published_on    DATE,
    status          VARCHAR NOT NULL,
    reject_reason   VARCHAR,
    run_id          BIGINT NOT NULL,
    parser_version  VARCHAR,
    byte_size       BIGINT,
    loaded_at       TIMESTAMP NOT NULL
);
INSERT INTO documents_rebuilt SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_rebuilt RENAME TO documents;

CREATE TABLE document_texts_rebuilt (
    document_id BIGINT NOT NULL,
    text        VARCHAR NOT NULL
);
INSERT INTO document_texts_rebuilt SELECT * FROM document_texts;
DROP TABLE document_texts;
ALTER TABLE document_texts_rebuilt RENAME TO document_texts;

CREATE TABLE figures_rebuilt (
    figure_id            BIGINT NOT NULL,
    document_id          BIGINT NOT NULL,
    ordinal              INTEGER NOT NULL,
    indicator            VARCHAR,
    indicator_text       VARCHAR,
    kind                 VARCHAR NOT NULL,
    value                DOUBLE NOT NULL,
    value_high           DOUBLE,
    unit                 VARCHAR NOT NULL,
    qualifier            VARCHAR,
    pct_of_plan          DOUBLE,
    plan_basis           VARCHAR,
    pct_of_plan_alt      DOUBLE,
    plan_basis_alt       VARCHAR,
    yoy_change_pct       DOUBLE,
    change_abs           DOUBLE,
    raw_text             VARCHAR NOT NULL,
    sentence             VARCHAR,
    char_start           INTEGER NOT NULL,
    char_end             INTEGER NOT NULL,
    component_of         BIGINT,
    status               VARCHAR NOT NULL,
    value_rounding       DOUBLE,
    pct_of_plan_rounding DOUBLE,
    yoy_change_rounding  DOUBLE,
    parser_version       VARCHAR,
    run_id               BIGINT NOT NULL,
    plan_amount          DOUBLE,
    plan_amount_rounding DOUBLE
);
INSERT INTO figures_rebuilt SELECT * FROM figures;
DROP TABLE figures;
ALTER TABLE figures_rebuilt RENAME TO figures;

CREATE TABLE validation_failures_rebuilt (
    failure_id     BIGINT NOT NULL,
    run_id         BIGINT NOT NULL,
    document_id    BIGINT,
    figure_ids     BIGINT[],
    check_name     VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL,
    message        VARCHAR NOT NULL,
    expected       DOUBLE,
    observed       DOUBLE,
    sentence       VARCHAR,
    review_status  VARCHAR NOT NULL DEFAULT 'open',
    reviewer       VARCHAR,
    reviewed_at    TIMESTAMP,
    review_note    VARCHAR,
    created_at     TIMESTAMP NOT NULL,
    fingerprint    VARCHAR
);
INSERT INTO validation_failures_rebuilt SELECT * FROM validation_failures;
DROP TABLE validation_failures;
ALTER TABLE validation_failures_rebuilt RENAME TO validation_failures;
