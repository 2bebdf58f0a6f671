-- The name an analyst chose to show for an entity, kept by every later resolve run while the
-- entity still has that name among its spellings.
CREATE TABLE preferred_name (
    entity_id  VARCHAR(64)   PRIMARY KEY,
    name       VARCHAR(1000) NOT NULL,
    chosen_by  VARCHAR(200)  NOT NULL,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
