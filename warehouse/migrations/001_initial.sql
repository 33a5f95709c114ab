-- The public tables of the warehouse (see README "Warehouse tables").
-- Analysts and scheduled jobs depend on these names: change them only with a
-- new numbered migration and a note in the README.

CREATE TABLE IF NOT EXISTS runs (
    run_id              BIGINT PRIMARY KEY,
    flow_run_id         VARCHAR,          -- Prefect flow run id (NULL when run without Prefect)
    started_at          TIMESTAMP NOT NULL,
    finished_at         TIMESTAMP,
    status              VARCHAR NOT NULL, -- running, completed, failed
    inbox               VARCHAR,
    parser_version      VARCHAR,
    documents_seen      INTEGER DEFAULT 0,
    documents_new       INTEGER DEFAULT 0,
    documents_skipped   INTEGER DEFAULT 0, -- already loaded (same content hash)
    documents_rejected  INTEGER DEFAULT 0,
    figures_loaded      INTEGER DEFAULT 0,
    figures_warning     INTEGER DEFAULT 0,
    figures_quarantined INTEGER DEFAULT 0,
    failures            INTEGER DEFAULT 0,
    report_path         VARCHAR,
    message             VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    document_id     BIGINT PRIMARY KEY,
    source_name     VARCHAR NOT NULL,  -- file name or URL
    content_sha256  VARCHAR,           -- NULL only when the bytes could not be read
    title           VARCHAR,
    region          VARCHAR,
    period_label    VARCHAR,
    period_start    DATE,
    period_end      DATE,
    published_on    DATE,
    status          VARCHAR NOT NULL,  -- parsed, rejected
    reject_reason   VARCHAR,
    run_id          BIGINT NOT NULL,
    parser_version  VARCHAR,
    byte_size       BIGINT,
    loaded_at       TIMESTAMP NOT NULL
);

-- The normalised text every figure span refers to; kept apart from
-- `documents` so that `SELECT * FROM documents` stays light.
CREATE TABLE IF NOT EXISTS document_texts (
    document_id BIGINT PRIMARY KEY,
    text        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS figures (
    figure_id            BIGINT PRIMARY KEY,
    document_id          BIGINT NOT NULL,
    ordinal              INTEGER NOT NULL, -- position among the document's figures
    indicator            VARCHAR,
    indicator_text       VARCHAR,
    kind                 VARCHAR NOT NULL, -- amount, share, growth
    value                DOUBLE NOT NULL,
    value_high           DOUBLE,
    unit                 VARCHAR NOT NULL,
    qualifier            VARCHAR,          -- estimate, more_than, less_than, approx
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
    component_of         BIGINT,           -- figure_id of the total
    status               VARCHAR NOT NULL, -- valid, warning, quarantined
    value_rounding       DOUBLE,
    pct_of_plan_rounding DOUBLE,
    yoy_change_rounding  DOUBLE,
    parser_version       VARCHAR,
    run_id               BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS validation_failures (
    failure_id     BIGINT PRIMARY KEY,
    run_id         BIGINT NOT NULL,
    document_id    BIGINT,
    figure_ids     BIGINT[],
    check_name     VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL,  -- error, warning
    message        VARCHAR NOT NULL,
    expected       DOUBLE,
    observed       DOUBLE,
    sentence       VARCHAR,
    review_status  VARCHAR NOT NULL DEFAULT 'open', -- open, accepted, rejected
    reviewer       VARCHAR,
    reviewed_at    TIMESTAMP,
    review_note    VARCHAR,
    created_at     TIMESTAMP NOT NULL
);
