-- Which demo content sets were loaded, so that demo content is loaded on the first start only.
CREATE TABLE demo_content (
    item      VARCHAR(100)             NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
