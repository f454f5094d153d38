-- Schema version 15: counts received in summary bundles kept lean, and the
-- per-school summary summed afresh after a summary bundle's merge.
--
-- A municipality's summary bundle is close to a million counts. Each count
-- carried its bundle, sender and time, and sat in a key order that made every
-- insert land in the middle of the table and a second index: most of a
-- coordinator's import went into writing those. The sender, bundle and time
-- are one per school and round (a newer summary replaces a school's round
-- whole), so they move to received_summary_source, and the counts are keyed in
-- the order a bundle carries them.

DROP TRIGGER received_summary_added;
DROP TRIGGER received_summary_removed;
DROP TRIGGER received_summary_changed;
DROP INDEX received_summary_by_school;
ALTER TABLE received_summary RENAME TO received_summary_14;

-- Per school and round: whose summary stands here.
CREATE TABLE received_summary_source (
    school_id INTEGER NOT NULL REFERENCES school(id),
    round_id  INTEGER NOT NULL REFERENCES round(id),
    device_id INTEGER NOT NULL REFERENCES trusted_device(id),
    bundle_id TEXT NOT NULL,
    made_at   TEXT NOT NULL, -- the bundle's creation time: an older one never replaces it
    PRIMARY KEY (school_id, round_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX received_summary_source_by_bundle ON received_summary_source (bundle_id);

CREATE TABLE received_summary (
    school_id     INTEGER NOT NULL,
    round_id      INTEGER NOT NULL,
    instrument_id TEXT NOT NULL,
    gender        TEXT NOT NULL,
    grade         INTEGER NOT NULL,
    class_id      INTEGER NOT NULL,
    domain_id     TEXT NOT NULL,
    ok            INTEGER NOT NULL CHECK (ok >= 0),
    watch         INTEGER NOT NULL CHECK (watch >= 0),
    concern       INTEGER NOT NULL CHECK (concern >= 0),
    PRIMARY KEY (school_id, round_id, instrument_id, gender, grade, class_id, domain_id),
    FOREIGN KEY (school_id, round_id) REFERENCES received_summary_source (school_id, round_id)
) STRICT, WITHOUT ROWID;

-- All counts of a school and round came with one bundle, so any row names it.
INSERT INTO received_summary_source (school_id, round_id, device_id, bundle_id, made_at)
SELECT school_id, round_id, device_id, bundle_id, max(made_at)
FROM received_summary_14 GROUP BY school_id, round_id;
INSERT INTO received_summary (school_id, round_id, instrument_id, gender, grade, class_id,
                              domain_id, ok, watch, concern)
SELECT school_id, round_id, instrument_id, gender, grade, class_id, domain_id, ok, watch, concern
FROM received_summary_14;
DROP TABLE received_summary_14;

-- As in schema 14: counted into group_summary row by row, except in a bulk
-- load, whose loader adds a bundle's rows in one statement.
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

-- A bulk load may also defer the per-school summary (schools_recounted): its
-- triggers on group_summary stand aside, and the loader sums school_summary
-- afresh from group_summary for the schools it loaded before it commits. A
-- coordinator's summary bundle adds most of a school's rows new, where one
-- sum per school beats an upsert per row.
ALTER TABLE bulk_load ADD COLUMN schools_recounted INTEGER NOT NULL DEFAULT 0
    CHECK (schools_recounted IN (0, 1));

DROP TRIGGER school_summary_added;
CREATE TRIGGER school_summary_added AFTER INSERT ON group_summary
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE schools_recounted)
BEGIN
    INSERT INTO school_summary (round_id, instrument_id, domain_id, school_id, gender,
                                ok, watch, concern)
    VALUES (new.round_id, new.instrument_id, new.domain_id, new.school_id, new.gender,
            new.ok, new.watch, new.concern)
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;

DROP TRIGGER school_summary_changed;
CREATE TRIGGER school_summary_changed AFTER UPDATE OF ok, watch, concern ON group_summary
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE schools_recounted)
BEGIN
    UPDATE school_summary SET ok = ok + new.ok - old.ok, watch = watch + new.watch - old.watch,
                              concern = concern + new.concern - old.concern
    WHERE round_id = new.round_id AND instrument_id = new.instrument_id
      AND domain_id = new.domain_id AND school_id = new.school_id AND gender = new.gender;
    DELETE FROM school_summary
    WHERE round_id = new.round_id AND instrument_id = new.instrument_id
      AND domain_id = new.domain_id AND school_id = new.school_id AND gender = new.gender
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

DROP TRIGGER school_summary_removed;
CREATE TRIGGER school_summary_removed AFTER DELETE ON group_summary
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE schools_recounted)
BEGIN
    UPDATE school_summary SET ok = ok - old.ok, watch = watch - old.watch,
                              concern = concern - old.concern
    WHERE round_id = old.round_id AND instrument_id = old.instrument_id
      AND domain_id = old.domain_id AND school_id = old.school_id AND gender = old.gender;
    DELETE FROM school_summary
    WHERE round_id = old.round_id AND instrument_id = old.instrument_id
      AND domain_id = old.domain_id AND school_id = old.school_id AND gender = old.gender
      AND ok = 0 AND watch = 0 AND concern = 0;
END;
