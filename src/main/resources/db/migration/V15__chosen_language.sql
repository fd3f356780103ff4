-- The language a person chose inside the tool (en, es); NULL follows the LMS's locale for them.
ALTER TABLE course_person ADD COLUMN chosen_locale VARCHAR(35);
