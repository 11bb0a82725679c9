"""Home of an empty registry: what it holds and where to start (import spreadsheets, create
the first record, or try the sample data in a registry of its own)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services import open_services
from . import dialogs, paths
from .errors import user_message
from .long_work import run_long

DEMO_SCALE = 200  # records per registry in the sample registry: enough to show every page


def demo_database() -> Path:
    return paths.data_folder() / "demo.sqlite"


def make_demo(path: Path, scale: int = DEMO_SCALE) -> dict[str, int]:
    """Fill a new sample registry at ``path`` (the ``demo`` command's use case)."""
    from ..services.demo import fill_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    with open_services(path) as services:
        return fill_demo(services.db, scale)


def program_command(database: Path) -> tuple[str, list[str]]:
    """How to start this program on another registry: the bundle's binary, or this Python
    with the package's entry point (wherever it is installed, with or without main.py)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(database)]
    start = "import sys; from desktop.cli import main; sys.exit(main())"
    return sys.executable, ["-c", start, "--db", str(database)]


class FirstRunPanel(QWidget):
    import_requested = Signal(str)  # the registry to import into
    create_requested = Signal(str)  # the registry to add the first record to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("The registry is empty"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        about = QLabel(
            self.tr(
                "The registry keeps the region's international ties: partner regions and "
                "organisations, agreements with their status history, delegations and visits, "
                "events, people and twin cities. From it come the lists of what needs "
                "attention and the annual report."
            )
        )
        about.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import agreements from Excel…"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit("agreements"))
        self.region_button = QPushButton(self.tr("Add the first partner region"))
        self.region_button.clicked.connect(lambda: self.create_requested.emit("regions"))
        self.agreement_button = QPushButton(self.tr("Add the first agreement"))
        self.agreement_button.clicked.connect(lambda: self.create_requested.emit("agreements"))
        self.demo_button = QPushButton(self.tr("Try the sample data…"))
        self.demo_button.clicked.connect(self.open_demo)
        hint = QLabel(
            self.tr(
                "Import reads your existing spreadsheets (each registry page imports its own "
                "kind of records, with File → Import into this registry…). The sample "
                "data is made in a separate registry and opens in a new window: this registry "
                "stays empty."
            )
        )
        hint.setWordWrap(True)
        # two by two: in a row the four made the window 1,000 px wide at least
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.import_button, self.demo_button, self.region_button, self.agreement_button)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def open_demo(self) -> None:
        path = demo_database()
        if not path.exists():
            try:
                run_long(
                    self,
                    self.tr("Making the sample registry {file}…").format(file=path),
                    lambda progress, cancelled: make_demo(path),
                )
            except Exception as exc:  # noqa: BLE001 - shown to the user
                dialogs.tell(self, self.tr("Sample data"), user_message(exc), error=True)
                return
        program, arguments = program_command(path)
        if not QProcess.startDetached(program, arguments):
            dialogs.tell(
                self,
                self.tr("Sample data"),
                self.tr("The sample registry is {file}. Open it with: {command}").format(
                    file=path, command=" ".join([program, *arguments])
                ),
            )
