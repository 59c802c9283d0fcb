-- Directory search (the next migration) indexes folded names with trigrams. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it; PGlite loads it (db/client.ts pgliteExtensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
