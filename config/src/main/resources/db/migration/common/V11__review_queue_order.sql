-- The queue is read most valuable first, and a run rewrites only the rows that changed, so the
-- order comes from the figures rather than from the order rows were written in.
CREATE INDEX review_candidate_value ON review_candidate (mentions DESC, score DESC);
