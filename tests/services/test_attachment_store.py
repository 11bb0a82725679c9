"""The attachment store against a tampered registry or store: a stored name that is not a
digest never becomes a path, an altered file is never handed over, and two adds of one file
at once do not collide."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.cli import main as cli_main
from desktop.db.models import Attachment
from desktop.services import attachments as store
from desktop.services.backups import backup_now
from tests.conftest import add_region

pytestmark = pytest.mark.sqlite_only(
    "the folder store beside an SQLite registry (a server's table: test_attachments_in_database)"
)


def _attach(services, tmp_path: Path, content: bytes = b"%PDF-1.4 letter") -> store.AttachmentInfo:
    rid = add_region(services)
    source = tmp_path / "письмо.pdf"
    source.write_bytes(content)
    return store.add(services, "regions", rid, source)


@pytest.mark.parametrize(
    "stored",
    [
        "../../../../etc/passwd",
        "/etc/passwd",
        "ab/../../../etc/passwd",
        "A" * 64,  # upper case: not how digests are stored
        "0" * 63,
        "",
    ],
)
def test_a_stored_name_that_is_not_a_digest_never_becomes_a_path(services, tmp_path, stored):
    info = _attach(services, tmp_path)
    with services.db.write() as session:
        session.execute(update(Attachment).where(Attachment.id == info.id).values(sha256=stored))
    [listed] = store.listing(services, "regions", 1)
    assert listed.path is None and listed.missing
    with pytest.raises(store.StoredFileError, match="names no stored file"):
        store.verified_path(listed)
    assert any("names no stored file" in line for line in store.verify_store(services))


def test_a_symlinked_store_folder_leading_outside_is_refused(services, tmp_path):
    info = _attach(services, tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = info.path.parent
    (outside / info.path.name).write_bytes(info.path.read_bytes())
    info.path.unlink()
    folder.rmdir()
    folder.symlink_to(outside)
    [listed] = store.listing(services, "regions", 1)
    assert listed.path is None


def test_an_altered_file_is_not_opened_and_check_names_its_record(services, tmp_path, capsys):
    info = _attach(services, tmp_path)
    assert store.verified_path(info) == info.path
    assert store.verify_store(services) == []
    info.path.write_bytes(b"%PDF-1.4 forged")
    with pytest.raises(store.StoredFileError, match="content was changed"):
        store.verified_path(info)
    [line] = store.verify_store(services)
    assert "regions #1" in line and "письмо.pdf" in line and "changed" in line
    made = backup_now(services)
    assert not (made.parent / "attachments" / info.path.parent.name / info.path.name).exists()
    db = str(services.db.path)
    services.close()
    assert cli_main(["check", "--db", db]) == 1
    assert "regions #1" in capsys.readouterr().err


def test_a_missing_file_is_named_by_check(services, tmp_path):
    info = _attach(services, tmp_path)
    info.path.unlink()
    [line] = store.verify_store(services)
    assert "missing" in line and "regions #1" in line


def test_two_adds_of_one_file_at_once_both_succeed(services, tmp_path, monkeypatch):
    rid = add_region(services)
    source = tmp_path / "скан.pdf"
    source.write_bytes(b"x" * 100_000)
    both_copying = threading.Barrier(2)
    real_copy = store.shutil.copyfile

    def copy_together(src, dst):  # both threads are mid-copy at the same moment
        both_copying.wait(timeout=10)
        return real_copy(src, dst)

    monkeypatch.setattr(store.shutil, "copyfile", copy_together)
    errors: list[BaseException] = []

    def add() -> None:
        try:
            store.add(services, "regions", rid, source)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.listing(services, "regions", rid)) == 2
    folder = store.store_folder(services)
    assert [p.name for p in folder.rglob("*") if p.is_file()] == [store._digest(source)]


def test_a_big_file_is_told_apart(tmp_path):
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024 + 1)  # sparse: no disk spent
    assert store.is_large(big, limit_mb=3)
    assert not store.is_large(big, limit_mb=4)
