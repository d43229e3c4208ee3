-- Members' favourites and browsing history, and the member levels reached by what they spend.

-- A product a member keeps to come back to.
CREATE TABLE member_favourites (
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, product_id)
);
CREATE INDEX member_favourites_newest ON member_favourites (member_id, added_at);

-- The products a member looked at: one row per product, its last view (the newest 100 kept).
CREATE TABLE member_views (
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    viewed_at BIGINT NOT NULL,
    PRIMARY KEY (member_id, product_id)
);
CREATE INDEX member_views_newest ON member_views (member_id, viewed_at);

-- Member levels (VIP tiers): a member is at the highest level whose threshold their paid
-- spend has reached. Promotions give each level's discount (basis points: 500 = 5 %).
CREATE TABLE member_levels (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    -- Cumulative paid spend that reaches the level, in fen.
    min_spend BIGINT NOT NULL UNIQUE CHECK (min_spend >= 0),
    discount_bp BIGINT NOT NULL CHECK (discount_bp >= 0 AND discount_bp <= 3000)
);
INSERT INTO member_levels (code, name_zh, name_en, min_spend, discount_bp) VALUES
    ('regular', '普通会员', 'Member', 0, 0),
    ('silver', '银卡会员', 'Silver', 100000, 200),
    ('gold', '金卡会员', 'Gold', 500000, 500),
    ('platinum', '铂金会员', 'Platinum', 2000000, 800);

-- What a member has paid for in all, in fen: kept by the orders that are paid (and refunded).
ALTER TABLE members ADD COLUMN paid_spend BIGINT NOT NULL DEFAULT 0;
