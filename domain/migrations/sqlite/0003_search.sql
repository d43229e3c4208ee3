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
