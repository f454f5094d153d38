-- Schema version 13: the four-eyes principle for identified data. A school
-- given to a nurse by the administrator is a pending grant until a second
-- person confirms it (a nurse of that school, or the coordinator where the
-- school has none); only then is it in user_school. A password the
-- administrator sets for someone else is one-time: it must be changed at the
-- next sign-in, the reset is shown to the account and to the nurses of its
-- schools, and every audit row under the account until its owner has seen the
-- reset is marked.

CREATE TABLE access_grant (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    school_id    INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    requested_by INTEGER REFERENCES app_user(id), -- empty at first set-up
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'refused', 'withdrawn')),
    decided_by   INTEGER REFERENCES app_user(id),
    decided_at   TEXT,
    first_setup  INTEGER NOT NULL DEFAULT 0 CHECK (first_setup IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX access_grant_one_pending ON access_grant (user_id, school_id)
    WHERE status = 'pending';
CREATE INDEX access_grant_by_school ON access_grant (school_id, status);

-- Who has seen which notice (a grant confirmed, a password reset).
CREATE TABLE notice_seen (
    user_id   INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('grant', 'reset')),
    notice_id INTEGER NOT NULL,
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, notice_id)
) STRICT, WITHOUT ROWID;

ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));

CREATE TABLE password_reset (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    reset_by   INTEGER NOT NULL REFERENCES app_user(id),
    reset_at   TEXT NOT NULL,
    changed_at TEXT -- when the account's own password replaced the one-time one
) STRICT;
CREATE INDEX password_reset_by_user ON password_reset (user_id);
