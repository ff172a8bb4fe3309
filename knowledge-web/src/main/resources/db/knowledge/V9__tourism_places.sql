-- Tourism & culture: where a place is and what it is (on the Vietnamese article), and the
-- translations linked to it, each remembering the source revision it was translated from.
CREATE TABLE tourism_place (
    article_id          BIGINT           NOT NULL PRIMARY KEY REFERENCES article (id),
    kind                VARCHAR(20),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    address             VARCHAR(300),
    opening_hours       VARCHAR(300),
    source_article_id   BIGINT           REFERENCES article (id),
    source_revision     BIGINT
);
CREATE INDEX tourism_place_kind_idx ON tourism_place (kind);
CREATE INDEX tourism_place_source_idx ON tourism_place (source_article_id);
