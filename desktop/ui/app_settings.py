"""Settings of this computer (QSettings): language, the annual report date, the dashboard's
warning periods, the last database. Settings of the registry itself live in the database."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from ..services.dashboard import DashboardRules

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
        self.q.setValue("app/last_database", path)

    def sync(self) -> None:
        self.q.sync()
