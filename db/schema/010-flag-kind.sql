-- Schema version 10: the kind of each flag (core/FlagCode: threshold, change,
-- critical, accumulation), so that queries choose flags by kind instead of by
-- how their codes are spelled. Empty for a stored code that is not a flag code.
-- The trigger gives every flag its kind in the statement that stores it,
-- whoever stores it; tst_database checks it agrees with FlagCode.
ALTER TABLE flag ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE flag SET kind = CASE
    WHEN code = 'accumulation' THEN 'accumulation'
    WHEN code LIKE 'threshold._%' THEN 'threshold'
    WHEN code LIKE 'change._%' THEN 'change'
    WHEN code LIKE 'critical._%' THEN 'critical'
    ELSE '' END;
CREATE TRIGGER flag_kind AFTER INSERT ON flag WHEN NEW.kind = ''
BEGIN
    UPDATE flag SET kind = CASE
        WHEN NEW.code = 'accumulation' THEN 'accumulation'
        WHEN NEW.code LIKE 'threshold._%' THEN 'threshold'
        WHEN NEW.code LIKE 'change._%' THEN 'change'
        WHEN NEW.code LIKE 'critical._%' THEN 'critical'
        ELSE '' END
    WHERE response_id = NEW.response_id AND code = NEW.code;
END;
