-- Schema version 8: a critical answer is recorded the moment it is saved, in
-- the same transaction as the answer, so that it reaches the nurse whether or
-- not the pupil finishes the questionnaire, and stays, whatever later becomes
-- of the response (the answer changed, the response abandoned), until she
-- marks it handled. Handling uses flag_handling with the same response and
-- code, so handling the completed result's critical flag handles this too.
CREATE TABLE critical_answer (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code LIKE 'critical.%'), -- as the scorer's flag
    reason      TEXT NOT NULL,  -- in the language the pupil answered in
    raised_at   TEXT NOT NULL,
    PRIMARY KEY (response_id, code)
) STRICT, WITHOUT ROWID;
