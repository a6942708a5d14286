"""The database's own full-text index over SearchDocument rows: SQL for migration 0004 and post_migrate.

No model import here, so the migration can use it. Constant SQL only.
"""

FTS_TABLE = "careerguide_searchdocument_fts"

# An external-content FTS5 table over the rows, and the triggers that keep it current.
SQLITE_FTS_SQL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS careerguide_searchdocument_fts USING fts5("
    "title, keywords, summary, body, content='careerguide_searchdocument', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS careerguide_searchdocument_fts_insert "
    "AFTER INSERT ON careerguide_searchdocument BEGIN "
    "INSERT INTO careerguide_searchdocument_fts(rowid, title, keywords, summary, body) "
    "VALUES (new.id, new.title, new.keywords, new.summary, new.body); END",
    "CREATE TRIGGER IF NOT EXISTS careerguide_searchdocument_fts_delete "
    "AFTER DELETE ON careerguide_searchdocument BEGIN "
    "INSERT INTO careerguide_searchdocument_fts(careerguide_searchdocument_fts, rowid, title, keywords, summary, body) "
    "VALUES ('delete', old.id, old.title, old.keywords, old.summary, old.body); END",
    "CREATE TRIGGER IF NOT EXISTS careerguide_searchdocument_fts_update "
    "AFTER UPDATE ON careerguide_searchdocument BEGIN "
    "INSERT INTO careerguide_searchdocument_fts(careerguide_searchdocument_fts, rowid, title, keywords, summary, body) "
    "VALUES ('delete', old.id, old.title, old.keywords, old.summary, old.body); "
    "INSERT INTO careerguide_searchdocument_fts(rowid, title, keywords, summary, body) "
    "VALUES (new.id, new.title, new.keywords, new.summary, new.body); END",
]
SQLITE_FTS_DROP_SQL = [
    "DROP TRIGGER IF EXISTS careerguide_searchdocument_fts_insert",
    "DROP TRIGGER IF EXISTS careerguide_searchdocument_fts_delete",
    "DROP TRIGGER IF EXISTS careerguide_searchdocument_fts_update",
    "DROP TABLE IF EXISTS careerguide_searchdocument_fts",
]

# A generated tsvector column, weighted A the title, B keywords (kind, provider, tools, parent), C the
# summary, D the body; its GIN index; and a trigram index on titles for close matches.
POSTGRES_VECTOR_SQL = [
    "ALTER TABLE careerguide_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, title), 'A') || "
    "setweight(to_tsvector('english'::regconfig, keywords), 'B') || "
    "setweight(to_tsvector('english'::regconfig, summary), 'C') || "
    "setweight(to_tsvector('english'::regconfig, body), 'D')) STORED",
    "CREATE INDEX careerguide_searchdocument_vector ON careerguide_searchdocument USING gin (vector)",
    "CREATE INDEX careerguide_searchdocument_title_trgm ON careerguide_searchdocument USING gin (title gin_trgm_ops)",
]
POSTGRES_VECTOR_DROP_SQL = [
    "DROP INDEX IF EXISTS careerguide_searchdocument_title_trgm",
    "ALTER TABLE careerguide_searchdocument DROP COLUMN IF EXISTS vector",
]
