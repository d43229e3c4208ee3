-- Shopping the catalog: sort columns and their indexes, offered colours and sizes as filterable
-- values, daily sales for weekly rankings, related products, home-page sections.

-- Average rating in hundredths of a star (0 when unrated), kept by catalog::ratings.
ALTER TABLE products ADD COLUMN rating_avg BIGINT NOT NULL DEFAULT 0;
-- Staff's "recommended" order: higher first; ties by sales.
ALTER TABLE products ADD COLUMN featured_rank BIGINT NOT NULL DEFAULT 0;

-- The colours and sizes a product is offered in are filterable attribute values like its style
-- and material; whoever writes SKUs keeps them (catalog::offered_values).
INSERT INTO product_attribute_values (product_id, attribute_value_id)
SELECT DISTINCT product_id, colour_value_id FROM skus WHERE status = 'active'
ON CONFLICT DO NOTHING;
INSERT INTO product_attribute_values (product_id, attribute_value_id)
SELECT DISTINCT product_id, size_value_id FROM skus WHERE status = 'active'
ON CONFLICT DO NOTHING;
CREATE INDEX product_attribute_values_value ON product_attribute_values(attribute_value_id, product_id);
CREATE INDEX product_tags_tag ON product_tags(tag, product_id);

-- One index per listing scope and sort, so a page of any listing reads only its rows.
DROP INDEX products_category;
DROP INDEX products_series;
DROP INDEX products_brand;
CREATE INDEX products_category_featured ON products(category_id, status, featured_rank, sales_count, id);
CREATE INDEX products_category_sales ON products(category_id, status, sales_count, id);
CREATE INDEX products_category_price ON products(category_id, status, sale_price, id);
CREATE INDEX products_category_rating ON products(category_id, status, rating_avg, rating_count, id);
CREATE INDEX products_category_newest ON products(category_id, status, created_at, id);
CREATE INDEX products_series_featured ON products(series_id, status, featured_rank, sales_count, id);
CREATE INDEX products_series_sales ON products(series_id, status, sales_count, id);
CREATE INDEX products_series_price ON products(series_id, status, sale_price, id);
CREATE INDEX products_series_rating ON products(series_id, status, rating_avg, rating_count, id);
CREATE INDEX products_series_newest ON products(series_id, status, created_at, id);
CREATE INDEX products_brand_featured ON products(brand_id, status, featured_rank, sales_count, id);
CREATE INDEX products_brand_sales ON products(brand_id, status, sales_count, id);
CREATE INDEX products_brand_price ON products(brand_id, status, sale_price, id);
CREATE INDEX products_brand_rating ON products(brand_id, status, rating_avg, rating_count, id);
CREATE INDEX products_brand_newest ON products(brand_id, status, created_at, id);
-- Brand counts of a class or series listing read these without touching the table.
CREATE INDEX products_category_brand ON products(category_id, status, brand_id);
CREATE INDEX products_series_brand ON products(series_id, status, brand_id);
-- Shop-wide orders, for tag listings and best-seller blocks.
CREATE INDEX products_shop_featured ON products(status, featured_rank, sales_count, id);
CREATE INDEX products_shop_sales ON products(status, sales_count, id);
CREATE INDEX products_shop_price ON products(status, sale_price, id);
CREATE INDEX products_shop_rating ON products(status, rating_avg, rating_count, id);
CREATE INDEX products_shop_newest ON products(status, created_at, id);

-- Units sold per product per shop day (days since 1970-01-01 in China time), for weekly top lists.
CREATE TABLE product_sales_daily (
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (product_id, day)
);
CREATE INDEX product_sales_daily_day ON product_sales_daily(day, product_id);

-- "Related" and "bought together" products, in order.
CREATE TABLE product_relations (
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('related', 'bought_together')),
    related_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, kind, related_id)
);

-- Banners on a class page (placement 'class_page') belong to that class.
ALTER TABLE banners ADD COLUMN category_id BIGINT REFERENCES categories(id);

-- The home page's sections, in order and time-windowed. Products of curated sections
-- (hot products, daily specials) are listed in home_section_products.
CREATE TABLE home_sections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('hot_products', 'sales_ranking', 'brand_showcase',
        'class_featured', 'daily_specials', 'activities', 'announcements', 'reviews', 'newsletter')),
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    category_id BIGINT REFERENCES categories(id),
    item_limit BIGINT NOT NULL DEFAULT 8 CHECK (item_limit BETWEEN 1 AND 24),
    position BIGINT NOT NULL DEFAULT 0,
    starts_at BIGINT,
    ends_at BIGINT,
    active BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX home_sections_position ON home_sections(active, position);

CREATE TABLE home_section_products (
    section_id BIGINT NOT NULL REFERENCES home_sections(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (section_id, product_id)
);

-- A card's first picture is read by (product, position, id) without a sort.
DROP INDEX product_images_product;
CREATE INDEX product_images_order ON product_images(product_id, position, id);
