-- Every resolve run compares the queue it made with the one stored, pair by pair: this index
-- holds all it reads, so H2 need not read each row whole (its evidence included), which took
-- seconds for a queue of a few hundred thousand pairs.
CREATE INDEX review_candidate_pair ON review_candidate (name_a, name_b, score, mentions, shared_co_mentions);
