-- Delivery fees by region (province, as addresses name it); anywhere else pays the default
-- fee. Free delivery from a spend (after discounts). Amounts in fen.

CREATE TABLE shipping_fees (
    region TEXT PRIMARY KEY,
    fee BIGINT NOT NULL CHECK (fee >= 0)
);
INSERT INTO shipping_fees (region, fee) VALUES
    ('新疆维吾尔自治区', 3000), ('西藏自治区', 3000), ('青海省', 2000), ('内蒙古自治区', 2000),
    ('宁夏回族自治区', 2000), ('甘肃省', 2000), ('香港', 6000), ('澳门', 6000), ('台湾', 6000);
INSERT INTO settings (key, value) VALUES ('shipping_default_fee', '1200'), ('shipping_free_over', '29900')
    ON CONFLICT (key) DO NOTHING;
