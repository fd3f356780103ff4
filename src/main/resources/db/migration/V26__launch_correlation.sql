-- The correlation id of a launch (docs/operations.md "Logs"): made at login initiation, kept with the
-- login state so the launch, which comes back through the LMS, logs under the same id.
ALTER TABLE lti_login_state ADD COLUMN correlation_id VARCHAR(64) NULL;
