-- Schema version 9: same-day corrections and removals of follow-up actions.
-- A follow-up action can be corrected or removed on the day it was recorded,
-- by the one who recorded it. The version before each change is kept here, so
-- a mis-click disappears from the case but not from its history.
CREATE TABLE case_action_revision (
    id           INTEGER PRIMARY KEY,
    action_id    INTEGER NOT NULL REFERENCES case_action(id) ON DELETE CASCADE,
    change       TEXT NOT NULL CHECK (change IN ('corrected', 'removed')),
    kind         TEXT NOT NULL,
    follow_up_on TEXT,
    note         TEXT NOT NULL,
    changed_by   INTEGER NOT NULL REFERENCES app_user(id),
    changed_at   TEXT NOT NULL
) STRICT;
CREATE INDEX case_action_revision_by_action ON case_action_revision (action_id);
CREATE TRIGGER case_action_revision_no_update BEFORE UPDATE ON case_action_revision
BEGIN
    SELECT RAISE(ABORT, 'case action revisions cannot be changed');
END;

-- A removed action stays in the table (its revisions point at it) but is no
-- longer part of the case, the follow-ups due or the summary.
ALTER TABLE case_action ADD COLUMN removed_by INTEGER REFERENCES app_user(id);
ALTER TABLE case_action ADD COLUMN removed_at TEXT;
