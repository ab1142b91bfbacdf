-- Similar names and duplicate applicants (issue 6): the officer's decision about a pair of
-- applications that may be the same person, kept so it survives a restart. One row per pair as
-- decided (the application being captured, the stored candidate), the latest decision standing;
-- the audit log keeps every decision. A pair judged DIFFERENT_PERSON is not asked about again, in
-- either direction, so lookups go by both columns.
CREATE TABLE duplicate_decision (
    application_id  UUID NOT NULL,
    candidate_id    UUID NOT NULL,
    verdict         VARCHAR(20) NOT NULL CHECK (verdict IN ('SAME_PERSON', 'DIFFERENT_PERSON')),
    decided_by      VARCHAR(100) NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, candidate_id)
);
CREATE INDEX duplicate_decision_candidate ON duplicate_decision (candidate_id);
