-- Schema version 10: the kind of each flag (core/FlagCode: threshold, change,
-- critical, accumulation), written with the flag, so that queries choose flags
-- by kind instead of by how their codes are spelled. Empty for a stored code
-- that is not a flag code.
ALTER TABLE flag ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE flag SET kind = CASE
    WHEN code = 'accumulation' THEN 'accumulation'
    WHEN code LIKE 'threshold._%' THEN 'threshold'
    WHEN code LIKE 'change._%' THEN 'change'
    WHEN code LIKE 'critical._%' THEN 'critical'
    ELSE '' END;
