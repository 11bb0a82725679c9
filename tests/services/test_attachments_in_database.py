"""Attachments through the one API on both engines (issue 14, item 5): stored once per
content — in the folder beside an SQLite registry, in the ``attachment_content`` table of a
server's, where every officer sees them — handed over only when the content matches its
digest, a server's written to a temporary file of its own first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.db.models import Attachment, AttachmentContent
from desktop.services import attachments as store
from desktop.services import open_services
from tests.conftest import ENGINE, add_region

LETTER = "%PDF-1.4 письмо из Харбина".encode()


def _attach(services, tmp_path: Path, name: str = "письмо.pdf", content: bytes = LETTER):
    source = tmp_path / name
    source.write_bytes(content)
    rid = add_region(services) if not services["regions"].count() else 1
    return services.attachments.add("regions", rid, source)


def test_a_file_is_stored_once_and_every_officer_opens_it(services, db_target, tmp_path):
    first = _attach(services, tmp_path)
    second = _attach(services, tmp_path, "копия письма.pdf")
    assert first.sha256 == second.sha256 and not first.missing
    with services.db.read() as session:
        kept = session.scalar(select(func.count()).select_from(AttachmentContent))
    assert kept == (1 if ENGINE == "postgresql" else 0)  # on SQLite: the folder keeps it
    with open_services(db_target, user="коллега") as colleague:  # another officer
        [a, b] = colleague.attachments.listing("regions", 1)
        assert (a.name, b.name) == ("письмо.pdf", "копия письма.pdf") and not a.missing
        opened = colleague.attachments.verified_path(a)
        assert opened.read_bytes() == LETTER
        assert colleague.attachments.verify() == []
    if ENGINE == "postgresql":  # a file of its own under the name, outside any registry
        assert opened.name == "письмо.pdf" and opened.parent.name.startswith("ir-registry-")
        assert opened.stat().st_mode & 0o077 == 0


server_only = pytest.mark.skipif(
    ENGINE != "postgresql", reason="the table of a server's (the folder: test_attachment_store)"
)


@server_only
def test_altered_or_missing_bytes_are_named_and_never_opened(services, tmp_path):
    info = _attach(services, tmp_path)
    with services.db.write() as session:
        session.execute(update(AttachmentContent).values(content=b"%PDF-1.4 poddelka"))
    [listed] = services.attachments.listing("regions", 1)
    with pytest.raises(store.StoredFileError, match="content was changed"):
        services.attachments.verified_path(listed)
    [problem] = services.attachments.verify()
    assert f"attachment {info.id} ('письмо.pdf') of regions #1: its content was changed" in problem
    with services.db.write() as session:
        session.execute(AttachmentContent.__table__.delete())
    [listed] = services.attachments.listing("regions", 1)
    assert listed.missing
    with pytest.raises(store.StoredFileError, match="missing from the database"):
        services.attachments.verified_path(listed)
    assert "missing from the database" in services.attachments.verify()[0]


@server_only
def test_a_stored_name_never_chooses_where_the_temporary_file_goes(services, tmp_path):
    _attach(services, tmp_path)
    with services.db.write() as session:
        session.execute(update(Attachment).values(name="../../../tmp/evil.pdf"))
    [listed] = services.attachments.listing("regions", 1)
    opened = services.attachments.verified_path(listed)
    assert opened.name == "evil.pdf" and opened.parent.name.startswith("ir-registry-")


@server_only
def test_an_attachment_whose_record_save_fails_leaves_no_bytes(services, tmp_path, monkeypatch):
    rid = add_region(services)
    source = tmp_path / "скан.pdf"
    source.write_bytes(b"%PDF scan")

    def refuse(*_args, **_kwargs):
        raise RuntimeError("the write failed")

    monkeypatch.setattr(store, "_log", refuse)
    with pytest.raises(RuntimeError):
        services.attachments.add("regions", rid, source)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 0
