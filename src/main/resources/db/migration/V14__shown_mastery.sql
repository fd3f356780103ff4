-- The estimate a learner, a teacher and the gradebook see: P(L), except that one answer lowers it
-- by at most 25 points of credit and a correct answer never lowers it (LearnerModel.record).
-- NULL reads as the estimate itself, which is what every existing row shows today.
ALTER TABLE mastery_skill ADD COLUMN shown_knowledge DOUBLE;
