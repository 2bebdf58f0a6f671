-- Each side of a review candidate as the documents write it ("TD Bank"), beside its folded key.
ALTER TABLE review_candidate ADD COLUMN written_a VARCHAR(1000);
ALTER TABLE review_candidate ADD COLUMN written_b VARCHAR(1000);
