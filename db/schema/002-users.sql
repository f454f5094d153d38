-- Schema version 2: the people who use Signaali and their roles
-- (see docs/product.md for what each role may see).

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('nurse', 'case_team', 'welfare_group', 'coordinator', 'admin')),
    password_hash TEXT,
    created_at    TEXT NOT NULL
) STRICT;
