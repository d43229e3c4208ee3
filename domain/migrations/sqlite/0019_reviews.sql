-- Product reviews by buyers of a delivered item: stars, text, up to four photos, the shop's
-- public reply, staff moderation and "helpful" votes (one per member). A review counts in the
-- product's rating (products.rating_*) while it is visible ('new' or 'approved').

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    -- Members are never deleted, only wiped (their name shows as a former customer's).
    member_id BIGINT NOT NULL REFERENCES members(id),
    -- The delivered order the review rests on.
    order_id BIGINT NOT NULL REFERENCES orders(id),
    stars BIGINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body TEXT NOT NULL,
    -- 'new': visible, not yet seen by staff; 'approved': visible, seen; 'hidden': taken down.
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'approved', 'hidden')),
    helpful_count BIGINT NOT NULL DEFAULT 0,
    -- The shop's public answer, or empty.
    reply TEXT NOT NULL DEFAULT '',
    replied_at BIGINT,
    replied_by BIGINT REFERENCES staff_accounts(id),
    moderated_at BIGINT,
    moderated_by BIGINT REFERENCES staff_accounts(id),
    created_at BIGINT NOT NULL,
    UNIQUE (member_id, product_id)
);
CREATE INDEX reviews_product_newest ON reviews (product_id, status, created_at);
CREATE INDEX reviews_product_helpful ON reviews (product_id, status, helpful_count);
CREATE INDEX reviews_status ON reviews (status, id);

-- A review's photos, as re-encoded JPEG files under the media folder (paths relative to it).
CREATE TABLE review_photos (
    id INTEGER PRIMARY KEY,
    review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    thumb_path TEXT NOT NULL,
    photo_path TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL
);
CREATE INDEX review_photos_review ON review_photos (review_id, position);

-- "This review helped me": one vote per member and review.
CREATE TABLE review_votes (
    review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (review_id, member_id)
);
