-- Protection (only editors may edit) and revisions hidden by editors (vandalism, personal data).
ALTER TABLE article ADD COLUMN protected_by VARCHAR(100);
ALTER TABLE revision ADD COLUMN hidden_by VARCHAR(100);
