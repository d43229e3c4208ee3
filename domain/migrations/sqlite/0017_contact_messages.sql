-- Messages from the feedback form (/contact and "feedback on this page"): each reaches the
-- staff whose role answers its topic by mail, and waits in the staff inbox until answered.

CREATE TABLE contact_messages (
    id INTEGER PRIMARY KEY,
    topic TEXT NOT NULL CHECK (topic IN ('order', 'delivery', 'payment', 'product', 'site', 'other')),
    name TEXT NOT NULL DEFAULT '',
    -- Empty when the sender left no address (then no acknowledgement is sent).
    email TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    -- The shop page the feedback is about (a path on this site), or empty.
    page TEXT NOT NULL DEFAULT '',
    member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered')),
    created_at BIGINT NOT NULL,
    answered_at BIGINT,
    answered_by BIGINT REFERENCES staff_accounts(id)
);
CREATE INDEX contact_messages_status ON contact_messages (status, created_at);
