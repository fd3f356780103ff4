-- People and courses belong to the registration (issuer, client_id) they came through, not to the
-- issuer: a platform reinstalled at the same address and registered again is a new registration and
-- starts empty. A registration is deleted with its data, or archived: kept with its data, found by
-- no login, launch or service call.

-- TRUE while the registration is in use, NULL once archived: the unique key holds among the
-- registrations in use only, so an archived one never blocks registering the same client again.
ALTER TABLE lti_platform ADD COLUMN active BOOLEAN DEFAULT TRUE;
ALTER TABLE lti_platform ADD COLUMN archived_at DATETIME(6);
ALTER TABLE lti_platform DROP CONSTRAINT uk_lti_platform;
ALTER TABLE lti_platform ADD CONSTRAINT uk_lti_platform_active UNIQUE (issuer, client_id, active);

-- Data left behind by registrations deleted before this version becomes an archived registration
-- under its old id, so the operator sees it and can delete it; its client_id is not known any more.
INSERT INTO lti_platform (id, name, issuer, client_id, authorization_endpoint, token_endpoint, jwks_uri, source,
                          created_at, updated_at, active, archived_at)
SELECT gone.platform_id, 'Deleted before V8', COALESCE(MIN(gone.issuer), 'unknown'), CONCAT('unknown-', gone.platform_id), '', '', '',
       'RECOVERED', MIN(gone.created_at), CURRENT_TIMESTAMP, NULL, CURRENT_TIMESTAMP
FROM (SELECT c.platform_id, c.issuer, c.created_at FROM course_context c
      UNION ALL
      SELECT a.platform_id, NULL, a.created_at FROM course_assignment a) gone
WHERE NOT EXISTS (SELECT 1 FROM lti_platform p WHERE p.id = gone.platform_id)
GROUP BY gone.platform_id;

-- A course is keyed by its registration, deployment and LMS context id.
ALTER TABLE course_context DROP CONSTRAINT uk_course_context;
ALTER TABLE course_context ADD CONSTRAINT uk_course_context UNIQUE (platform_id, deployment_id, lms_context_id);

-- A person is keyed by their registration and sub. Existing people take the registration of their
-- courses; someone in courses of several registrations of one issuer gets one row per registration,
-- and each membership the row of its course's registration. People in no course hold no progress
-- and belong to no registration that can be told: they are dropped.
ALTER TABLE course_person ADD COLUMN platform_id BIGINT;
ALTER TABLE course_person DROP CONSTRAINT uk_course_person;

UPDATE course_person SET platform_id = (
    SELECT MIN(c.platform_id) FROM course_membership m JOIN course_context c ON c.id = m.context_id
    WHERE m.person_id = course_person.id);

INSERT INTO course_person (platform_id, issuer, subject, name, given_name, family_name, email, locale, created_at, updated_at)
SELECT DISTINCT c.platform_id, p.issuer, p.subject, p.name, p.given_name, p.family_name, p.email, p.locale,
       p.created_at, p.updated_at
FROM course_person p
JOIN course_membership m ON m.person_id = p.id
JOIN course_context c ON c.id = m.context_id
WHERE c.platform_id <> p.platform_id;

UPDATE course_membership SET person_id = (
    SELECT own.id FROM course_person first_row
    JOIN course_person own ON own.issuer = first_row.issuer AND own.subject = first_row.subject
    JOIN course_context c ON c.platform_id = own.platform_id
    WHERE first_row.id = course_membership.person_id AND c.id = course_membership.context_id)
WHERE EXISTS (
    SELECT 1 FROM course_person p JOIN course_context c ON c.id = course_membership.context_id
    WHERE p.id = course_membership.person_id AND c.platform_id <> p.platform_id);

DELETE FROM course_person WHERE platform_id IS NULL;

ALTER TABLE course_person MODIFY platform_id BIGINT NOT NULL;
ALTER TABLE course_person ADD CONSTRAINT uk_course_person UNIQUE (platform_id, subject);

-- Assignments, Deep Linking requests and login states are found by registration when it goes.
CREATE INDEX ix_course_assignment_platform ON course_assignment (platform_id);
CREATE INDEX ix_lti_deep_link_request_platform ON lti_deep_link_request (platform_id);
CREATE INDEX ix_lti_login_state_platform ON lti_login_state (platform_id);
