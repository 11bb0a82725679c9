"""Settings of this computer (QSettings): language, the annual report date, the dashboard's
warning periods, the size above which an attachment asks first, the last database, and each
registry's backup folder. Settings of the registry itself live in the database."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QLocale, QSettings

from ..services.attachments import LARGE_FILE_MB
from ..services.dashboard import DashboardRules
from ..services.opening import without_password

LANGUAGES = ("ru", "en")


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings()

    def _int(self, key: str, default: int) -> int:
        value = self.q.value(key, default)
        try:
            return int(value) if isinstance(value, int | float) else int(str(value))
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """The setting, else Russian where the system speaks Russian, else English."""
        chosen = self.q.value("ui/language", "")
        if chosen in LANGUAGES:
            return str(chosen)
        return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def rules(self) -> DashboardRules:
        return DashboardRules(
            expiring_months=self._int("dashboard/expiring_months", 6),
            awaiting_days=self._int("dashboard/awaiting_days", 60),
            upcoming_days=self._int("dashboard/upcoming_days", 30),
            report_due=(self._int("report/due_month", 2), self._int("report/due_day", 1)),
        )

    @rules.setter
    def rules(self, rules: DashboardRules) -> None:
        self.q.setValue("dashboard/expiring_months", rules.expiring_months)
        self.q.setValue("dashboard/awaiting_days", rules.awaiting_days)
        self.q.setValue("dashboard/upcoming_days", rules.upcoming_days)
        self.q.setValue("report/due_month", rules.report_due[0])
        self.q.setValue("report/due_day", rules.report_due[1])

    @property
    def last_database(self) -> str:
        return str(self.q.value("app/last_database", "") or "")

    @last_database.setter
    def last_database(self, path: str) -> None:
        # a server's URL without its password: that is ~/.pgpass's to keep, never ours
        self.q.setValue("app/last_database", without_password(path))

    @property
    def large_file_mb(self) -> int:
        """Adding an attachment bigger than this asks first."""
        return max(1, self._int("attachments/large_file_mb", LARGE_FILE_MB))

    @large_file_mb.setter
    def large_file_mb(self, value: int) -> None:
        self.q.setValue("attachments/large_file_mb", max(1, int(value)))

    @staticmethod
    def _folder_key(registry: Path | str) -> str:
        # one key per registry file: its full path, with no "/" left to split QSettings groups
        return "backups/folder_" + quote(str(Path(registry).expanduser().resolve()), safe="")

    def backup_folder(self, registry: Path | str) -> str:
        """The backup folder chosen on this computer for a registry file ("" for the default
        beside it). Only a full path counts: a relative one would follow the working folder."""
        value = str(self.q.value(self._folder_key(registry), "") or "")
        return value if value and Path(value).is_absolute() else ""

    def set_backup_folder(self, registry: Path | str, folder: str) -> None:
        if folder:
            self.q.setValue(self._folder_key(registry), folder)
        else:
            self.q.remove(self._folder_key(registry))

    def sync(self) -> None:
        self.q.sync()
