-- Orders, their items and status history; payments and the gateway's webhook events; the
-- sandbox gateway's own payment intents; and the ledger of stock reservations.

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    -- Unguessable: the shop's date and twelve random digits.
    number TEXT NOT NULL UNIQUE,
    -- The checkout submit's key: a retried submit finds its order here.
    idempotency_key TEXT NOT NULL UNIQUE,
    -- SHA-256 of who submitted and what; the same key with other content is refused.
    request_digest TEXT NOT NULL,
    member_id BIGINT REFERENCES members(id),
    guest_token_hash TEXT,
    email TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'zh-CN',
    status TEXT NOT NULL,
    payment_method TEXT NOT NULL,
    paid_at BIGINT,
    -- Unpaid card or bank-transfer orders give their stock back after this time.
    pay_by BIGINT,
    units BIGINT NOT NULL,
    items_total BIGINT NOT NULL,
    discount BIGINT NOT NULL,
    shipping_fee BIGINT NOT NULL,
    grand_total BIGINT NOT NULL,
    recipient TEXT NOT NULL,
    phone TEXT NOT NULL,
    country TEXT NOT NULL,
    region TEXT NOT NULL,
    city TEXT NOT NULL,
    district TEXT NOT NULL,
    street TEXT NOT NULL,
    postcode TEXT NOT NULL DEFAULT '',
    delivery_time TEXT NOT NULL DEFAULT 'any',
    invoice_kind TEXT NOT NULL DEFAULT 'none',
    invoice_title TEXT NOT NULL DEFAULT '',
    invoice_tax_number TEXT NOT NULL DEFAULT '',
    gift_message TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    shipped_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orders_member ON orders(member_id, created_at);
CREATE INDEX orders_unpaid ON orders(status, pay_by);

-- What was bought, with names and prices as they were, and the warehouse holding the pieces.
CREATE TABLE order_items (
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku_id BIGINT NOT NULL REFERENCES skus(id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    product_slug TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    variant_zh TEXT NOT NULL,
    variant_en TEXT NOT NULL,
    code TEXT NOT NULL,
    image TEXT,
    unit_price BIGINT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku_id)
);

-- Every status an order took, when and by whom (shopper, staff, gateway, system).
CREATE TABLE order_history (
    id INTEGER PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX order_history_order ON order_history(order_id, id);

-- Money in (charge) and out (refund). A card charge is found by its payment intent.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    status TEXT NOT NULL,
    provider_ref TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX payments_provider_ref ON payments(provider_ref, kind);
CREATE INDEX payments_order ON payments(order_id);

-- Gateway events already handled: a webhook delivered twice is handled once.
CREATE TABLE payment_events (
    event_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    received_at BIGINT NOT NULL
);

-- The sandbox gateway's own book of payment intents (it plays the provider).
CREATE TABLE sandbox_intents (
    id TEXT PRIMARY KEY,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    order_number TEXT NOT NULL,
    return_url TEXT NOT NULL,
    status TEXT NOT NULL,
    -- The signed event not yet delivered to the shop (sent again until it is).
    pending_event TEXT,
    created_at BIGINT NOT NULL
);

-- Every change of reserved stock: reserved always equals the sum of this ledger.
CREATE TABLE stock_reservation_moves (
    id INTEGER PRIMARY KEY,
    sku_id BIGINT NOT NULL REFERENCES skus(id) ON DELETE CASCADE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses(id),
    quantity BIGINT NOT NULL,
    reference TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX stock_reservation_moves_sku ON stock_reservation_moves(sku_id, warehouse_id);

INSERT INTO settings (key, value) VALUES
    ('payment_methods', 'cod,bank_transfer,card'),
    ('payment_timeout_minutes', '30'),
    ('bank_transfer_timeout_minutes', '2880'),
    ('bank_transfer_instructions_zh', '请转账至：招商银行 上海分行　户名：Emporium 商城有限公司　账号：6214 8300 0000 0000　转账附言请填写订单号。'),
    ('bank_transfer_instructions_en', 'Transfer to: China Merchants Bank, Shanghai Branch. Account name: Emporium Mall Co., Ltd. Account number: 6214 8300 0000 0000. Put the order number in the transfer reference.')
    ON CONFLICT (key) DO NOTHING;
