-- Essays graded by hand: who graded, with what comment (the rubric is in the question version).
ALTER TABLE attempt_question ADD COLUMN graded_by VARCHAR(100);
ALTER TABLE attempt_question ADD COLUMN grader_comment VARCHAR(2000);
