-- Shopping carts, kept on the server: a guest's by a cookie token (only its SHA-256 stored),
-- a member's by the member, so it follows them across devices.

CREATE TABLE carts (
    id INTEGER PRIMARY KEY,
    guest_token_hash TEXT UNIQUE,
    member_id BIGINT UNIQUE REFERENCES members(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((guest_token_hash IS NULL) <> (member_id IS NULL))
);

-- One line per variant. The price it had when added is kept, so a change since is shown and
-- confirmed, never applied silently.
CREATE TABLE cart_lines (
    cart_id BIGINT NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
    sku_id BIGINT NOT NULL REFERENCES skus(id) ON DELETE CASCADE,
    quantity BIGINT NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    price_when_added BIGINT NOT NULL,
    saved_for_later BIGINT NOT NULL DEFAULT 0,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (cart_id, sku_id)
);
