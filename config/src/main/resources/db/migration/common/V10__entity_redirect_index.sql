-- A merge points the earlier redirects to the merged entity straight to its survivor: found by
-- this index, not by reading every entity once per merge.
CREATE INDEX entity_redirect_to ON entity (redirect_to);
