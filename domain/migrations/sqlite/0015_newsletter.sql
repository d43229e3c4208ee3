-- The newsletter's list: one row per address, confirmed by a mailed link (double opt-in),
-- with the consent record of when and from where each step happened. Unsubscribing keeps the
-- row (so the record stays) and stops all mail at once.

CREATE TABLE newsletter_subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'subscribed', 'unsubscribed')),
    member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
    -- SHA-256 of the confirmation link's token while one is outstanding.
    confirm_hash TEXT UNIQUE,
    confirm_expires_at BIGINT,
    requested_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    unsubscribed_at BIGINT
);
CREATE INDEX newsletter_subscribers_member ON newsletter_subscribers (member_id);

-- The consent record: every request, confirmation and unsubscription, with where it came from
-- (the form: home, footer, account, mail link, mail header) and the page it was on.
CREATE TABLE newsletter_events (
    id INTEGER PRIMARY KEY,
    subscriber_id BIGINT NOT NULL REFERENCES newsletter_subscribers(id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('requested', 'confirmed', 'unsubscribed')),
    source TEXT NOT NULL,
    page TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX newsletter_events_subscriber ON newsletter_events (subscriber_id, at);

-- A newsletter mail carries its one-click unsubscribe address in the List-Unsubscribe header.
ALTER TABLE mail_outbox ADD COLUMN list_unsubscribe TEXT;
