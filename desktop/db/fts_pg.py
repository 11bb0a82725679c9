"""The PostgreSQL search index of a registry: the same text per record as SQLite's FTS5 index
(``fts.py``), folded as FTS5's tokenizer folds it, matched by word beginning.

Each registry table ``t`` gets ``t_fts(id, body)``: ``body`` is the record's searchable
text, its country's names and the names of the records it refers to (``fts.body_sql``),
folded by ``registry_fold`` into lower-case words separated by single spaces. Triggers keep
it: on ``t`` itself, on every table it names (a renamed region re-indexes the agreements
naming it) and on ``country``. The migration writes a record's text once, from
``fts.body_sql``, into the triggers and into the function ``t_fts_body(t)``; the bulk fill and
``check`` read it back from that function's SQL (as ``fts.py`` reads SQLite's trigger), so
that they index and compare exactly what the triggers write.

A search is a prefix ``tsquery`` over the stored column ``words``, generated from ``body`` by
``array_to_tsvector(string_to_array(body, ' '))``, with a GIN index: the words are taken as
they are (no parser, no dictionary), so what a word is and how it is folded is decided by
``registry_fold`` alone. Stored rather than an index expression: when the planner reads the
table instead of the index (no statistics yet, a one-letter prefix), matching a row costs no
folding.

``registry_fold`` and ``fold`` below are twins (tests/db/test_fts_pg.py compares them over
every assigned character of the Basic Multilingual Plane, and both with FTS5's
``unicode61 remove_diacritics 2``): diacritics dropped from Latin letters only (FTS5 keeps
«ё» and «й»), lower case, Greek letter variants as FTS5 folds them, and every character
that is not a letter or a decimal digit a word break.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text

from .fts import Children, body_sql, problem_lines

# Letters FTS5 folds that lower() leaves: micro sign, long s, final sigma, Greek variants.
FOLDED_FROM, FOLDED_TO = "µſẛςϐϑϕϖϰϱϵ", "μssσβθφπκρε"
_LATIN_MARKS = re.compile("([A-Za-z])[\u0300-\u036f]+")
_FOLDED = str.maketrans(FOLDED_FROM, FOLDED_TO)


def _word_character(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] == "L" or category == "Nd"  # ICU's u_isalnum: [:alnum:] in the SQL


def fold(text: str) -> list[str]:
    """The words of ``text`` as ``registry_fold`` writes them (for the words of a search)."""
    if _SLOW.search(text):
        latin = _LATIN_MARKS.sub(r"\1", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", latin).lower().translate(_FOLDED)
    else:
        text = text.lower()
    return "".join(c if _word_character(c) else " " for c in text).split()


# The characters whose decomposition puts a mark on an ASCII letter, and those that are or
# lower-case to FTS5's own foldings (tests/db/test_fts_pg.py derives both): text without any
# of them (most text) needs neither decomposing nor translating, 3 times faster.
_MARKED = ((0xC0, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x212B, 0x212B))
_SLOW = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _MARKED) + f"Σ{FOLDED_FROM}]")
SLOW_CLASS = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _MARKED) + f"Σ{FOLDED_FROM}"


def fold_function_sql(icu: bool) -> str:
    """``registry_fold(text)``: ``fold`` in SQL. Case is folded by ICU's root locale where the
    server has ICU (whatever the database's own locale), by the database's locale otherwise.
    Not STRICT, so that PostgreSQL inlines it into the query (a call costs more than it)."""
    collate = ' COLLATE "und-x-icu"' if icu else ""
    folded = (
        f"CASE WHEN value ~ '[{SLOW_CLASS}]' THEN translate(lower(normalize(regexp_replace("
        "normalize(value, NFD), '([A-Za-z])[\\u0300-\\u036f]+', '\\1', 'g'), NFC)"
        f"{collate}), '{FOLDED_FROM}', '{FOLDED_TO}') ELSE lower(value{collate}) END"
    )
    return (
        "CREATE OR REPLACE FUNCTION registry_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT btrim(regexp_replace("
        f"{folded}, '[^[:alnum:]]+', ' ', 'g')) $$"
    )


WORDS = "array_to_tsvector(string_to_array(body, ' '))"


def prefix_query(words: Sequence[str]) -> str | None:
    """The tsquery for typed words: each word's folded parts must each begin a word."""
    parts = [part for word in words for part in fold(word)]
    # parts are letters and digits only: nothing to quote
    return " & ".join(f"'{part}':*" for part in parts) if parts else None


def search_ids_sql(table: str, parameter: str = "query") -> str:
    """Ids of ``table`` records whose text matches the tsquery ``:parameter`` (names from our
    descriptions, never from user input)."""
    return f"SELECT id FROM {table}_fts WHERE words @@ CAST(:{parameter} AS tsquery)"  # noqa: S608


def _refresh_sql(table: str, body: str, where: str) -> str:
    return (
        f"UPDATE {table}_fts f SET body = {body} FROM {table} s "  # noqa: S608
        f"WHERE f.id = s.id AND {where}"
    )


def _body_of(connection: Connection, table: str) -> str:
    """The text of a record ``s`` of ``table``, as the newest migration defined it (the SQL of
    ``t_fts_body``, used inline: a call per row would cost ten times as much)."""
    found = text(
        "SELECT prosrc FROM pg_proc WHERE proname = :name "
        "AND pronamespace = current_schema()::regnamespace"
    )
    source = connection.execute(found, {"name": f"{table}_fts_body"}).scalar_one()
    return str(source).strip().removeprefix("SELECT ")


def create_statements(
    table: str,
    columns: Sequence[str],
    with_country: bool,
    refs: Mapping[str, tuple[str, Sequence[str]]],
    children: Children | None = None,
) -> list[str]:
    """The index table, its text function and the triggers keeping it (the GIN index is
    ``words_index_statement``: built after a fill, it takes a fraction of the time);
    ``children``: child lists whose text is the record's too (0011: results and plans)."""
    fts = f"{table}_fts"
    watched = [*columns, *refs] + (["country_code"] if with_country else [])
    body, new_body = (
        f"registry_fold({body_sql(row, columns, with_country, refs, children, 'postgresql')})"
        for row in ("s", "NEW")
    )
    statements = [
        f"CREATE TABLE {fts} (id bigint PRIMARY KEY, body text NOT NULL, "
        f"words tsvector NOT NULL GENERATED ALWAYS AS ({WORDS}) STORED)",
        f"CREATE FUNCTION {fts}_body(s {table}) RETURNS text LANGUAGE sql STABLE AS "
        f"$$ SELECT {body} $$",
        f"CREATE FUNCTION {fts}_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"INSERT INTO {fts}(id, body) VALUES (NEW.id, {new_body}) "
        "ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body; RETURN NULL; END $$",
        f"CREATE FUNCTION {fts}_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"DELETE FROM {fts} WHERE id = OLD.id; RETURN NULL; END $$",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {fts}_write()",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {', '.join(watched)} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {fts}_write()",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {fts}_forget()",
    ]
    for column, (target, target_columns) in refs.items():
        # A renamed region re-indexes the agreements that name it.
        refresh = _refresh_sql(table, body, f"s.{column} = NEW.id")
        statements += [
            f"CREATE FUNCTION {fts}_ref_{column}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {refresh}; RETURN NULL; END $$",
            f"CREATE TRIGGER {fts}_ref_{column} AFTER UPDATE OF {', '.join(target_columns)} "
            f"ON {target} FOR EACH ROW EXECUTE FUNCTION {fts}_ref_{column}()",
        ]
    for child, (parent, _) in (children or {}).items():
        # a result added, edited or removed re-indexes its agreement
        old_parent, new_parent = (
            _refresh_sql(table, body, f"s.id = {row}.{parent}") for row in ("OLD", "NEW")
        )
        statements += [
            f"CREATE FUNCTION {fts}_child_{child}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF TG_OP <> 'INSERT' THEN {old_parent}; END IF; "
            f"IF TG_OP <> 'DELETE' THEN {new_parent}; END IF; RETURN NULL; END $$",
            f"CREATE TRIGGER {fts}_child_{child} AFTER INSERT OR UPDATE OR DELETE ON {child} "
            f"FOR EACH ROW EXECUTE FUNCTION {fts}_child_{child}()",
        ]
    if with_country:  # a country's names are in the text of its records
        refresh = _refresh_sql(table, body, "s.country_code = NEW.code")
        statements += [
            f"CREATE FUNCTION {fts}_country() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {refresh}; RETURN NULL; END $$",
            f"CREATE TRIGGER {fts}_country AFTER UPDATE OF name_ru, name_en ON country "
            f"FOR EACH ROW EXECUTE FUNCTION {fts}_country()",
        ]
    return statements


def words_index_statement(table: str) -> str:
    return f"CREATE INDEX ix_{table}_fts_words ON {table}_fts USING gin (words)"


def fill(connection: Connection, table: str, after_id: int = 0) -> None:
    """Index the records (with ids above ``after_id``), replacing what is indexed of them."""
    connection.exec_driver_sql(
        f"INSERT INTO {table}_fts(id, body) SELECT s.id, {_body_of(connection, table)} "  # noqa: S608
        f"FROM {table} s WHERE s.id > {int(after_id)} "
        "ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body"
    )


def drop_statements(
    table: str, refs: Mapping[str, str], with_country: bool, children: Sequence[str] = ()
) -> list[str]:
    """``refs``: reference column -> referenced table; ``children``: child tables indexed."""
    fts = f"{table}_fts"
    statements = [f"DROP TRIGGER IF EXISTS {fts}_ref_{c} ON {t}" for c, t in refs.items()]
    statements += [f"DROP TRIGGER IF EXISTS {fts}_child_{c} ON {c}" for c in children]
    if with_country:
        statements.append(f"DROP TRIGGER IF EXISTS {fts}_country ON country")
    statements += [f"DROP TABLE IF EXISTS {fts}"]
    suffixes = ["body", "write", "forget", *(f"ref_{c}" for c in refs)]
    suffixes += [f"child_{c}" for c in children]
    suffixes += ["country"] if with_country else []
    return statements + [f"DROP FUNCTION IF EXISTS {fts}_{s} CASCADE" for s in suffixes]


def indexed_tables(connection: Connection) -> list[str]:
    """The registry tables with a search index (those with a ``t_fts_body`` function)."""
    found = text(
        "SELECT substr(proname, 1, length(proname) - 9) FROM pg_proc "
        "WHERE proname LIKE '%\\_fts\\_body' AND pronamespace = current_schema()::regnamespace "
        "ORDER BY 1"
    )
    return list(connection.execute(found).scalars())


@contextmanager
def indexed_afterwards(connection: Connection) -> Iterator[None]:
    """For a bulk insert of new records (the demo data): the index triggers off, then one
    INSERT ... SELECT per table for the new rows, the triggers back on, all in the caller's
    transaction (ALTER TABLE is transactional on PostgreSQL)."""
    tables = indexed_tables(connection)
    last = {
        table: connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
        for table in tables
    }
    # a child row re-indexes its record: the new records are indexed whole afterwards
    child_triggers = connection.execute(
        text(
            "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
            "WHERE tgname LIKE '%\\_fts\\_child\\_%' AND NOT tgisinternal"
        )
    ).all()
    for table in tables:
        for trigger in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER {table}_fts_{trigger}")
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_fts_words")
    for child, trigger in child_triggers:
        connection.exec_driver_sql(f"ALTER TABLE {child} DISABLE TRIGGER {trigger}")
    yield
    for child, trigger in child_triggers:
        connection.exec_driver_sql(f"ALTER TABLE {child} ENABLE TRIGGER {trigger}")
    for table in tables:
        fill(connection, table, int(last[table] or 0))
        connection.exec_driver_sql(words_index_statement(table))
        for trigger in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"ALTER TABLE {table} ENABLE TRIGGER {table}_fts_{trigger}")
        # the planner's figures for the new rows: without them it may read past the index
        connection.exec_driver_sql(f"ANALYZE {table}, {table}_fts")


def index_problems(connection: Connection, limit: int = 20) -> list[str]:
    """Records whose indexed text is missing or not what it should be, and index rows of
    records that do not exist, each as a line (``check``)."""
    problems = []
    for table in indexed_tables(connection):
        wrong = connection.exec_driver_sql(
            f"SELECT s.id, f.id IS NULL FROM {table} s LEFT JOIN {table}_fts f "  # noqa: S608
            f"ON f.id = s.id WHERE f.body IS DISTINCT FROM ({_body_of(connection, table)}) "
            f"ORDER BY s.id LIMIT {limit}"
        ).all()
        stray = connection.exec_driver_sql(
            f"SELECT f.id FROM {table}_fts f WHERE NOT EXISTS "  # noqa: S608
            f"(SELECT 1 FROM {table} s WHERE s.id = f.id) ORDER BY f.id LIMIT {limit}"
        ).scalars()
        problems += problem_lines(table, [(i, bool(m)) for i, m in wrong], list(stray))
    return problems
