-- The guestbook (/guestbook): boards, posts by guests and members, and the shop's public
-- replies. Posts wait for a moderator ('pending') when the shop pre-moderates (the setting
-- `guestbook.moderation`, 'pre' by default), or are visible at once when it post-moderates.

CREATE TABLE guestbook_boards (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position BIGINT NOT NULL
);
INSERT INTO guestbook_boards (code, name_zh, name_en, position) VALUES
    ('site', '网站内容', 'Site content', 1),
    ('services', '服务', 'Services', 2),
    ('search', '商品搜索', 'Product search', 3),
    ('compare', '商品比较', 'Product comparison', 4),
    ('cart', '购物车', 'Shopping cart', 5),
    ('service-center', '客服中心', 'Customer service center', 6),
    ('products', '商品反馈', 'Product feedback', 7),
    ('delivery', '配送', 'Delivery', 8),
    ('orders', '订单查询', 'Order inquiry', 9),
    ('payment', '收银台与支付', 'Cashier and payment', 10),
    ('other', '其他', 'Other', 11);

CREATE TABLE guestbook_posts (
    id INTEGER PRIMARY KEY,
    board_id BIGINT NOT NULL REFERENCES guestbook_boards(id),
    -- The member who wrote it (their display name is copied to `name`), or NULL for a guest.
    member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    -- A guest's optional address, for the mail telling them the shop replied; never shown.
    email TEXT NOT NULL DEFAULT '',
    -- SHA-256 of the writer's browser key (a cookie), so a guest sees their own waiting posts.
    author_key TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'visible', 'hidden', 'deleted')),
    pinned BIGINT NOT NULL DEFAULT 0,
    -- SHA-256 of the body with case, spaces and signs removed: the same text posted twice.
    fingerprint TEXT NOT NULL,
    -- Search tokens of the title and body (domain::search::text::index_tokens), space-framed.
    search_tokens TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    moderated_at BIGINT,
    moderated_by BIGINT REFERENCES staff_accounts(id)
);
CREATE INDEX guestbook_posts_listing ON guestbook_posts (status, pinned, created_at);
CREATE INDEX guestbook_posts_board ON guestbook_posts (board_id, status, pinned, created_at);
CREATE INDEX guestbook_posts_fingerprint ON guestbook_posts (fingerprint, created_at);
CREATE INDEX guestbook_posts_member ON guestbook_posts (member_id, created_at);

CREATE TABLE guestbook_replies (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES guestbook_posts(id),
    staff_id BIGINT NOT NULL REFERENCES staff_accounts(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT
);
CREATE INDEX guestbook_replies_post ON guestbook_replies (post_id, id);
