"""SQLite: the full-text table reads its text from the index entries instead of keeping a copy.

Wagtail's FTS5 table (``wagtailsearch_indexentry_fts``) stores title, body and autocomplete a
second time beside ``wagtailsearch_indexentry``: half of the search index's size (578 MB of
1.6 GB at 10,000 publications). As an *external content* table it indexes the same rows and
reads their text from the entries when a query needs it (``bm25`` and highlights work alike).
Its triggers must then give FTS5 the old text to remove, and the update trigger fires only when
the text changes: Wagtail's backend rewrites ``title_norm`` of new rows after every batch, which
re-indexed their whole text before. Nothing to do on PostgreSQL (no such table).
"""

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"
FTS = f"{ENTRY}_fts"
COLUMNS = "autocomplete, body, title"
TRIGGERS = ("insert", "update", "delete")

EXTERNAL = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5({COLUMNS}, content='{ENTRY}', content_rowid='id')",
    f"CREATE TRIGGER insert_{FTS} AFTER INSERT ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (NEW.id, NEW.autocomplete, NEW.body, NEW.title); END",
    f"CREATE TRIGGER update_{FTS} AFTER UPDATE OF {COLUMNS} ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) VALUES ('delete', OLD.id, OLD.autocomplete, OLD.body, OLD.title); "
    f"INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES (NEW.id, NEW.autocomplete, NEW.body, NEW.title); END",
    # Django's delete cascades to the FTS row itself first (SQLiteFTSIndexEntry's one-to-one key),
    # and FTS5 refuses to remove a row twice: only rows still indexed (they have a size) are removed.
    f"CREATE TRIGGER delete_{FTS} AFTER DELETE ON {ENTRY} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {COLUMNS}) SELECT 'delete', OLD.id, OLD.autocomplete, OLD.body, OLD.title "
    f"WHERE EXISTS (SELECT 1 FROM {FTS}_docsize WHERE id = OLD.id); END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]
# Wagtail's own (wagtail/search/migrations/0006_customise_indexentry.py).
COPY = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5({COLUMNS})",
    f"CREATE TRIGGER insert_{FTS} AFTER INSERT ON {ENTRY} BEGIN INSERT INTO {FTS}(title, body, autocomplete, rowid) "
    "VALUES (NEW.title, NEW.body, NEW.autocomplete, NEW.id); END",
    f"CREATE TRIGGER update_{FTS} AFTER UPDATE ON {ENTRY} BEGIN UPDATE {FTS} SET title=NEW.title, body=NEW.body, "
    "autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END",
    f"CREATE TRIGGER delete_{FTS} AFTER DELETE ON {ENTRY} BEGIN DELETE FROM {FTS} WHERE rowid=OLD.id; END",
    f"INSERT INTO {FTS}(rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM {ENTRY}",  # noqa: S608 (fixed names)
]


def replace_table(statements):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite" or FTS not in connection.introspection.table_names():
            return
        with connection.cursor() as cursor:
            for trigger in TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}_{FTS}")
            cursor.execute(f"DROP TABLE {FTS}")
            for statement in statements:
                cursor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(replace_table(EXTERNAL), replace_table(COPY))]
