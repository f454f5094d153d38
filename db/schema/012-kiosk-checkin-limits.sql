-- Schema version 12: wrong check-ins at the kiosk, so that guessing a
-- classmate's birthday is slowed down and then stopped until the nurse unlocks
-- check-in with her PIN. One row per wrong attempt; pupil_id is empty for a
-- wrong code. A pupil's own count ends when they check in (pupil_cleared), the
-- whole kiosk's when the nurse unlocks it (kiosk_cleared). The rows name no one
-- but by id, and go with the pupil, class or round.

CREATE TABLE kiosk_checkin_failure (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    nurse_id      INTEGER NOT NULL REFERENCES app_user(id),
    group_id      INTEGER NOT NULL REFERENCES pupil_group(id) ON DELETE CASCADE,
    round_id      INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    pupil_id      INTEGER REFERENCES pupil(id) ON DELETE CASCADE,
    pupil_cleared INTEGER NOT NULL DEFAULT 0 CHECK (pupil_cleared IN (0, 1)),
    kiosk_cleared INTEGER NOT NULL DEFAULT 0 CHECK (kiosk_cleared IN (0, 1))
) STRICT;
CREATE INDEX kiosk_checkin_failure_by_kiosk
    ON kiosk_checkin_failure (group_id, round_id) WHERE kiosk_cleared = 0;
CREATE INDEX kiosk_checkin_failure_by_pupil
    ON kiosk_checkin_failure (pupil_id, round_id) WHERE pupil_cleared = 0;
