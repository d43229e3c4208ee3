-- Emporium foundation schema: settings, catalog, inventory, content, staff.
-- Times are UTC unix seconds; money is integer minor units (fen); flags are 0/1 integers.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    tagline_zh TEXT NOT NULL DEFAULT '',
    tagline_en TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL DEFAULT 0
);

-- Big classes have no parent; small classes belong to a big class of the same series.
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    series_id BIGINT NOT NULL REFERENCES series(id),
    parent_id BIGINT REFERENCES categories(id),
    slug TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX categories_series ON categories(series_id, parent_id, position);
CREATE INDEX categories_parent ON categories(parent_id, position);

CREATE TABLE brands (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    story_zh TEXT NOT NULL DEFAULT '',
    story_en TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL DEFAULT 0
);

-- Attributes: style, material, colour, size.
CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE attribute_values (
    id INTEGER PRIMARY KEY,
    attribute_id BIGINT NOT NULL REFERENCES attributes(id),
    code TEXT NOT NULL,
    value_zh TEXT NOT NULL,
    value_en TEXT NOT NULL,
    swatch TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL DEFAULT 0,
    UNIQUE (attribute_id, code)
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    series_id BIGINT NOT NULL REFERENCES series(id),
    category_id BIGINT NOT NULL REFERENCES categories(id),
    brand_id BIGINT NOT NULL REFERENCES brands(id),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    subtitle_zh TEXT NOT NULL DEFAULT '',
    subtitle_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    seo_title_zh TEXT NOT NULL DEFAULT '',
    seo_title_en TEXT NOT NULL DEFAULT '',
    seo_description_zh TEXT NOT NULL DEFAULT '',
    seo_description_en TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'pending_review', 'on_shelf', 'off_shelf')),
    -- Headline prices: the lowest over the product's SKUs, kept for listing sorts.
    list_price BIGINT NOT NULL CHECK (list_price >= 0),
    sale_price BIGINT NOT NULL CHECK (sale_price >= 0),
    sales_count BIGINT NOT NULL DEFAULT 0,
    rating_sum BIGINT NOT NULL DEFAULT 0,
    rating_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX products_category ON products(category_id, status, created_at);
CREATE INDEX products_series ON products(series_id, status, created_at);
CREATE INDEX products_brand ON products(brand_id, status);

CREATE TABLE product_attribute_values (
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    attribute_value_id BIGINT NOT NULL REFERENCES attribute_values(id),
    PRIMARY KEY (product_id, attribute_value_id)
);

CREATE TABLE product_tags (
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (product_id, tag)
);

CREATE TABLE product_images (
    id INTEGER PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    alt_zh TEXT NOT NULL DEFAULT '',
    alt_en TEXT NOT NULL DEFAULT '',
    colour_value_id BIGINT REFERENCES attribute_values(id),
    position BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX product_images_product ON product_images(product_id, position);

-- One SKU per variant (colour x size). Cost price is for staff only.
CREATE TABLE skus (
    id INTEGER PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    colour_value_id BIGINT NOT NULL REFERENCES attribute_values(id),
    size_value_id BIGINT NOT NULL REFERENCES attribute_values(id),
    list_price BIGINT NOT NULL CHECK (list_price >= 0),
    sale_price BIGINT NOT NULL CHECK (sale_price >= 0),
    cost_price BIGINT NOT NULL CHECK (cost_price >= 0),
    weight_grams BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    position BIGINT NOT NULL DEFAULT 0,
    UNIQUE (product_id, colour_value_id, size_value_id)
);
CREATE INDEX skus_product ON skus(product_id, position);

CREATE TABLE warehouses (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    city_zh TEXT NOT NULL DEFAULT '',
    city_en TEXT NOT NULL DEFAULT '',
    active BIGINT NOT NULL DEFAULT 1,
    position BIGINT NOT NULL DEFAULT 0
);

-- Stock per SKU per warehouse. on_hand always equals the sum of the SKU's movements there.
CREATE TABLE stock_levels (
    sku_id BIGINT NOT NULL REFERENCES skus(id) ON DELETE CASCADE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    on_hand BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (sku_id, warehouse_id),
    CHECK (reserved >= 0 AND on_hand >= reserved)
);

CREATE TABLE stock_movements (
    id INTEGER PRIMARY KEY,
    sku_id BIGINT NOT NULL REFERENCES skus(id) ON DELETE CASCADE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    quantity BIGINT NOT NULL,
    reason TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX stock_movements_sku ON stock_movements(sku_id, warehouse_id);

-- Content: banners (carousel and full-width) and announcements, time-windowed.
CREATE TABLE banners (
    id INTEGER PRIMARY KEY,
    placement TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    subtitle_zh TEXT NOT NULL DEFAULT '',
    subtitle_en TEXT NOT NULL DEFAULT '',
    image_url TEXT NOT NULL,
    link_url TEXT NOT NULL DEFAULT '/',
    position BIGINT NOT NULL DEFAULT 0,
    starts_at BIGINT,
    ends_at BIGINT,
    active BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX banners_placement ON banners(placement, active, position);

CREATE TABLE announcements (
    id INTEGER PRIMARY KEY,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    body_zh TEXT NOT NULL DEFAULT '',
    body_en TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT,
    position BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE staff_accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'deactivated')),
    created_at BIGINT NOT NULL
);

CREATE TABLE staff_roles (
    staff_id BIGINT NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'operations', 'editor', 'customer_service',
                                       'warehouse', 'purchasing', 'finance', 'marketing')),
    PRIMARY KEY (staff_id, role)
);
