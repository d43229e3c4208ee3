-- Members (shoppers with an account), sign-in sessions of members and staff, and the hits that
-- rate limits count.

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    -- Lowercased; one account per address.
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    phone TEXT,
    -- ISO date (YYYY-MM-DD), optional.
    birthday TEXT,
    language TEXT NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en')),
    email_verified_at BIGINT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deleted')),
    created_at BIGINT NOT NULL
);

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    member_id BIGINT REFERENCES members(id) ON DELETE CASCADE,
    staff_id BIGINT REFERENCES staff_accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    CHECK ((member_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX sessions_member ON sessions (member_id);
CREATE INDEX sessions_staff ON sessions (staff_id);

-- One row per counted attempt (a failed login, a registration …) under a key such as
-- `login-ip:203.0.113.9`; rows older than their limit's window are deleted as new ones come.
CREATE TABLE rate_limit_hits (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rate_limit_hits_key_at ON rate_limit_hits (key, at);
