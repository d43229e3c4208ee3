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
