"""The SQLite full-text index of a registry: an FTS5 table kept in sync by triggers.

Each registry table ``t`` gets ``t_fts(body)`` whose rowid is the record id and whose body is
the record's searchable text plus its country's names. Only SQLite: PostgreSQL falls back to
ILIKE in the search service.
"""

from __future__ import annotations

from collections.abc import Sequence

TOKENIZER = "unicode61 remove_diacritics 2"


def body_sql(row: str, columns: Sequence[str], with_country: bool) -> str:
    parts = [f"coalesce({row}.{column}, '')" for column in columns]
    if with_country:
        parts.append(
            f"coalesce((SELECT name_ru || ' ' || name_en || ' ' || code FROM country "
            f"WHERE code = {row}.country_code), '')"
        )
    return " || ' ' || ".join(parts)


def create_statements(table: str, columns: Sequence[str], with_country: bool) -> list[str]:
    fts = f"{table}_fts"
    new_body = body_sql("new", columns, with_country)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(body, tokenize = '{TOKENIZER}')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {new_body}); END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; "
        f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {new_body}); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.id; END",
    ]


def drop_statements(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_fts_insert",
        f"DROP TRIGGER IF EXISTS {table}_fts_update",
        f"DROP TRIGGER IF EXISTS {table}_fts_delete",
        f"DROP TABLE IF EXISTS {table}_fts",
    ]


def is_fts_table(name: str) -> bool:
    """FTS5 creates shadow tables (t_fts_data, t_fts_idx, ...); autogenerate must skip them."""
    return "_fts" in name
