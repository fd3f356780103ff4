-- The learner's memory lines, shown on every answer to a French item (mastery.SpacedRepetition
-- .progress), read the card rows and the latest right answers only, not every review the learner
-- ever gave: each card keeps whether its latest answer was automatic, and the reviews are indexed
-- by time within the learner's assignment.
ALTER TABLE mastery_card ADD COLUMN last_automatic BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE mastery_card SET last_automatic = COALESCE((
    SELECT r.automatic FROM mastery_card_review r
    WHERE r.membership_id = mastery_card.membership_id AND r.link_id = mastery_card.link_id
      AND r.card_key = mastery_card.card_key
    ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), FALSE);

CREATE INDEX ix_mastery_card_review_time ON mastery_card_review (membership_id, link_id, reviewed_at);
