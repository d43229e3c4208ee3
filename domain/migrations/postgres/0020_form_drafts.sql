-- What a shopper typed into a form that was refused when it was posted without JavaScript
-- (the guestbook, a review), kept for a quarter of an hour so the page that comes back shows it
-- again. Nothing typed travels in a URL. Rows past `expires_at` are deleted as new ones come.
CREATE TABLE form_drafts (
    -- 'member:{id}', or 'guest:{SHA-256 of the browser key}'.
    owner TEXT NOT NULL,
    -- Which form: 'guestbook', 'review:{product id}'.
    form TEXT NOT NULL,
    -- A JSON object: field name → the text typed.
    fields TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (owner, form)
);
CREATE INDEX form_drafts_expiry ON form_drafts (expires_at);
