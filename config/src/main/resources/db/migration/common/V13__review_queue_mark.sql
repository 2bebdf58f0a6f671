-- The state of the resolve run that last wrote the review queue whole: empty while a run writes
-- it, or after one stopped midway. A run that reads on from that state may trust the copy of the
-- queue it kept beside it, rather than read every row back.
CREATE TABLE review_queue_mark (
    id    INTEGER      NOT NULL PRIMARY KEY,
    state VARCHAR(200)
);
INSERT INTO review_queue_mark (id, state) VALUES (1, NULL);
