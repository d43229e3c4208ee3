-- Colour words as shoppers type them: "蓝色" finds 浅蓝 and 靛蓝 products, "blue" the same.
INSERT INTO search_synonyms (phrases) VALUES
    ('蓝色|蓝|blue'),
    ('灰色|灰|grey|gray'),
    ('红色|红|red'),
    ('绿色|绿|green'),
    ('粉色|粉|pink');
