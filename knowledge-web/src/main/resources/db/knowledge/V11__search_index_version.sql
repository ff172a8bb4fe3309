-- Which version of the article index's layout the search index was built with; a newer
-- application rebuilds the index once when the layout changed.
CREATE TABLE search_index_version (
    id       INT NOT NULL PRIMARY KEY,
    version  INT NOT NULL
);
INSERT INTO search_index_version (id, version) VALUES (1, 0);
