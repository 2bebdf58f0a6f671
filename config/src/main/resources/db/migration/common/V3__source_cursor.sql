-- What each named source last gave: a file's size and modification time, a page's ETag or
-- Last-Modified, a feed item's id. A nightly run takes only what is new or changed.
CREATE TABLE source_cursor (
    source     VARCHAR(2000) NOT NULL,
    item       VARCHAR(2000) NOT NULL,
    version    VARCHAR(500)  NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, item)
);
