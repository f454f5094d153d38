-- Schema version 6: the nurse workspace: school assignments, sign-in
-- throttling, the append-only audit log, handled flags, case follow-up and
-- case sharing with consent.

-- A deactivated account cannot sign in; its history (audit, cases) stays.
ALTER TABLE app_user ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- The schools a nurse or welfare group works in.
CREATE TABLE user_school (
    user_id   INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    school_id INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, school_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_school_by_school ON user_school (school_id);

-- Consecutive wrong passwords per user name, kept for names that do not exist
-- as well, so that the waits do not tell which names exist. Cleared by a
-- successful sign-in.
CREATE TABLE sign_in_failure (
    username   TEXT PRIMARY KEY,
    failures   INTEGER NOT NULL CHECK (failures > 0),
    last_at    TEXT NOT NULL,
    wait_until TEXT NOT NULL
) STRICT;

-- Who saw or changed what, and when. The pupil is recorded by uuid only, so
-- that erasing the pupil leaves no name here; there is no foreign key, so
-- the rows outlive the pupil and the user.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user_id    INTEGER NOT NULL,
    username   TEXT NOT NULL,
    role       TEXT NOT NULL,
    action     TEXT NOT NULL,
    pupil_uuid TEXT,
    detail     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_by_pupil ON audit_log (pupil_uuid, at) WHERE pupil_uuid IS NOT NULL;
CREATE INDEX audit_log_by_time ON audit_log (at);

-- Append-only: the application can add rows, never change or remove them.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing the delete
-- trigger (recursive_triggers is off): refuse any insert over an existing row.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be replaced');
END;

-- A flag the nurse has dealt with. Keyed by the response, not the flag row,
-- so that rescoring (which rewrites the flags) keeps the record; erasing the
-- pupil removes it with the response.
CREATE TABLE flag_handling (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    handled_by  INTEGER NOT NULL REFERENCES app_user(id),
    handled_at  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, code)
) STRICT, WITHOUT ROWID;

-- What was done about a pupil; a booked follow-up carries its date until done.
CREATE TABLE case_action (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    pupil_id    INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('talked_with_pupil', 'follow_up_booked',
                    'referred_psychologist', 'referred_social_worker', 'referred_doctor',
                    'referred_urgent_care', 'contacted_guardian', 'no_action_needed')),
    follow_up_on TEXT CHECK ((kind = 'follow_up_booked') = (follow_up_on IS NOT NULL)),
    note        TEXT NOT NULL DEFAULT '',
    response_id INTEGER REFERENCES response(id) ON DELETE SET NULL,
    recorded_by INTEGER NOT NULL REFERENCES app_user(id),
    recorded_at TEXT NOT NULL,
    done_by     INTEGER REFERENCES app_user(id),
    done_at     TEXT
) STRICT;
CREATE INDEX case_action_by_pupil ON case_action (pupil_id, recorded_at);
CREATE INDEX case_action_open_follow_up ON case_action (follow_up_on)
    WHERE follow_up_on IS NOT NULL AND done_at IS NULL;

-- A case shared with a case team member, with whose consent and when. Access
-- lasts while withdrawn_at is empty.
CREATE TABLE case_share (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    pupil_id     INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    member_id    INTEGER NOT NULL REFERENCES app_user(id),
    shared_by    INTEGER NOT NULL REFERENCES app_user(id),
    shared_at    TEXT NOT NULL,
    consent_from TEXT NOT NULL CHECK (consent_from IN ('pupil', 'guardian')),
    consent_on   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    withdrawn_by INTEGER REFERENCES app_user(id),
    withdrawn_at TEXT
) STRICT;
CREATE INDEX case_share_by_pupil ON case_share (pupil_id);
CREATE UNIQUE INDEX case_share_active_once ON case_share (member_id, pupil_id)
    WHERE withdrawn_at IS NULL;

-- The workspace reads a school's pupils (each pupil's completed responses come
-- from response_completed_once).
CREATE INDEX pupil_by_school ON pupil (school_id);

-- A pupil belongs only to groups of their own school. The workspace lists a
-- group's members to the nurse of the group's school, so a pupil who moved must
-- leave the old school's groups (classes and teaching groups alike).
DELETE FROM group_member WHERE EXISTS (
    SELECT 1 FROM pupil p, pupil_group g
    WHERE p.id = group_member.pupil_id AND g.id = group_member.group_id
      AND g.school_id <> p.school_id);
CREATE TRIGGER pupil_moved_leaves_groups AFTER UPDATE OF school_id ON pupil
WHEN old.school_id IS NOT new.school_id
BEGIN
    DELETE FROM group_member WHERE pupil_id = new.id
        AND group_id IN (SELECT id FROM pupil_group WHERE school_id IS NOT new.school_id);
END;
CREATE TRIGGER group_member_same_school BEFORE INSERT ON group_member
WHEN (SELECT school_id FROM pupil WHERE id = new.pupil_id)
     IS NOT (SELECT school_id FROM pupil_group WHERE id = new.group_id)
BEGIN
    SELECT RAISE(ABORT, 'a pupil can only join groups of their own school');
END;
