"""Files that are not our database get a plain message and stay byte-for-byte unchanged."""

import sqlite3

import pytest

from desktop.db import errors
from desktop.db.database import open_database

pytestmark = pytest.mark.sqlite_only(
    "files that are not SQLite registries (a server's refusals: tests/pg)"
)


def test_missing_file_is_created_at_head(db_path):
    assert not db_path.exists()
    open_database(db_path).close()
    assert db_path.exists()


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", errors.EmptyFileError),
        (b"name;country\nHarbin;CN\n", errors.NotADatabaseError),
    ],
)
def test_bad_files_are_refused(db_path, content, error):
    db_path.write_bytes(content)
    with pytest.raises(error):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_another_applications_database_is_refused(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(errors.ForeignDatabaseError) as caught:
        open_database(db_path)
    assert "another application" in caught.value.text()
    assert db_path.read_bytes() == before


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(errors.MissingFolderError):
        open_database(tmp_path / "nowhere" / "registry.sqlite")


def _damage(path):
    """Overwrite the middle of the file the way a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_and_the_newest_good_backup_named(db_path):
    from desktop.services import open_services
    from desktop.services.backups import backup_now
    from tests.conftest import add_region

    services = open_services(db_path)
    for n in range(200):
        add_region(services, f"регион {n}", "CN", "x" * 200)
    good = backup_now(services)
    services.close()
    _damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(errors.CorruptDatabaseError) as caught:
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert caught.value.backup == str(good)
    assert "damaged" in caught.value.text()


def test_a_network_share_is_refused(db_path, monkeypatch):
    from desktop.db import database

    monkeypatch.setattr(database, "file_system_of", lambda path: "cifs")
    with pytest.raises(errors.NetworkShareError) as caught:
        open_database(db_path)
    assert "network share" in caught.value.text()
    assert not db_path.exists()


def test_a_read_only_file_is_refused_untouched(db_path, monkeypatch):
    import os

    from desktop.db import database

    open_database(db_path).close()
    before = db_path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(
        database.os,
        "access",
        lambda path, mode: False if mode == os.W_OK else real_access(path, mode),
    )
    with pytest.raises(errors.ReadOnlyError) as caught:
        open_database(db_path)
    assert "cannot be written" in caught.value.text()
    assert db_path.read_bytes() == before


def test_the_file_systems_of_this_machine_are_told(tmp_path):
    from desktop.db.database import file_system_of

    assert file_system_of(tmp_path) not in ("", "cifs", "nfs")
