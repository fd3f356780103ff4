-- The subject a teacher chose on the settings page of an assignment nobody has practised yet
-- (null: the Deep Linking choice, or math for a link added without Deep Linking).
ALTER TABLE course_link_settings ADD subject VARCHAR(40);
