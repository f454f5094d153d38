-- Schema version 7: group summaries kept up to date with each completed
-- response, so that dashboard figures never scan the result tables.
--
-- A completed questionnaire counts in the group the pupil was in when it was
-- completed (response_cohort), so history does not move when a pupil later
-- changes class or school. Triggers keep group_summary equal to a count over
-- result, domain_result and response_cohort inside the very transaction that
-- stores, rescores or erases a result, whichever code does it.

-- Where the pupil was when the response was first scored. No foreign key to
-- response: the row must outlive the cascade that deletes a response's results
-- (their triggers read it), and is removed by response_cohort_erased after it.
CREATE TABLE response_cohort (
    response_id   INTEGER PRIMARY KEY,
    round_id      INTEGER NOT NULL,
    instrument_id TEXT NOT NULL,
    school_id     INTEGER NOT NULL,
    grade         INTEGER NOT NULL,  -- 0: not recorded
    class_id      INTEGER NOT NULL,  -- 0: no class
    gender        TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other'))
) STRICT;

-- Completed questionnaires per level. domain_id '' is the overall level. The key
-- order serves both the municipal read (per school and gender, streamed in key
-- order without sorting) and one school's read (a seek per domain).
CREATE TABLE group_summary (
    round_id      INTEGER NOT NULL,
    instrument_id TEXT NOT NULL,
    domain_id     TEXT NOT NULL,
    school_id     INTEGER NOT NULL,
    gender        TEXT NOT NULL,
    grade         INTEGER NOT NULL,
    class_id      INTEGER NOT NULL,
    ok            INTEGER NOT NULL DEFAULT 0 CHECK (ok >= 0),
    watch         INTEGER NOT NULL DEFAULT 0 CHECK (watch >= 0),
    concern       INTEGER NOT NULL DEFAULT 0 CHECK (concern >= 0),
    PRIMARY KEY (round_id, instrument_id, domain_id, school_id, gender, grade, class_id)
) STRICT, WITHOUT ROWID;

-- The same counts per school and gender only: what the municipal table of every
-- dashboard query needs, a few thousand rows a round instead of about a hundred
-- thousand. Kept equal to group_summary summed over grades and classes by the
-- triggers on group_summary below.
CREATE TABLE school_summary (
    round_id      INTEGER NOT NULL,
    instrument_id TEXT NOT NULL,
    domain_id     TEXT NOT NULL,
    school_id     INTEGER NOT NULL,
    gender        TEXT NOT NULL,
    ok            INTEGER NOT NULL DEFAULT 0 CHECK (ok >= 0),
    watch         INTEGER NOT NULL DEFAULT 0 CHECK (watch >= 0),
    concern       INTEGER NOT NULL DEFAULT 0 CHECK (concern >= 0),
    PRIMARY KEY (round_id, instrument_id, domain_id, school_id, gender)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER school_summary_added AFTER INSERT ON group_summary
BEGIN
    INSERT INTO school_summary (round_id, instrument_id, domain_id, school_id, gender,
                                ok, watch, concern)
    VALUES (new.round_id, new.instrument_id, new.domain_id, new.school_id, new.gender,
            new.ok, new.watch, new.concern)
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;

CREATE TRIGGER school_summary_changed AFTER UPDATE OF ok, watch, concern ON group_summary
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

CREATE TRIGGER school_summary_removed AFTER DELETE ON group_summary
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

CREATE TRIGGER group_summary_rekeyed BEFORE UPDATE OF round_id, instrument_id, domain_id,
    school_id, gender, grade, class_id ON group_summary
BEGIN
    SELECT RAISE(ABORT, 'group summary: a summary row cannot move; delete and insert it');
END;

-- The small-group threshold (docs/product.md: default 10, never below 5).
CREATE TABLE small_group_setting (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    threshold INTEGER NOT NULL CHECK (threshold >= 5)
) STRICT;
INSERT INTO small_group_setting (id, threshold) VALUES (1, 10);

-- Databases that already hold results: their cohort is the pupils' present class.
INSERT INTO response_cohort (response_id, round_id, instrument_id, school_id, grade, class_id, gender)
SELECT r.id, r.round_id, iv.instrument_id,
       coalesce(g.school_id, p.school_id), coalesce(g.grade, 0), coalesce(g.id, 0),
       CASE WHEN p.gender IN ('female', 'male') THEN p.gender ELSE 'other' END
FROM result res
JOIN response r ON r.id = res.response_id
JOIN pupil p ON p.id = r.pupil_id
JOIN instrument_version iv ON iv.id = r.instrument_version_id
LEFT JOIN pupil_group g ON g.id = (
    SELECT min(m.group_id) FROM group_member m JOIN pupil_group c ON c.id = m.group_id
    WHERE m.pupil_id = p.id AND c.kind = 'class');

INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender, class_id,
                           ok, watch, concern)
SELECT c.round_id, c.instrument_id, d.domain_id, c.school_id, c.grade, c.gender, c.class_id,
       sum(d.level = 'ok'), sum(d.level = 'watch'), sum(d.level = 'concern')
FROM domain_result d JOIN response_cohort c ON c.response_id = d.response_id
WHERE d.level IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender, class_id,
                           ok, watch, concern)
SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id,
       sum(res.level = 'ok'), sum(res.level = 'watch'), sum(res.level = 'concern')
FROM result res JOIN response_cohort c ON c.response_id = res.response_id
WHERE res.level IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- The cohort is fixed when a response is first scored; rescoring keeps it.
CREATE TRIGGER response_cohort_recorded BEFORE INSERT ON result
BEGIN
    INSERT OR IGNORE INTO response_cohort
        (response_id, round_id, instrument_id, school_id, grade, class_id, gender)
    SELECT r.id, r.round_id, iv.instrument_id,
           coalesce(g.school_id, p.school_id), coalesce(g.grade, 0), coalesce(g.id, 0),
           CASE WHEN p.gender IN ('female', 'male') THEN p.gender ELSE 'other' END
    FROM response r
    JOIN pupil p ON p.id = r.pupil_id
    JOIN instrument_version iv ON iv.id = r.instrument_version_id
    LEFT JOIN pupil_group g ON g.id = (
        SELECT min(m.group_id) FROM group_member m JOIN pupil_group c ON c.id = m.group_id
        WHERE m.pupil_id = p.id AND c.kind = 'class')
    WHERE r.id = new.response_id;
END;

-- Runs after the cascade from response has removed the results (and their counts).
CREATE TRIGGER response_cohort_erased AFTER DELETE ON response
BEGIN
    DELETE FROM response_cohort WHERE response_id = old.id;
END;

-- The overall level.
CREATE TRIGGER group_summary_result_added AFTER INSERT ON result
WHEN new.level IS NOT NULL
BEGIN
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id,
           new.level = 'ok', new.level = 'watch', new.level = 'concern'
    FROM response_cohort c WHERE c.response_id = new.response_id
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
END;

CREATE TRIGGER group_summary_result_removed AFTER DELETE ON result
WHEN old.level IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'group summary: a result without its response cohort')
    WHERE NOT EXISTS (SELECT 1 FROM response_cohort WHERE response_id = old.response_id);
    UPDATE group_summary SET ok = ok - (old.level = 'ok'), watch = watch - (old.level = 'watch'),
                             concern = concern - (old.level = 'concern')
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, '', school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id);
    DELETE FROM group_summary
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, '', school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id)
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

-- A level changed in place counts as removed and added.
CREATE TRIGGER group_summary_result_changed AFTER UPDATE OF level ON result
WHEN old.level IS NOT new.level
BEGIN
    UPDATE group_summary SET ok = ok - (old.level = 'ok'), watch = watch - (old.level = 'watch'),
                             concern = concern - (old.level = 'concern')
    WHERE old.level IS NOT NULL
      AND (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, '', school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id);
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    SELECT c.round_id, c.instrument_id, '', c.school_id, c.grade, c.gender, c.class_id,
           new.level = 'ok', new.level = 'watch', new.level = 'concern'
    FROM response_cohort c WHERE c.response_id = new.response_id AND new.level IS NOT NULL
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
    DELETE FROM group_summary
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, '', school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id)
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

CREATE TRIGGER group_summary_result_moved BEFORE UPDATE OF response_id ON result
WHEN old.response_id IS NOT new.response_id
BEGIN
    SELECT RAISE(ABORT, 'group summary: a result cannot move to another response');
END;

-- Domains.
CREATE TRIGGER group_summary_domain_added AFTER INSERT ON domain_result
WHEN new.level IS NOT NULL
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

CREATE TRIGGER group_summary_domain_removed AFTER DELETE ON domain_result
WHEN old.level IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'group summary: a domain result without its response cohort')
    WHERE NOT EXISTS (SELECT 1 FROM response_cohort WHERE response_id = old.response_id);
    UPDATE group_summary SET ok = ok - (old.level = 'ok'), watch = watch - (old.level = 'watch'),
                             concern = concern - (old.level = 'concern')
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, old.domain_id, school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id);
    DELETE FROM group_summary
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, old.domain_id, school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id)
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

CREATE TRIGGER group_summary_domain_changed AFTER UPDATE OF level ON domain_result
WHEN old.level IS NOT new.level
BEGIN
    UPDATE group_summary SET ok = ok - (old.level = 'ok'), watch = watch - (old.level = 'watch'),
                             concern = concern - (old.level = 'concern')
    WHERE old.level IS NOT NULL
      AND (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, old.domain_id, school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id);
    INSERT INTO group_summary (round_id, instrument_id, domain_id, school_id, grade, gender,
                               class_id, ok, watch, concern)
    SELECT c.round_id, c.instrument_id, new.domain_id, c.school_id, c.grade, c.gender,
           c.class_id, new.level = 'ok', new.level = 'watch', new.level = 'concern'
    FROM response_cohort c WHERE c.response_id = new.response_id AND new.level IS NOT NULL
    ON CONFLICT DO UPDATE SET ok = ok + excluded.ok, watch = watch + excluded.watch,
                              concern = concern + excluded.concern;
    DELETE FROM group_summary
    WHERE (round_id, instrument_id, domain_id, school_id, grade, gender, class_id) =
          (SELECT round_id, instrument_id, old.domain_id, school_id, grade, gender, class_id
           FROM response_cohort WHERE response_id = old.response_id)
      AND ok = 0 AND watch = 0 AND concern = 0;
END;

CREATE TRIGGER group_summary_domain_moved BEFORE UPDATE OF domain_id, response_id ON domain_result
WHEN old.domain_id IS NOT new.domain_id OR old.response_id IS NOT new.response_id
BEGIN
    SELECT RAISE(ABORT, 'group summary: a domain result cannot move; delete and insert it');
END;
