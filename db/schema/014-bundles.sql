-- Schema version 14: results travel between installations as signed,
-- encrypted bundle files (docs/bundles.md).

-- This installation's identity: a signing key pair (Ed25519) that vouches for
-- the bundles it makes and a sealing key pair (X25519) that opens the ones
-- addressed to it. The secret halves live here because the database itself is
-- encrypted (docs/encryption.md); made at set-up, or when first needed by a
-- database set up before this version.
CREATE TABLE device_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),
    sign_secret BLOB NOT NULL CHECK (length(sign_secret) = 64),
    seal_public BLOB NOT NULL CHECK (length(seal_public) = 32),
    seal_secret BLOB NOT NULL CHECK (length(seal_secret) = 32),
    created_at  TEXT NOT NULL
) STRICT;

-- Other installations whose device line an administrator has compared by its
-- fingerprint and trusted. A revoked device stays (the bundles logged under it
-- point at it) but its bundles are refused from then on.
CREATE TABLE trusted_device (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    sign_public BLOB NOT NULL UNIQUE CHECK (length(sign_public) = 32),
    seal_public BLOB NOT NULL CHECK (length(seal_public) = 32),
    trusted_by  INTEGER NOT NULL REFERENCES app_user(id),
    trusted_at  TEXT NOT NULL,
    revoked_by  INTEGER REFERENCES app_user(id),
    revoked_at  TEXT
) STRICT;

-- Every bundle made here or imported here, so that a bundle is imported once
-- and `bundle export --since` knows where the last one ended.
CREATE TABLE bundle_log (
    bundle_id   TEXT PRIMARY KEY,
    direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    kind        TEXT NOT NULL CHECK (kind IN ('identified', 'summary')),
    device_id   INTEGER NOT NULL REFERENCES trusted_device(id),
    created_at  TEXT NOT NULL, -- the bundle's own time, from its signed header
    logged_at   TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES app_user(id),
    records     INTEGER NOT NULL
) STRICT;

-- The other uuids a record is known by: the same class list imported on two
-- laptops gives the same pupil (school, class, round) two uuids; one record is
-- kept and the other uuid resolves to it in later bundles.
CREATE TABLE uuid_alias (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('pupil', 'school', 'group', 'round')),
    local_uuid TEXT NOT NULL
) STRICT;
CREATE INDEX uuid_alias_by_local ON uuid_alias (local_uuid);

-- Erased pupils, by uuid and the school they were in, so that an erased pupil
-- never comes back from an older bundle, and so that the erasure itself
-- travels, to the nurses of that school only. Written by the trigger below,
-- whoever erases.
CREATE TABLE tombstone (
    uuid        TEXT PRIMARY KEY,
    school_uuid TEXT NOT NULL,
    erased_at   TEXT NOT NULL
) STRICT;
CREATE INDEX tombstone_by_school ON tombstone (school_uuid, erased_at);
CREATE TRIGGER pupil_erased_tombstone AFTER DELETE ON pupil
BEGIN
    INSERT OR IGNORE INTO tombstone (uuid, school_uuid, erased_at)
        VALUES (old.uuid, (SELECT uuid FROM school WHERE id = old.school_id),
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    INSERT OR IGNORE INTO tombstone (uuid, school_uuid, erased_at)
        SELECT uuid, (SELECT uuid FROM school WHERE id = old.school_id),
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM uuid_alias
        WHERE local_uuid = old.uuid AND kind = 'pupil';
    DELETE FROM uuid_alias WHERE local_uuid = old.uuid AND kind = 'pupil';
END;

-- What a bundle carried that would have overwritten something here: a
-- completed response changed, or a second completed response of a pupil for
-- the same instrument and round. Listed for the nurse; never applied silently.
CREATE TABLE bundle_conflict (
    id                INTEGER PRIMARY KEY,
    bundle_id         TEXT NOT NULL,
    found_at          TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('changed_response', 'second_completed')),
    pupil_id          INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    local_response_id INTEGER REFERENCES response(id) ON DELETE CASCADE,
    response_uuid     TEXT NOT NULL,
    incoming          TEXT NOT NULL CHECK (json_valid(incoming)) -- the response as carried
) STRICT;
CREATE INDEX bundle_conflict_by_pupil ON bundle_conflict (pupil_id);
CREATE UNIQUE INDEX bundle_conflict_once ON bundle_conflict (response_uuid, local_response_id);

-- Flag handling merges by its own uuid. Rows made before this version get one
-- here; new rows get theirs from the trigger when the writer gives none.
ALTER TABLE flag_handling ADD COLUMN uuid TEXT;
UPDATE flag_handling SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
    substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
    substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX flag_handling_by_uuid ON flag_handling (uuid);
CREATE TRIGGER flag_handling_uuid AFTER INSERT ON flag_handling WHEN new.uuid IS NULL
BEGIN
    UPDATE flag_handling SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) ||
        '-4' || substr(hex(randomblob(2)), 2) || '-' ||
        substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
        hex(randomblob(6)))
    WHERE response_id = new.response_id AND code = new.code;
END;

-- The marker of a bulk load (see the end of this script).
CREATE TABLE bulk_load (
    id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

-- Counts received in summary bundles (the coordinator's installation): per
-- school and round, the newest summary received replaces the one before. They
-- count in group_summary beside the counts of the results held here, through
-- the triggers below, so every figure reads one table.
CREATE TABLE received_summary (
    round_id      INTEGER NOT NULL REFERENCES round(id),
    instrument_id TEXT NOT NULL,
    domain_id     TEXT NOT NULL,
    school_id     INTEGER NOT NULL REFERENCES school(id),
    gender        TEXT NOT NULL,
    grade         INTEGER NOT NULL,
    class_id      INTEGER NOT NULL,
    ok            INTEGER NOT NULL CHECK (ok >= 0),
    watch         INTEGER NOT NULL CHECK (watch >= 0),
    concern       INTEGER NOT NULL CHECK (concern >= 0),
    device_id     INTEGER NOT NULL REFERENCES trusted_device(id),
    bundle_id     TEXT NOT NULL,
    made_at       TEXT NOT NULL, -- the bundle's creation time: an older one never replaces it
    PRIMARY KEY (round_id, instrument_id, domain_id, school_id, gender, grade, class_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX received_summary_by_school ON received_summary (school_id, round_id);

-- Row by row, except in a bulk load (below), whose loader adds a bundle's rows
-- in one statement.
CREATE TRIGGER received_summary_added AFTER INSERT ON received_summary
WHEN NOT EXISTS (SELECT 1 FROM bulk_load)
BEGIN
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    VALUES (new.round_id, new.instrument_id, new.domain_id, new.school_id, new.grade, new.gender,
            new.class_id, new.ok, new.watch, new.concern)
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;

CREATE TRIGGER received_summary_removed AFTER DELETE ON received_summary
BEGIN
    UPDATE group_summary SET ok = ok - old.ok, watch = watch - old.watch,
                             concern = concern - old.concern
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (old.round_id, old.instrument_id, old.domain_id, old.school_id, old.grade, old.gender,
           old.class_id);
    DELETE FROM group_summary
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (old.round_id, old.instrument_id, old.domain_id, old.school_id, old.grade, old.gender,
           old.class_id)
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

CREATE TRIGGER received_summary_changed BEFORE UPDATE ON received_summary
BEGIN
    SELECT RAISE(ABORT, 'received summary: rows are replaced, not changed');
END;

-- Bulk loads (a bundle's merge, the demo generator): while bulk_load has its
-- row, which is only ever inside the loading transaction (db/store/BulkLoad),
-- a new result is not counted row by row; the loader counts the batch's
-- results into group_summary in one statement before it commits. Removing and
-- changing results is counted as before.
DROP TRIGGER group_summary_result_added;
CREATE TRIGGER group_summary_result_added AFTER INSERT ON result
WHEN new.level IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bulk_load)
BEGIN
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id,
           new.level = 'ok', new.level = 'watch', new.level = 'concern'
    FROM response_cohort c WHERE c.response_id = new.response_id
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;

DROP TRIGGER group_summary_domain_added;
CREATE TRIGGER group_summary_domain_added AFTER INSERT ON domain_result
WHEN new.level IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bulk_load)
BEGIN
    SELECT RAISE(ABORT, 'group summary: a domain result without its response cohort')
    WHERE NOT EXISTS (SELECT 1 FROM response_cohort WHERE response_id = new.response_id);
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    SELECT c.round_id, c.instrument_id, new.domain_id, c.school_id, c.grade, c.gender,
           c.class_id, new.level = 'ok', new.level = 'watch', new.level = 'concern'
    FROM response_cohort c WHERE c.response_id = new.response_id
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;
