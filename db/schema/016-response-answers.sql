-- Schema version 16: a response's answers kept as one JSON object per response
-- instead of a row per answer.
--
-- Answers were the largest table by far, some fifty rows per questionnaire,
-- and writing them was half the cost of storing a questionnaire: each row its
-- own B-tree insert and foreign-key check. Nothing computes figures from
-- single answers (those come from result, domain_result and flag); answers are
-- read a response at a time, to score, show or send it, and json_each()
-- still reads them in SQL where that is needed.
--
-- The object maps item id to the value given: {"sleep_1": 2, "mood_3": 0}. A
-- response with no answers yet has no row.

CREATE TABLE response_answers (
    response_id INTEGER PRIMARY KEY REFERENCES response(id) ON DELETE CASCADE,
    answers     TEXT NOT NULL CHECK (json_type(answers) = 'object')
) STRICT;

INSERT INTO response_answers (response_id, answers)
    SELECT response_id, json_group_object(item_id, value) FROM answer GROUP BY response_id;

DROP TABLE answer;
