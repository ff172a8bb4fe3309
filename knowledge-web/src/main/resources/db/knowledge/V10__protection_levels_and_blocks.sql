-- Protection levels (only editors, or only medical reviewers, may edit) and blocked users.
ALTER TABLE article ADD COLUMN protection_level VARCHAR(20);
UPDATE article SET protection_level = 'editors' WHERE protected_by IS NOT NULL;

CREATE TABLE user_block (
    username      VARCHAR(100)             NOT NULL PRIMARY KEY,
    reason        VARCHAR(500)             NOT NULL,
    blocked_by    VARCHAR(100)             NOT NULL,
    blocked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE
);
