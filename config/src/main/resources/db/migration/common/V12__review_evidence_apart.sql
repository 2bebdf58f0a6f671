-- A candidate's evidence and its names as written, apart from its pair and figures: each night
-- brings most queued pairs a new count of mentions, and a row is written again whole, evidence and
-- all, for each.
CREATE TABLE review_evidence (
    candidate_id BIGINT        NOT NULL PRIMARY KEY REFERENCES review_candidate (id) ON DELETE CASCADE,
    evidence     VARCHAR(4000) NOT NULL,
    written_a    VARCHAR(1000),
    written_b    VARCHAR(1000)
);
INSERT INTO review_evidence (candidate_id, evidence, written_a, written_b)
    SELECT id, evidence, written_a, written_b FROM review_candidate;
ALTER TABLE review_candidate DROP COLUMN evidence;
ALTER TABLE review_candidate DROP COLUMN written_a;
ALTER TABLE review_candidate DROP COLUMN written_b;
