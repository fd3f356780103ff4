-- A reflection asked about a recurring mistake keeps which mistake and how often it came back, so
-- the learner's next page and the teacher read the question as the learner did ("this mistake came
-- back 3 times: the sign of a term moved across"), not the generic wording
ALTER TABLE practice_reflection ADD COLUMN prompt_misconception VARCHAR(40);
ALTER TABLE practice_reflection ADD COLUMN prompt_count INT;
