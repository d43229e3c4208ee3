-- Members' address books: several shipping addresses, one of them the default (checkout
-- offers it first).

CREATE TABLE member_addresses (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    -- National digits, checked for the country (see domain::members::places).
    phone TEXT NOT NULL,
    -- ISO 3166 code: CN, HK, MO or TW.
    country TEXT NOT NULL DEFAULT 'CN',
    -- Province (or region), city, district.
    region TEXT NOT NULL,
    city TEXT NOT NULL,
    district TEXT NOT NULL,
    street TEXT NOT NULL,
    -- Empty where the place has no postcodes.
    postcode TEXT NOT NULL DEFAULT '',
    is_default BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX member_addresses_member ON member_addresses (member_id);
