"""The home page: what needs attention (each list opens its records on double-click) and
charts of the registry's activity (QtCharts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..services import Changes, Services
from ..services.dashboard import READS, Attention, Dashboard, DashboardRules
from .first_run import FirstRunPanel
from .long_work import Background
from .text import format_date, tr_domain

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
CHART_HEIGHT = 200  # px at least: Home fits a 1366×768 screen at 125 % (557 px of Qt's)


class ElidingDelegate(QStyledItemDelegate):
    """Items as wide as the list, not as their text: a long line ends in "…", whole in its
    tooltip, instead of widening the list behind a horizontal scroll bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: object) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)  # type: ignore[arg-type]
        return QSize(1, hint.height())


class DashboardPage(QWidget):
    open_requested = Signal(str, int)  # registry name, record id
    import_requested = Signal(str)  # from the first-run page: registry name
    create_requested = Signal(str)
    refreshed = Signal()

    def __init__(
        self, services: Services, rules: DashboardRules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.rules = services, rules
        self.report_label = QLabel()
        self.report_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        # The plans' overdue items: counted on the report's line, listed in a window of their
        # own (Home has no room for a fifth list on a 1366×768 screen at 125 %).
        self.overdue_link = QLabel()
        self.overdue_link.linkActivated.connect(lambda _: self.show_overdue())
        self.overdue_window = QDialog(self)
        self.overdue_window.setWindowTitle(self.tr("Overdue items of plans of measures"))
        self.overdue_window.resize(640, 360)
        placed = QVBoxLayout(self.overdue_window)
        for index, key in enumerate(("expiring", "awaiting", "upcoming", "incomplete", "overdue")):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            listing = QListWidget()
            # long titles end in "…" (whole in the tooltip), never behind a scroll bar
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
            listing.setUniformItemSizes(True)
            listing.setItemDelegate(ElidingDelegate(listing))
            listing.itemActivated.connect(self._open)
            inner.addWidget(listing)
            self.lists[key], self.boxes[key] = listing, box
            if key == "overdue":
                placed.addWidget(box)
            else:
                grid.addWidget(box, index // 2, index % 2)
        self.charts = [QChartView() for _ in range(3)]
        charts = QGridLayout()
        for index, view in enumerate(self.charts):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
            charts.addWidget(view, 0, index)
        self.board_panel = QWidget()
        layout = QVBoxLayout(self.board_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.report_label, 1)
        top.addWidget(self.overdue_link)
        layout.addLayout(top)
        layout.addLayout(grid, 3)
        layout.addLayout(charts, 2)
        self.first_run = FirstRunPanel()
        self.first_run.import_requested.connect(self.import_requested)
        self.first_run.create_requested.connect(self.create_requested)
        self.panels = QStackedWidget()
        self.panels.addWidget(self.board_panel)
        self.panels.addWidget(self.first_run)
        QVBoxLayout(self).addWidget(self.panels)
        self.board: Dashboard | None = None
        # A large registry takes seconds to go through: the window must not wait for it.
        self.background = Background(self)
        self.background.finished.connect(self._show)
        self._again = False
        self.stale = True  # built when first shown

    def apply_changes(self, changes: Changes) -> None:
        """A write committed: build the board again now if it is shown, else when it is."""
        # an empty registry's first record (of any kind) brings the normal Home
        empty = self.board is not None and self.board.empty
        if empty or any(changes.concerns(name) for name in READS):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def set_rules(self, rules: DashboardRules) -> None:
        self.rules, self.stale = rules, True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        self.stale = False
        if self.background.running:
            self._again = True
            return
        if self.board is None:
            self.report_label.setText(self.tr("Looking through the registry…"))
        rules = self.rules
        self.background.start(lambda: self.services.dashboard.build(today, rules))

    def _show(self, board: Dashboard | None, error: BaseException | None) -> None:
        if error is not None:
            raise error
        if self._again:
            self._again = False
            self.refresh()
        assert board is not None
        self.board = board
        self.panels.setCurrentWidget(self.first_run if board.empty else self.board_panel)
        lines = [
            self.tr(
                "The annual report is due on {date}: %n day(s) left.", "", board.days_to_report
            ).format(date=format_date(board.report_due))
        ]
        for title, due, days in board.form_deadlines:  # the forms the settings say are sent
            lines.append(
                self.tr("{form}: due on {date}, %n day(s) left.", "", days).format(
                    form=tr_domain(title), date=format_date(due)
                )
            )
        self.report_label.setText("\n".join(lines))
        titles = {
            "expiring": self.tr(
                "Agreements expiring within %n month(s)", "", self.rules.expiring_months
            ),
            "awaiting": self.tr(
                "Waiting for approval or registration longer than %n day(s)",
                "",
                self.rules.awaiting_days,
            ),
            "upcoming": self.tr(
                "Visits and events in the next %n day(s)", "", self.rules.upcoming_days
            ),
            "incomplete": self.tr("Missing what the reports need"),
            "overdue": self.tr("Overdue items of plans of measures"),
        }
        nothing = {
            "expiring": self.tr("No agreements expiring"),
            "awaiting": self.tr("Nothing waiting"),
            "upcoming": self.tr("No visits or events ahead"),
            "incomplete": self.tr("Nothing missing"),
            "overdue": self.tr("No overdue items"),
        }
        for key, listing in self.lists.items():
            items: list[Attention] = getattr(board, key)
            total = board.totals.get(key, len(items))  # not the list's, which stops at 200
            self.boxes[key].setTitle(f"{titles[key]} ({QLocale().toString(total)})")
            listing.clear()
            if not items:
                placeholder = QListWidgetItem(nothing[key])
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)  # not a record: nothing to open
                listing.addItem(placeholder)
            for item in items:
                when = format_date(item.day) if item.day else ""
                note = tr_domain(item.note) if item.note else ""
                text = " — ".join(part for part in (when, item.title, note) if part)
                entry = QListWidgetItem(text)
                entry.setData(RECORD_ROLE, f"{item.entity}:{item.record_id}")
                entry.setToolTip(text)
                listing.addItem(entry)
        count = len(board.overdue)
        self.overdue_link.setText(
            f'<a href="overdue">{self.boxes["overdue"].title()}</a>' if count else ""
        )
        self._draw_charts(board)
        self.refreshed.emit()

    def show_overdue(self) -> None:
        """The window listing the plans' overdue items (a double-click opens the record)."""
        self.overdue_window.show()
        self.overdue_window.raise_()

    def _open(self, item: QListWidgetItem) -> None:
        if item.data(RECORD_ROLE) is None:
            return  # the «nothing here» line
        if item.listWidget() is self.lists["overdue"]:
            self.overdue_window.hide()
        entity, record_id = str(item.data(RECORD_ROLE)).split(":")
        self.open_requested.emit(entity, int(record_id))

    def _bar_chart(
        self,
        title: str,
        categories: list[str],
        sets: list[tuple[str, list[int]]],
    ) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(2, 2, 2, 2))
        series = QBarSeries()
        for name, values in sets:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(categories)
        small = QFont(chart.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))
        axis.setLabelsFont(small)  # full country names and years, not "…"
        axis.setLabelsAngle(-90)
        axis.setTruncateLabels(False)  # «2016», not «⋮», on a small screen
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        values_axis.setLabelsFont(small)
        top = max((max(v, default=0) for _, v in sets), default=0)
        values_axis.setRange(0, max(1, top))
        if top > 5:
            values_axis.applyNiceNumbers()
        else:  # whole numbers only: 0, 1, 2 … rather than 0, 0.2, 0.4 shown as 0, 0, 0
            values_axis.setTickCount(max(2, top + 1))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _draw_charts(self, board: Dashboard) -> None:
        # a chart without data (a 0–1 scale over nothing) is not shown
        filled = (board.in_force_by_country, board.delegations_per_year, board.signed_per_year)
        for view, data in zip(self.charts, filled, strict=True):
            view.setVisible(bool(data))
        countries = board.in_force_by_country
        self.charts[0].setChart(
            self._bar_chart(
                self.tr("Agreements in force by country"),
                [c for c, _ in countries],
                [(self.tr("Agreements"), [n for _, n in countries])],
            )
        )
        years = [str(y) for y in board.delegations_per_year]
        self.charts[1].setChart(
            self._bar_chart(
                self.tr("Delegations per year"),
                years,
                [
                    (self.tr("Incoming"), [v[0] for v in board.delegations_per_year.values()]),
                    (self.tr("Outgoing"), [v[1] for v in board.delegations_per_year.values()]),
                ],
            )
        )
        self.charts[2].setChart(
            self._bar_chart(
                self.tr("Agreements signed per year"),
                [str(y) for y in board.signed_per_year],
                [(self.tr("Signed"), list(board.signed_per_year.values()))],
            )
        )
