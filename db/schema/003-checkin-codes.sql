-- Schema version 3: one-time check-in codes that the nurse prints per pupil
-- and round, for pupils who check in with a code instead of their birthday.
-- A code works until the pupil has completed the round's screening.

CREATE TABLE checkin_code (
    pupil_id   INTEGER NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
    round_id   INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (pupil_id, round_id),
    UNIQUE (round_id, code)
) STRICT;
