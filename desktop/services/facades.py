"""The sub-APIs ``Services`` owns besides the registries, each bound to one open registry
(as Anki's Collection owns ``col.media``): attachments, backups, reports and the dashboard.
The writes among them announce what they changed on the services' change channel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import attachments as store
from . import backups as copies
from .changes import Action, Changes

if TYPE_CHECKING:
    from ..domain.report_rows import Report
    from . import Services
    from .dashboard import Dashboard, DashboardRules


class Attachments:
    """``services.attachments``: files kept beside records."""

    def __init__(self, services: Services) -> None:
        self._services = services

    @property
    def available(self) -> bool:
        """Files are kept beside an SQLite file, or in the server's database."""
        return True

    def add(self, entity: str, record_id: int, source: Path | str) -> store.AttachmentInfo:
        added = store.add(self._services, entity, record_id, source)
        self._services.notify(Changes(entity, Action.UPDATE, (record_id,)))
        return added

    @staticmethod
    def is_large(source: Path | str, limit_mb: int) -> bool:
        return store.is_large(source, limit_mb)

    def verify(self) -> list[str]:
        """Every stored file against its digest: a line naming the record of each file that
        is missing or altered (empty when all are whole)."""
        return store.verify_store(self._services)

    def verified_path(self, info: store.AttachmentInfo) -> Path:
        """A file to open, once its content matched its digest (StoredFileError if not:
        altered, missing, or a name that is no digest): the stored file itself, or a
        server's bytes written to a temporary file first."""
        return store.opened_copy(self._services, info)

    def listing(
        self, entity: str, record_id: int, trash: bool = False
    ) -> list[store.AttachmentInfo]:
        return store.listing(self._services, entity, record_id, trash)

    def remove(self, entity: str, record_id: int, attachment_id: int) -> None:
        """Into the trash: listed no more, restorable."""
        store.remove(self._services, attachment_id)
        self._services.notify(Changes(entity, Action.UPDATE, (record_id,)))

    def restore(self, entity: str, record_id: int, attachment_id: int) -> None:
        store.restore(self._services, attachment_id)
        self._services.notify(Changes(entity, Action.UPDATE, (record_id,)))


class Backups:
    """``services.backups``: checked copies of the database file, and restoring one."""

    def __init__(self, services: Services, folder: Path | str | None = None) -> None:
        self._services = services
        self.chosen = copies.checked_folder(folder)  # this computer's choice; None: default

    def folder(self) -> Path:
        return copies.backup_folder(self._services)

    def choose_folder(self, folder: Path | str | None) -> None:
        """Take the backups to ``folder`` from now on (None or empty: beside the registry);
        RelativeBackupFolderError for a relative one."""
        self.chosen = copies.checked_folder(folder)

    def backup_now(
        self, reason: str = "manual", out: Path | None = None, force: bool = False
    ) -> Path:
        return copies.backup_now(self._services, reason, out, force)

    def backup_if_changed(self, now: datetime | None = None) -> Path | None:
        return copies.backup_if_changed(self._services, now)

    def listing(self) -> list[copies.BackupEntry]:
        return copies.list_backups(self._services)

    def check(self) -> list[str]:
        """What is wrong with the database (integrity, broken references): empty if nothing."""
        return self._services.db.check()

    def restore(self, backup: Path, verified: bool = False) -> Path:
        """Replace the registry with a backup; every view reloads. Returns where the replaced
        registry was kept."""
        kept = copies.restore(self._services, backup, verified)
        self._services.notify(Changes(None, Action.REPLACE))
        return kept


class Reports:
    """``services.reports``: the ministry report, computed and written."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def build(self, start: date, end: date, language: str | None = None) -> Report:
        from .reports import build_report  # builds on the whole registry: loaded when used

        return build_report(self._services, start, end, language or self._services.language)

    def write(
        self,
        report: Report,
        out: Path | str,
        template: Path | str | None = None,
        language: str | None = None,
        **progress: Any,
    ) -> Path | None:
        """Into a ministry's ``template``, or the built-in layout (which takes ``progress``
        and ``cancelled`` callbacks, and returns None when cancelled)."""
        if template:
            from ..excel.template import fill_template

            return fill_template(template, report, out)
        from ..excel.report_writer import write_report

        return write_report(report, out, language or self._services.language, **progress)


class DashboardAPI:
    """``services.dashboard``: what needs attention today, and the figures of the charts."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def build(self, today: date | None = None, rules: DashboardRules | None = None) -> Dashboard:
        from .dashboard import build_dashboard

        return build_dashboard(self._services, today, rules)
