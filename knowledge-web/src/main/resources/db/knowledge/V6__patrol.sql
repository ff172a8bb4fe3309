-- Patrolling: an editor marks a published edit as checked.
ALTER TABLE revision ADD COLUMN patrolled_by VARCHAR(100);
ALTER TABLE revision ADD COLUMN patrolled_at TIMESTAMP WITH TIME ZONE;
