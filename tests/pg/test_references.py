"""References on a server (issue 14, item 2): the foreign keys are DEFERRABLE INITIALLY
IMMEDIATE (migration 0007), and an import defers them to its commit, so a row may refer to
a row further down the file, past the 1,000 rows one INSERT statement carries."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.db.errors import StorageError
from desktop.services import Query

COUNT = 1_201  # more than one multi-row INSERT (SQLAlchemy sends 1,000 rows per statement)


def agreement(n: int, parent: int | None = None) -> dict:
    return {
        "title": f"Соглашение {n}",
        "kind": "agreement",
        "scope": "international",
        "country_code": "CN",
        "parent_id": parent,
    }


def test_an_import_whose_first_row_refers_to_its_last(services):
    creates = [(n, agreement(n, parent=COUNT if n == 1 else None)) for n in range(1, COUNT + 1)]
    services["agreements"].import_records(creates, [])
    assert services["agreements"].get(1)["parent_id"] == COUNT
    assert len(services["agreements"].search(Query())) == COUNT


def test_a_reference_to_nothing_is_still_refused_at_commit(services):
    with pytest.raises(Exception) as caught:  # noqa: B017, PT011 - the engines' own errors
        services["agreements"].import_records([(1, agreement(1, parent=99))], [])
    assert not isinstance(caught.value, StorageError)
    assert services["agreements"].count() == 0


def test_every_foreign_key_on_a_server_is_deferrable(pg_server, services):
    with services.db.read() as session:
        rows = session.execute(
            text(
                "SELECT conname, condeferrable, condeferred FROM pg_constraint WHERE contype = 'f'"
            )
        ).all()
    assert len(rows) > 20
    assert [name for name, deferrable, deferred in rows if not deferrable or deferred] == []
