-- The learner's memory lines (mastery.SpacedRepetition.progress) take the medians of their latest
-- right answers this week and before from this index alone: the rows are found in time order
-- within the learner's right answers and the response time is read from the index, not the table.
CREATE INDEX ix_mastery_card_review_right ON mastery_card_review (membership_id, link_id, correct, reviewed_at, response_ms);
