-- The product search engine (domain::search). Products are indexed as tokens made in Rust
-- (words with their stems, Chinese characters and pairs), so both databases match alike.

-- What is indexed per product: its Latin words (to keep search_words' counts on re-indexing).
CREATE TABLE search_documents (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    words TEXT NOT NULL
);

-- The full-text index, one column per field, weighted when ranking (name first).
CREATE VIRTUAL TABLE search_fts USING fts5(
    name, brand, classes, attributes, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The catalog's Latin words and how many products use each (spelling corrections).
CREATE TABLE search_words (
    word TEXT PRIMARY KEY,
    documents BIGINT NOT NULL
);

-- Phrases that mean the same, one group per row, separated by '|'.
CREATE TABLE search_synonyms (
    id INTEGER PRIMARY KEY,
    phrases TEXT NOT NULL
);
INSERT INTO search_synonyms (phrases) VALUES
    ('衬衫|衬衣'),
    ('T恤|T-shirt|tee'),
    ('西装|西服'),
    ('裤子|长裤'),
    ('trousers|pants'),
    ('大衣|overcoat');

-- Every search, without anything about who searched: hot searches and zero-result terms.
CREATE TABLE search_log (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL,
    results BIGINT NOT NULL,
    searched_at BIGINT NOT NULL
);
CREATE INDEX search_log_time ON search_log(searched_at, term);

-- Staff's adjustments to hot searches: pinned terms first (by position), hidden ones never.
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
