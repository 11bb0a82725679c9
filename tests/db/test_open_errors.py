"""Files that are not our database get a plain message and stay byte-for-byte unchanged."""

import sqlite3

import pytest

from desktop.db import errors
from desktop.db.database import open_database


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
