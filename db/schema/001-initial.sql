-- Schema version 1: organisation, pupils, rounds, instruments, responses,
-- answers and stored results.
--
-- Every record that may move between laptops has a random UUID (uuid) as its
-- identity; the integer id is local to this file and used for joins only, so
-- bundles from two laptops merge without collisions. Timestamps are UTC,
-- ISO 8601 text ("2026-11-22T08:15:03.120Z").

CREATE TABLE municipality (
    id   INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE school (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    municipality_id INTEGER REFERENCES municipality(id),
    name            TEXT NOT NULL UNIQUE
) STRICT;

-- A class, or another group of pupils (a language group, an elective).
CREATE TABLE pupil_group (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    school_id INTEGER NOT NULL REFERENCES school(id),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('class', 'group')),
    grade     INTEGER,
    UNIQUE (school_id, name)
) STRICT;

CREATE TABLE pupil (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    school_id       INTEGER NOT NULL REFERENCES school(id),
    last_name       TEXT NOT NULL,
    first_name      TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    identity_code   TEXT UNIQUE,
    gender          TEXT CHECK (gender IN ('female', 'male', 'other')),
    language        TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX pupil_by_name ON pupil (last_name, first_name, date_of_birth);

-- A pupil is in one class and any number of further groups.
CREATE TABLE group_member (
    group_id INTEGER NOT NULL REFERENCES pupil_group(id) ON DELETE CASCADE,
    pupil_id INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, pupil_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX group_member_by_pupil ON group_member (pupil_id);

-- A screening round, e.g. "autumn 2026, grade 8".
CREATE TABLE round (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    starts_on  TEXT,
    created_at TEXT NOT NULL
) STRICT;

-- The definition is stored with the data, so old results stay interpretable
-- after an instrument changes.
CREATE TABLE instrument_version (
    id            INTEGER PRIMARY KEY,
    instrument_id TEXT NOT NULL,
    version       TEXT NOT NULL,
    definition    TEXT NOT NULL CHECK (json_valid(definition)),
    UNIQUE (instrument_id, version)
) STRICT;

CREATE TABLE response (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    pupil_id              INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    round_id              INTEGER NOT NULL REFERENCES round(id),
    instrument_version_id INTEGER NOT NULL REFERENCES instrument_version(id),
    status                TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'abandoned')),
    language              TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    started_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    completed_at          TEXT
) STRICT;
CREATE INDEX response_by_pupil ON response (pupil_id, round_id);
CREATE INDEX response_by_round ON response (round_id, status);
-- One completed questionnaire per pupil, round and instrument.
CREATE UNIQUE INDEX response_completed_once ON response (pupil_id, round_id, instrument_version_id)
    WHERE status = 'completed';

-- The largest table (about 60 rows per questionnaire), kept lean: the
-- response's updated_at records when the latest answer was given.
CREATE TABLE answer (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    value       REAL NOT NULL,
    PRIMARY KEY (response_id, item_id)
) STRICT, WITHOUT ROWID;

-- Stored at completion in the same transaction as the last answer; can be
-- recomputed from the answers and the stored definition. Domain scores and
-- flags are rows of their own so that figures can be computed in SQL.
CREATE TABLE result (
    response_id INTEGER PRIMARY KEY REFERENCES response(id) ON DELETE CASCADE,
    valid       INTEGER NOT NULL,
    level       TEXT CHECK (level IN ('ok', 'watch', 'concern')),
    total       REAL,
    band        TEXT,
    critical    INTEGER NOT NULL DEFAULT 0,
    scored_at   TEXT NOT NULL,
    invalid_reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(invalid_reasons)),
    percentage  REAL
) STRICT;

CREATE TABLE domain_result (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    domain_id   TEXT NOT NULL,
    score       REAL,
    band        TEXT,
    level       TEXT CHECK (level IN ('ok', 'watch', 'concern')),
    valid       INTEGER NOT NULL,
    asked       INTEGER NOT NULL,
    answered    INTEGER NOT NULL,
    percentage  REAL,
    PRIMARY KEY (response_id, domain_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE flag (
    response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('ok', 'watch', 'concern')),
    critical    INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (response_id, code)
) STRICT, WITHOUT ROWID;
