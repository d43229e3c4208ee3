-- (PostgreSQL keeps its search documents out of TOAST from here on; SQLite's FTS5 index needs
-- no such change. This file keeps both histories at the same version.)
SELECT 1;
