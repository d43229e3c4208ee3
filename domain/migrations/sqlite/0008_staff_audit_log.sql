-- The audit log of staff actions (who, what, when, the record before and after), and when a
-- staff member last signed in.

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    -- NULL for actions of the shop itself (first start, the command line).
    staff_id BIGINT REFERENCES staff_accounts(id),
    -- What was done, e.g. `staff.add`, `staff.roles`, `staff.log_in`.
    action TEXT NOT NULL,
    -- What it was done to, e.g. `staff:12`.
    subject TEXT NOT NULL,
    -- The record as JSON before and after the action (NULL when there was none).
    before_json TEXT,
    after_json TEXT,
    -- The address the request came from.
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_staff ON audit_log (staff_id, at);

ALTER TABLE staff_accounts ADD COLUMN last_login_at BIGINT;
