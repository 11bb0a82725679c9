"""Small programs timed from outside, as a user would meet them: a new process until the main
window shows the first rows of the agreements registry, and the same for a bare PySide6
window over an in-memory list (the floor). Each prints PAINTED when the rows are drawn."""

from __future__ import annotations

import os
import sys


def _paint_and_report(view) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view.viewport().repaint()
    app.processEvents()
    assert view.model().index(0, 0).data() not in (None, "")
    print("PAINTED", flush=True)


def registry(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow

    settings = QSettings(os.environ["BENCH_SETTINGS"], QSettings.Format.IniFormat)
    settings.setValue("window/page", 5)  # the agreements registry
    services = open_services(db, check=False)  # as the application: checked after showing
    window = MainWindow(services, settings)
    window.show()
    _paint_and_report(window.pages["agreements"].view)
    app.quit()


def floor(rows: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    data = [(f"Соглашение {n}", "Китай", "Подписано", n) for n in range(rows)]

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802, ANN001
            return 0 if parent.isValid() else len(data)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802, ANN001
            return 4

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return str(data[index.row()][index.column()])

    window = QMainWindow()
    view = QTableView()
    model = Model()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1400, 850)
    window.show()
    _paint_and_report(view)
    app.quit()


if __name__ == "__main__":
    if sys.argv[1] == "registry":
        registry(sys.argv[2])
    else:
        floor(int(sys.argv[2]))
