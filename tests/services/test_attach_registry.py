"""Attaching the registry's own files: refused before anything reads them (issue 11).

Hashing and copying a file opens and closes it, and closing any descriptor of the database
drops every POSIX lock SQLite holds on it in this process.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.db.lock import RegistryFileError
from desktop.services import Services
from desktop.services import attachments as store
from tests.conftest import add_region
from tests.posix_locks import held_locks

pytestmark = pytest.mark.sqlite_only("the SQLite registry's own files")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks")
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_the_registrys_own_files_cannot_be_attached(services: Services, suffix: str) -> None:
    db_path = services.db.path
    region = add_region(services)
    db_path.with_name(db_path.name + ".lock").write_text("{}")  # as a window holds it
    before = held_locks(db_path)
    assert before >= 2
    chosen = Path(f"{db_path}{suffix}")
    # named as the dialog would give it: through another spelling of the same folder
    spelled = db_path.parent / ".." / db_path.parent.name / chosen.name
    with pytest.raises(RegistryFileError) as refused:
        store.add(services, "regions", region, spelled)
    assert chosen.name in refused.value.text()
    assert held_locks(db_path) == before
    assert store.listing(services, "regions", region) == []


def test_other_files_beside_the_registry_are_attached(services: Services) -> None:
    region = add_region(services)
    letter = services.db.path.parent / "registry.sqlite letter.txt"
    letter.write_text("Уважаемые коллеги!", encoding="utf-8")
    store.add(services, "regions", region, letter)
    assert [a.name for a in store.listing(services, "regions", region)] == [letter.name]
