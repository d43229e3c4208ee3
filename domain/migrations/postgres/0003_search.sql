-- The product search engine (domain::search). Products are indexed as tokens made in Rust
-- (words with their stems, Chinese characters and pairs), so both databases match alike; the
-- tsvector is written as a literal, so PostgreSQL's own parser never splits Chinese.

CREATE TABLE search_documents (
    product_id BIGINT PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    -- Weighted by field: A name, B brand and classes, C attributes, D the rest.
    tsv TSVECTOR NOT NULL,
    words TEXT NOT NULL
);
CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv);

CREATE TABLE search_words (
    word TEXT PRIMARY KEY,
    documents BIGINT NOT NULL
);

CREATE TABLE search_synonyms (
    id BIGSERIAL PRIMARY KEY,
    phrases TEXT NOT NULL
);
INSERT INTO search_synonyms (phrases) VALUES
    ('衬衫|衬衣'),
    ('T恤|T-shirt|tee'),
    ('西装|西服'),
    ('裤子|长裤'),
    ('trousers|pants'),
    ('大衣|overcoat');

CREATE TABLE search_log (
    id BIGSERIAL PRIMARY KEY,
    term TEXT NOT NULL,
    results BIGINT NOT NULL,
    searched_at BIGINT NOT NULL
);
CREATE INDEX search_log_time ON search_log(searched_at, term);

CREATE TABLE search_hot_terms (
    term TEXT PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('pin', 'hide')),
    position BIGINT NOT NULL DEFAULT 0
);

-- Whether any active SKU of the product has stock to sell (1) or not (0), kept by
-- inventory::move_stock (and every other stock change) in the same transaction; search ranks
-- sold-out products last without looking at every SKU of every match.
ALTER TABLE products ADD COLUMN in_stock BIGINT NOT NULL DEFAULT 0;
UPDATE products SET in_stock = CASE WHEN EXISTS (
    SELECT 1 FROM skus s JOIN stock_levels l ON l.sku_id = s.id
    WHERE s.product_id = products.id AND s.status = 'active' AND l.on_hand > l.reserved
) THEN 1 ELSE 0 END;

-- Bumped in the transaction of every index change: remembered search results are keyed by it,
-- so none outlives an edit (on any app server).
CREATE TABLE search_generation (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL
);
INSERT INTO search_generation (id, value) VALUES (1, 0);
