-- Review decisions as history. Every change of a failure's review status is a row here:
-- who, when, from which status to which, the note, and whether it came from a reviewer
-- (one failure, or every failure of a filter at once), from an earlier decision on the same
-- slip, or from a rule of the review rules file. `validation_failures.review_status` keeps
-- the current status; `review_rule` names the rule that decided it, when one did.
-- (Number 011: 008 to 010 belong to other branches; the runner applies any version not recorded.)
CREATE TABLE IF NOT EXISTS review_events (
    event_id     BIGINT NOT NULL,   -- no PRIMARY KEY, as for the other tables (migration 005)
    failure_id   BIGINT NOT NULL,
    from_status  VARCHAR NOT NULL,  -- open, accepted, rejected, expected
    to_status    VARCHAR NOT NULL,
    reviewer     VARCHAR,
    decided_at   TIMESTAMP NOT NULL,
    note         VARCHAR,
    origin       VARCHAR NOT NULL,  -- reviewer, earlier_decision, rule
    rule_name    VARCHAR,
    bulk_id      BIGINT,            -- the same for every failure decided by one bulk action
    bulk_filter  VARCHAR            -- that action's filter, as JSON
);
ALTER TABLE validation_failures ADD COLUMN IF NOT EXISTS review_rule VARCHAR;
