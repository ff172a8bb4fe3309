-- Structured fields of agriculture practice notes, and their verification by an expert.
CREATE TABLE agri_note (
    article_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES article (id),
    crop                VARCHAR(100),
    pest                VARCHAR(100),
    season_months       VARCHAR(40),
    district            VARCHAR(100),
    commune             VARCHAR(100),
    method              VARCHAR(1000),
    verified_by         VARCHAR(100),
    verified_at         TIMESTAMP WITH TIME ZONE,
    verified_revision   BIGINT
);
CREATE INDEX agri_note_crop_idx ON agri_note (crop);
CREATE INDEX agri_note_district_idx ON agri_note (district);
