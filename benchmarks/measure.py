"""The measurements taken inside one process (offscreen Qt over the benchmark database)."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]

# At least 20 queries: Cyrillic, Latin, Chinese, prefixes, two words, one letter, no hit.
QUERIES = [
    ("agreements", "Соглашение"),
    ("agreements", "сотрудн"),
    ("agreements", "Китай"),
    ("agreements", "туризм Хэйлун"),
    ("agreements", "с"),
    ("agreements", "zzzz"),
    ("regions", "Харбин"),
    ("regions", "провинция"),
    ("regions", "Bursa"),
    ("regions", "黑龙"),
    ("regions", "обл"),
    ("organisations", "Университет"),
    ("organisations", "Department"),
    ("organisations", "Хуавэй Co"),
    ("people", "Ван"),
    ("people", "Zhang"),
    ("people", "王"),
    ("people", "Иванова Мария"),
    ("events", "форум"),
    ("events", "ЭКСПО 2024"),
    ("delegations", "Переговоры"),
    ("delegations", "Вьетнам"),
    ("twins", "Заречный"),
    ("twins", "qqqq"),
]


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def first_line_after(args: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from starting a process until it prints ``marker``."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == marker:
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            return elapsed
    raise RuntimeError(process.stderr.read() if process.stderr else "no output")


def startup(db: Path | str, rows: int, settings: Path, repeat: int) -> tuple[float, float]:
    import compileall

    # As an installed application starts: with its bytecode compiled (pip does it, and Python
    # does it on the first start, unless PYTHONDONTWRITEBYTECODE is set, as on these machines).
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_SETTINGS": str(settings)}
    ours, floor = [], []
    for _ in range(repeat):
        ours.append(
            first_line_after(
                [sys.executable, "-m", "benchmarks.probes", "registry", str(db)], env, "PAINTED"
            )
        )
        floor.append(
            first_line_after(
                [sys.executable, "-m", "benchmarks.probes", "floor", str(rows)], env, "PAINTED"
            )
        )
    return median(ours), median(floor)


def fts_floor(db: Path, repeat: int) -> list[float]:
    """The raw FTS5 prefix query of each search string, on the same database."""
    from desktop.domain.entities import BY_NAME

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    times = []
    for name, text in QUERIES:
        table = BY_NAME[name].table + "_fts"
        words = [w for w in text.split() if w]
        match = " ".join(f'"{w}"*' for w in words)
        runs = [
            timed(
                lambda t=table, q=match: connection.execute(
                    f"SELECT rowid FROM {t} WHERE {t} MATCH ?", (q,)
                ).fetchall()
            )  # noqa: S608
            for _ in range(repeat)
        ]
        times.append(median(runs) * 1000)
    connection.close()
    return times


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gui(
    db: Path | str, settings: Path, repeat: int, trips: Callable[[], int] | None = None
) -> dict[str, float]:
    """Search, sort, form and memory figures, in one offscreen application. ``trips``: the
    round trips to the server so far (the proxy's count), to count them per action."""
    counted = trips is not None
    trips = trips or (lambda: 0)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow

    services = open_services(db)
    window = MainWindow(services, QSettings(str(settings), QSettings.Format.IniFormat))
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    # The home dashboard is built in a background thread after the window shows; searching
    # while it runs measures the two together, so wait for it as a user's first glance would.
    window.home.background.wait()
    app.processEvents()
    for name in window.pages:
        window.show_registry(name)
        app.processEvents()
    result = {"rss_mb": rss_mb()}

    def painted(page) -> None:  # noqa: ANN001
        """Let the event loop paint the table, as it does after a search in the window (one
        paint: an explicit repaint() first would paint twice), and check it did."""
        app.processEvents()
        first = page.model.id_at(page.view.rowAt(0))
        assert first is None or page.model.cached(first), "the table was not painted"

    def search(name: str, text: str) -> None:
        page = window.show_registry(name)
        page.search_box.blockSignals(True)  # the debounce timer is not what is measured
        page.search_box.setText(text)
        page.search_box.blockSignals(False)
        page.reload()
        painted(page)

    searches, search_trips = [], []
    for name, text in QUERIES:
        runs = []
        for _ in range(repeat):
            search(name, "")
            before = trips()
            runs.append(timed(lambda n=name, t=text: search(n, t)))
            search_trips.append(trips() - before)
        searches.append(median(runs) * 1000)
    result["search_trips_max"] = max(search_trips)
    for name in window.pages:
        search(name, "")
    result["search_p50_ms"] = percentile(searches, 0.5)
    result["search_p95_ms"] = percentile(searches, 0.95)

    slowest = 0.0
    for name, page in window.pages.items():
        window.show_registry(name)
        for column in range(page.model.columnCount()):

            def sort(c: int = column, p=page) -> None:  # noqa: ANN001
                p.model.sort(c)
                painted(p)

            slowest = max(slowest, median([timed(sort) for _ in range(repeat)]))
    result["sort_max_ms"] = slowest * 1000

    result["scroll_max_ms"], result["scroll_trips_max"] = scroll_max_ms(
        app, window.show_registry("agreements"), trips
    )

    page = window.show_registry("agreements")
    record_id = page.model.id_at(0)
    opens, saves = [], []
    for n in range(repeat):
        before = trips()
        started = time.perf_counter()
        form = page.open_record(record_id)
        app.processEvents()
        opens.append(time.perf_counter() - started)
        result["open_form_trips"] = trips() - before
        form.editors["notes"].set_value(f"замер {n}")
        before = trips()
        saves.append(timed(form.save))
        result["save_trips"] = trips() - before
        form.close()
        app.processEvents()
    result["open_form_ms"] = median(opens) * 1000
    result["save_ms"] = median(saves) * 1000
    window.close()
    services.close()
    if not counted:
        result = {k: v for k, v in result.items() if not k.endswith(("_trips", "_trips_max"))}
    return result


def scroll_max_ms(
    app,  # noqa: ANN001 - QApplication
    page,  # noqa: ANN001 - RegistryPage
    trips: Callable[[], int] = lambda: 0,
) -> tuple[float, int]:
    """The longest the window is frozen while the agreements table is scrolled end to end a
    page at a time (each step: move the scroll bar, paint, handle events), and the most
    round trips to the server a step made."""
    bar = page.view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    slowest, most = 0.0, 0
    while True:
        before = trips()
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.view.viewport().repaint()
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - started)
        most = max(most, trips() - before)
        if bar.value() >= bar.maximum():
            break
    bar.setValue(0)
    return slowest * 1000, most


def busiest_year(db: Path | str) -> int:
    if isinstance(db, str):
        from .server import busiest_year as on_server

        return on_server(db)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    row = connection.execute(
        "SELECT strftime('%Y', date_from) AS y, count(*) FROM delegation GROUP BY y "
        "ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    connection.close()
    return int(row[0]) if row else date.today().year


def report(db: Path | str, out: Path, repeat: int) -> tuple[float, float]:
    from desktop.excel.report_writer import write_report
    from desktop.services import open_services
    from desktop.services.reports import build_report

    year = busiest_year(db)
    services = open_services(db)
    ours, floor = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        built = build_report(services, date(year, 1, 1), date(year, 12, 31), "ru")
        write_report(built, out / "report.xlsx", "ru")
        ours.append(time.perf_counter() - started)

        def plain(built=built) -> None:  # noqa: ANN001 - the report just built
            workbook = Workbook(write_only=True)
            for table in built.tables:
                sheet = workbook.create_sheet(table.sheet[:31])
                sheet.append([c.label for c in table.columns])
                for row in table.rows:
                    sheet.append([row.get(c.key) for c in table.columns])
            workbook.save(out / "floor.xlsx")

        floor.append(timed(plain))
    services.close()
    return median(ours), median(floor)


def import_10k(db: Path, out: Path) -> dict[str, float]:
    """Checking and importing 10,000 people into a copy of the database."""
    import shutil

    from desktop.excel import importer
    from desktop.services import backups as backups_module
    from desktop.services import open_services
    from desktop.services.importing import apply_import

    copy = out / "import.sqlite"
    shutil.copy(db, copy)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Персоны")
    sheet.append(["ФИО (рус.)", "ФИО (лат. / ориг.)", "Должность", "Эл. почта", "Уровень"])
    for n in range(10_000):
        sheet.append(
            [
                f"Замеров Иван {n}",
                f"Zamerov Ivan {n}",
                "Специалист",
                f"z{n}@example.org",
                "Специалист",
            ]
        )
    workbook.save(out / "people.xlsx")
    services = open_services(copy)
    backups: list[float] = []
    real_backup = backups_module.backup_now

    def timed_backup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        started = time.perf_counter()
        try:
            return real_backup(*args, **kwargs)
        finally:
            backups.append(time.perf_counter() - started)

    backups_module.backup_now = timed_backup  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        plan = importer.read_import(services, "people", out / "people.xlsx")
        assert plan.ok, [p.text() for p in plan.problems[:3]]
        apply_import(services, plan)
        elapsed = time.perf_counter() - started
    finally:
        backups_module.backup_now = real_backup  # type: ignore[assignment]
        services.close()
    # The verified backup issue 4 requires before every import copies the whole file: its
    # share is reported on its own.
    return {"import_10k_s": elapsed, "import_10k_backup_s": sum(backups)}
