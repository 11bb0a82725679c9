"""The search index on PostgreSQL (issue 14 item 3): the same words as SQLite's FTS5 index,
folded alike, found alike; kept by triggers; filled by the migration; checked by ``check``."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from benchmarks.measure import QUERIES
from desktop.db import migrate
from desktop.db.fts import TOKENIZER
from desktop.db.fts_pg import _SLOW, FOLDED_FROM, fold
from desktop.services import Query, Services, open_services
from desktop.services.demo import fill_demo
from tests.conftest import add_region
from tests.pg.server import Server


def _fts5_words(texts: list[str]) -> list[list[str]]:
    """What SQLite's tokenizer makes of each text."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '{TOKENIZER}')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    connection.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", enumerate(texts, 1))
    words: list[list[str]] = [[] for _ in texts]
    for doc, term in connection.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        words[doc - 1].append(term)
    return words


def _letters(*ranges: tuple[int, int]) -> list[str]:
    """The letters and decimal digits of these code point ranges."""
    return [
        chr(code)
        for first, last in ranges
        for code in range(first, last + 1)
        if unicodedata.category(chr(code))[0] == "L" or unicodedata.category(chr(code)) == "Nd"
    ]


def test_folding_is_fts5s_for_latin_greek_cyrillic_and_chinese():
    # Latin-1 to Cyrillic Supplement, Latin Extended Additional (Vietnamese), CJK
    letters = _letters((0x30, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    letters += _letters((0x4E00, 0x4FFF), (0xAC00, 0xAC80))
    texts = [f"q{letter}q" for letter in letters] + [
        "Regiön Türkiye İzmir Łódź Đà Nẵng straße",
        "ёлка Йошкар-Ола ΟΔΟΣ «Хэйлунцзян» 黑龙江省 e-mail@example.org 2024",
    ]
    # FTS5 keeps a few Latin letters with two marks, and its Unicode tables are older than
    # some capitals (Ϳ, Ԩ: Unicode 7) and than the Greek numeral sign's mapping to ʹ
    known = set("ǠǡǢǣǮǯǼǽǾǿ") | set("\u0374ͿԨԪԬԮ")
    expected = _fts5_words(texts)
    differing = [
        t
        for t, words in zip(texts, expected, strict=True)
        if fold(t) != words and t[1] not in known
    ]
    assert differing == []
    assert fold("Regiön") == ["region"] and fold("ёлка") == ["ёлка"]  # as FTS5: ё kept


def test_the_servers_folding_is_pythons_for_every_character(pg_server: Server):
    everything = [
        f"q{chr(code)}q"
        for code in range(0x20, 0x10000)
        if unicodedata.category(chr(code)) not in ("Cn", "Co", "Cs")
    ]
    engine = create_engine(pg_server.url(pg_server.new_database()))
    with engine.connect() as connection:
        folded = connection.execute(
            text(
                "SELECT registry_fold(t) FROM unnest(CAST(:texts AS text[])) "
                "WITH ORDINALITY AS u(t, n) ORDER BY n"
            ),
            {"texts": everything},
        ).scalars()
        differing = [
            t for t, found in zip(everything, folded, strict=True) if found.split() != fold(t)
        ]
    engine.dispose()
    assert differing == []


def test_the_benchmark_queries_find_as_many_on_both_engines(pg_server: Server, tmp_path: Path):
    """The same demo on SQLite and on the server: every query of the benchmark finds the
    same number of records."""
    found: dict[str, list[int]] = {}
    for engine, target in (
        ("sqlite", tmp_path / "demo.sqlite"),
        ("postgresql", pg_server.url(pg_server.new_database())),
    ):
        services = open_services(target, language="ru", user="tester")
        fill_demo(services.db, 1000)
        found[engine] = [len(services[name].search(Query(text=q))) for name, q in QUERIES]
        services.close()
    assert found["postgresql"] == found["sqlite"]
    assert sum(1 for count in found["sqlite"] if count) >= 15  # the queries do find things


def test_search_follows_renames_of_what_a_record_names(services: Services):
    region = add_region(services, "провинция Хэйлунцзян", "CN", "黑龙江省")
    organisations = services["organisations"]
    organisation = organisations.create(
        {
            "name_ru": "Университет Цзямусы",
            "kind": "regional_government",
            "side": "foreign",
            "country_code": "CN",
            "region_id": region,
        }
    ).ids[0]
    assert organisations.search(Query(text="Хэйлун")) == [organisation]
    services["regions"].update(region, 1, {"name_ru": "провинция Цзилинь"})
    assert organisations.search(Query(text="Хэйлун")) == []
    assert organisations.search(Query(text="Цзилинь Университет")) == [organisation]


def test_a_renamed_country_is_found_by_its_new_name_on_a_server(pg_server: Server):
    target = pg_server.url(pg_server.new_database())
    services = open_services(target, language="ru", user="tester")
    code = services.custom_countries.add("Абхазия")
    region = add_region(services, "Сухум", code, "Aqwa")
    with services.db.write() as session:  # no window renames a country yet: the trigger does
        session.execute(
            text("UPDATE country SET name_ru = 'Апсны', name_en = 'Apsny' WHERE code = :c"),
            {"c": code},
        )
    assert services["regions"].search(Query(text="Апсны")) == [region]
    assert services["regions"].search(Query(text="Абхазия")) == []
    services.close()


def _break_index(services: Services, record: int, how: str) -> None:
    with services.db.write() as session:
        key = "rowid" if services.db.dialect == "sqlite" else "id"
        statement = {
            "wrong": f"UPDATE foreign_region_fts SET body = 'нечто другое' WHERE {key} = :id",
            "missing": f"DELETE FROM foreign_region_fts WHERE {key} = :id",
            "stray": "INSERT INTO foreign_region_fts(" + key + ", body) VALUES (:id + 100, 'x')",
        }[how]
        session.execute(text(statement), {"id": record})


def test_check_finds_a_search_index_that_differs_from_the_records(services: Services):
    first, second = add_region(services), add_region(services, "ил Бурса", "TR", "Bursa")
    assert services.db.check() == []
    _break_index(services, first, "wrong")
    _break_index(services, second, "missing")
    _break_index(services, second, "stray")
    assert services.db.check() == [
        f"foreign_region row {first}: search index out of date",
        f"foreign_region row {second}: missing from the search index",
        f"foreign_region_fts row {second + 100}: indexed, but foreign_region has no such row",
    ]


def test_the_migration_indexes_a_servers_existing_records(pg_server: Server):
    """A server registry made before 0009 (searched by ILIKE then) is indexed by it."""
    target = pg_server.url(pg_server.new_database(empty=True))
    engine = create_engine(target)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0008")
        connection.execute(
            text(
                "INSERT INTO foreign_region (id, name_ru, name_original, country_code, kind, "
                "created_at, updated_at, version) VALUES (nextval('foreign_region_id_seq'), "
                "'провинция Хэйлунцзян', 'Heilongjiāng', 'CN', 'province', now(), now(), 1)"
            )
        )
        migrate.upgrade(connection)
    engine.dispose()
    services = open_services(target, language="ru", user="tester")
    assert len(services["regions"].search(Query(text="heilongjiang Китай"))) == 1
    assert services.db.check() == []
    services.close()


@pytest.mark.parametrize("typed", ["ab", "Хэйлун цзян", "黑龙"])
def test_words_are_matched_at_their_beginning_only(services: Services, typed: str):
    region = add_region(services, "Хэйлун-цзян Abakan", "RU", "黑龙江省")
    add_region(services, "Краб", "RU", "Scrab 龙江")
    assert services["regions"].search(Query(text=typed)) == [region]


def test_the_shortcut_for_unmarked_text_misses_no_marked_latin_letter():
    """registry_fold decomposes and translates only text with a character of _MARKED or
    FTS5's own foldings: every character whose decomposition puts a mark on an ASCII letter,
    or whose lower case is one FTS5 folds further, must be one of them."""
    marked = re.compile("[A-Za-z][\u0300-\u036f]")
    missed = [
        hex(code)
        for code in range(0x80, 0x110000)
        if not 0xD800 <= code < 0xE000
        and (
            marked.search(unicodedata.normalize("NFD", "a" + chr(code)))
            or set(chr(code).lower() + ("a" + chr(code)).lower()) & set(FOLDED_FROM)
        )
        and not _SLOW.search(chr(code))
    ]
    assert missed == []
