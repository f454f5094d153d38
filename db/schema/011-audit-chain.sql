-- The audit log becomes a hash chain: each row carries the hash of the row
-- before it and a hash of its own content (BLAKE2b, db/src/db/access/AuditChain),
-- so a deleted, changed or inserted row shows, even when whoever edited the file
-- dropped the triggers first. AUTOINCREMENT, so an id is never given twice.
-- The rows already logged are chained, in id order, right after this script.
CREATE TABLE audit_log_chained (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    user_id    INTEGER NOT NULL,
    username   TEXT NOT NULL,
    role       TEXT NOT NULL,
    action     TEXT NOT NULL,
    pupil_uuid TEXT,
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  TEXT NOT NULL DEFAULT '',
    hash       TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO audit_log_chained (id, at, user_id, username, role, action, pupil_uuid, detail)
    SELECT id, at, user_id, username, role, action, pupil_uuid, detail FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE INDEX audit_log_by_pupil ON audit_log (pupil_uuid, at) WHERE pupil_uuid IS NOT NULL;
CREATE INDEX audit_log_by_time ON audit_log (at);

-- Append-only as before. The one change allowed is giving a row logged before
-- the chain its hashes, once, with nothing else changed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (old.hash = '' AND new.hash <> '' AND new.id = old.id AND new.at = old.at
          AND new.user_id = old.user_id AND new.username = old.username
          AND new.role = old.role AND new.action = old.action
          AND new.pupil_uuid IS old.pupil_uuid AND new.detail = old.detail)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = new.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be replaced');
END;
