"""The window with a registry that cannot be opened, and one error family in the crash hook
(issue 13 item 5, issue 10 part 6)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.db import errors as db_errors
from desktop.domain.errors import UserError
from desktop.excel import errors as excel_errors
from desktop.services import backups, open_services
from desktop.services import errors as service_errors
from desktop.services.backups import backup_now
from desktop.ui import app as app_module
from desktop.ui import crash
from tests.conftest import add_region
from tests.db import hostile


@pytest.mark.parametrize("damage", [hostile.break_a_trigger, hostile.non_utf8_schema])
def test_a_registry_with_a_damaged_schema_is_offered_its_newest_good_backup(
    qtbot, db_path, answers, damage
):
    services = open_services(db_path)
    add_region(services)
    good = backup_now(services)
    services.close()
    damage(db_path)
    answers["ask"] = True
    reopened = app_module.open_registry(str(db_path), "en")
    assert reopened is not None
    assert good.name in answers["asked"][-1]
    assert reopened["regions"].count() == 1
    reopened.close()


def test_a_tampered_registry_without_a_backup_is_refused_with_its_reason(
    qtbot, db_path, monkeypatch
):
    services = open_services(db_path)
    services.close()
    hostile.add_trigger(db_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    assert app_module.open_registry(str(db_path), "en") is None
    assert "person_copy" in told[-1]


def test_every_error_the_user_can_act_on_has_one_base():
    for kind in (
        service_errors.ServiceError,
        service_errors.StillReferencedError,
        service_errors.ConflictError,
        db_errors.StorageError,
        excel_errors.ExcelFileError,
        backups.BackupOverFileError,
    ):
        assert issubclass(kind, UserError), kind


def test_the_crash_hook_tells_a_still_referenced_record_like_any_user_error(
    qtbot, monkeypatch, answers
):
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_crash", shown.append)
    error = service_errors.StillReferencedError("regions", 1, {"organisations": 2})
    crash.handle_exception(type(error), error, None)
    assert shown == []
    assert answers["asked"][-1] == (
        "This record is still referred to by other records (organisations: 2); "
        "delete or change those first."
    )
    assert error.params()["where"] == "organisations: 2"


def test_an_old_registry_whose_backup_fails_is_offered_another_backup_folder(
    qtbot, tmp_path, answers, monkeypatch
):
    from pathlib import Path

    from desktop.db import backup as files

    old = tmp_path / "old.sqlite"
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0004.sqlite"
    old.write_bytes(fixture.read_bytes())
    (tmp_path / "backups").write_text("not a folder")  # the backup beside it cannot be made
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr(app_module, "choose_backup_folder", lambda: chosen)
    answers["ask"] = True
    opened = app_module.open_registry(str(old), "en")
    assert opened is not None
    assert "must be updated" in answers["asked"][-1]
    assert [b.reason for b in files.list_backups(chosen, "old")] == ["before-upgrade"]
    opened.close()
