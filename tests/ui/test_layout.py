"""The layout test (issue 11): every record form — each registry, a new record and a saved
one, every tab —, every page of the main window (Home, the first-run Home, each registry,
the trash) and every dialog and question, in Russian and English at 1366×768, shows no
horizontal scroll bar (a registry's table may scroll sideways inside its page), no label,
header, tab or button narrower than its text, and no widget outside its window.

The checks themselves live in layout_checks.py, for the dialogs and pages to reuse."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QSize, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.entities import ALL
from desktop.services import Services, open_services
from desktop.services.demo import fill_demo
from desktop.ui import translations
from desktop.ui.editors import DateEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm
from desktop.ui.rows_model import RowsModel, rows_view
from tests.ui.layout_checks import (
    AVAILABLE,
    every_tab_problems,
    fit_to_screen,
    layout_problems,
    settle,
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Iterator[Services]:
    """A registry with a few records of every kind (the demo's, long Russian names and all)."""
    opened = open_services(
        tmp_path_factory.mktemp("layout") / "registry.sqlite", language="ru", user="tester"
    )
    fill_demo(opened.db, 12)
    yield opened
    opened.close()


@pytest.fixture(params=["ru", "en"])
def language(request, qapp, tmp_path: Path) -> Iterator[str]:
    translations.install(request.param, tmp_path)
    yield request.param
    translations.install("en", tmp_path)


def open_form(qtbot, services: Services, entity, record_id) -> RecordForm:
    form = RecordForm(services, entity, record_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    fit_to_screen(form)
    return form


@pytest.mark.parametrize("saved", [False, True], ids=["new", "saved"])
@pytest.mark.parametrize("entity", ALL, ids=[e.name for e in ALL])
def test_every_record_form_fits_the_screen(qtbot, filled, language, entity, saved, answers):
    record_id = filled[entity.name].search()[0] if saved else None
    form = open_form(qtbot, filled, entity, record_id)
    assert every_tab_problems(form) == []
    if not saved:  # and with every problem shown: an empty new record, saved
        form.save()
        settle()
        assert form.summary.text()
        assert every_tab_problems(form) == []


@pytest.mark.parametrize(
    "entity", [e for e in ALL if e.title_field], ids=[e.name for e in ALL if e.title_field]
)
def test_the_small_form_of_a_pick_list_fits(qtbot, filled, language, entity, answers):
    """The form a pick list opens for a record it did not find («Create "…"»)."""
    from desktop.domain.fields import Field, Kind
    from desktop.ui.editors import RefEditor

    host = QWidget()
    qtbot.addWidget(host)
    picker = RefEditor(Field("ref", "Ref", Kind.REF, ref=entity.name), filled, host)
    small = picker.create_record("Народное правительство провинции Хэйлунцзян")
    qtbot.addWidget(small)
    qtbot.waitExposed(small)
    fit_to_screen(small)
    assert small.width() <= 760
    assert every_tab_problems(small) == []


@pytest.mark.parametrize("entity", ALL, ids=[e.name for e in ALL])
def test_a_narrow_form_puts_its_fields_in_one_column(qtbot, filled, language, entity, answers):
    """The column count follows the width: on a narrow window the fields go one under
    another rather than behind a horizontal scroll bar."""
    form = open_form(qtbot, filled, entity, filled[entity.name].search()[0])
    details = form.tabs.widget(0)
    assert details.columns == 2
    around = form.width() - details.viewport().width()
    one, two = details.width_for(1), details.width_for(2)
    assert one < two
    for width in ((one + two) // 2 + around, 980):
        form.resize(width, 600)  # never below the form's minimum (its other tabs')
        settle()
        assert details.columns == (1 if details.viewport().width() < two else 2)
        assert layout_problems(form) == []
    assert details.columns == 2
    if (one + two) // 2 + around >= form.minimumSizeHint().width():
        form.resize((one + two) // 2 + around, 600)
        settle()
        assert details.columns == 1


def test_dates_in_child_tables_show_every_digit(qtbot, filled, language, answers):
    """ ")1.12.2026": the first digit of a date was cut off in the status history."""
    from desktop.domain.entities import AGREEMENTS

    form = open_form(qtbot, filled, AGREEMENTS, filled["agreements"].search()[0])
    history = form.child_editors["history"]
    form.tabs.setCurrentWidget(history)
    settle()
    dates = [e for editors, _, _ in history._rows for e in editors if isinstance(e, DateEditor)]
    assert dates
    for editor in dates:
        edit = editor.edit
        edit.setFocus()
        edit.end(False)  # the cursor after the last digit, as after typing it
        settle()
        first_shown = edit.cursorPositionAt(QPoint(1, edit.height() // 2))
        assert first_shown == 0, edit.text()


def test_the_checker_names_what_is_cut_off(qtbot):
    """The checks find each kind of fault, and say which widget it is."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    squeezed = QLabel("Руководитель делегации")
    squeezed.setObjectName("head_label")
    squeezed.setFixedWidth(60)
    wrapped = QLabel("Принимающая / приглашающая организация")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 16)
    scroll = QScrollArea()
    inner = QWidget()
    inner.setMinimumWidth(900)
    scroll.setWidget(inner)
    button = QPushButton("Сохранить и закрыть")
    button.setFixedWidth(50)
    table = rows_view(RowsModel(["Дата подписания", "Статус"]))
    table.horizontalHeader().resizeSection(0, 30)
    tabs = QTabWidget()
    tabs.setFixedWidth(150)
    for title in ("Сведения", "Подписанные соглашения", "История"):
        tabs.addTab(QWidget(), title)
    for widget in (squeezed, wrapped, scroll, button, table, tabs):
        layout.addWidget(widget)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    settle()
    found = layout_problems(window, QSize(300, 200))
    assert any(p.startswith("QWidget: 400×300 does not fit 300×200") for p in found), found
    assert any(p.startswith("QLabel#head_label") and "wider" in p for p in found), found
    assert any("«Принимающая" in p and "taller" in p for p in found), found
    assert any(p.startswith("QScrollArea") and "horizontal scroll bar" in p for p in found)
    assert any("sideways outside its scroll area" in p for p in found), found
    assert any(p.startswith("QPushButton «Сохранить и закрыть»: button") for p in found), found
    assert any("header «Дата подписания» clipped" in p for p in found), "\n".join(found)
    assert any(p.startswith("QTabBar") and "Подписанные соглашения" in p for p in found), found


# -- pages and dialogs -----------------------------------------------------------------------


@pytest.fixture
def window_in(qtbot, filled, language, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window over the filled registry, in the language, as large as a 1366×768
    screen lets it be (the services opened in the language too: names of countries)."""
    services = open_services(filled.location, language=language, user="tester")
    main = MainWindow(services, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.resize(AVAILABLE)
    settle()
    yield main
    main.home.background.wait()
    services.close()


def page_problems(window: MainWindow, screen: QSize = AVAILABLE) -> list[str]:
    """A registry's table may scroll sideways inside its view; nothing else may."""
    window.home.background.wait()  # Home's board is built in a thread
    settle()
    return layout_problems(window, screen, [page.view for page in window.pages.values()])


def test_every_page_fits_the_screen(qtbot, window_in):
    found: list[str] = []
    for row in range(window_in.nav.count()):
        window_in.nav.setCurrentRow(row)
        found += [f"[{window_in.nav.item(row).text()}] {p}" for p in page_problems(window_in)]
    agreements = window_in.show_registry("agreements")
    trashed = agreements.registry.search()[:1]
    agreements.registry.delete(trashed)
    try:
        agreements.trash_toggle.setChecked(True)
        assert agreements.model.rowCount() == 1
        found += [f"[trash] {p}" for p in page_problems(window_in)]
    finally:
        agreements.registry.restore(trashed)
    assert found == []


def test_every_page_fits_a_screen_scaled_to_125_percent(qtbot, window_in):
    """Windows' usual 125 % on a 1366×768 laptop leaves 1093×557 px of Qt's own: the side
    list keeps its names whole, the pages fit beside it (Home's first-run buttons made the
    window 1083 px wide at least and the side list was squeezed to 70 px)."""
    scaled = QSize(AVAILABLE.width() * 4 // 5, AVAILABLE.height() * 4 // 5)
    window_in.resize(scaled)
    found: list[str] = []
    for row in range(window_in.nav.count()):
        window_in.nav.setCurrentRow(row)
        problems = page_problems(window_in, scaled)
        found += [f"[{window_in.nav.item(row).text()}] {p}" for p in problems]
    assert window_in.nav.width() >= window_in.nav.sizeHintForColumn(0)
    assert found == []


def test_the_first_run_home_fits_the_screen(qtbot, language, tmp_path: Path):
    with open_services(tmp_path / "empty.sqlite", language=language) as empty:
        main = MainWindow(empty, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(main)
        main.show()
        main.resize(AVAILABLE)
        problems = page_problems(main)
        assert main.home.panels.currentWidget() is main.home.first_run
        assert problems == []


def import_preview(services: Services, parent: QWidget) -> QWidget:
    """The import preview of the people registry's own export (every row a duplicate)."""
    from desktop.excel.exporter import export_registry
    from desktop.excel.importer import read_import
    from desktop.ui.import_dialog import ImportDialog

    folder = Path(services.location).parent
    path = export_registry(services, "people", folder / "people.xlsx", services.language)
    return ImportDialog(services, read_import(services, "people", path, services.language), parent)


def _dialog(name: str, window: MainWindow) -> QWidget:
    from desktop.ui.app_settings import AppSettings
    from desktop.ui.backups_dialog import BackupsDialog
    from desktop.ui.help import AboutDialog, ShortcutsDialog
    from desktop.ui.report_dialog import ReportDialog
    from desktop.ui.settings_dialog import SettingsDialog

    services = window.services
    return {
        "report": lambda: ReportDialog(services, window),
        "import": lambda: import_preview(services, window),
        "settings": lambda: SettingsDialog(services, AppSettings(window.settings), window),
        "backups": lambda: BackupsDialog(services, window),
        "about": lambda: AboutDialog(services, window),
        "shortcuts": lambda: ShortcutsDialog(window),
        "conflicts": lambda: conflicts_after_a_trip(services, window),
    }[name]()


def conflicts_after_a_trip(services: Services, parent: QWidget) -> QWidget:
    """The conflicts dialog with one conflict of long values, as a merge leaves it (in an
    office registry of its own: the filled one is shared by the other tests)."""
    from desktop.ui.trip import ConflictsDialog
    from tests.conftest import add_region

    folder = Path(tempfile.mkdtemp(dir=Path(services.location).parent))
    (folder / "trip").mkdir()
    office = open_services(folder / "office.sqlite", language=services.language, user="t")
    region = add_region(office)
    copy = office.exchange.take_copy(folder / "trip" / "laptop.sqlite")
    long_name = "Народное правительство провинции Хэйлунцзян, управление внешних связей"
    with open_services(copy, user="ivanova") as laptop:
        laptop["regions"].update(region, 1, {"name_ru": long_name + " (поездка)"})
        package = laptop.exchange.write_changes(folder / "trip.irchanges")
    office["regions"].update(region, 1, {"name_ru": long_name + " (офис)"})
    office.exchange.merge(package)
    dialog = ConflictsDialog(office, parent, lambda *_: None)
    dialog.destroyed.connect(office.close)
    return dialog


@pytest.mark.parametrize(
    "name",
    [
        "report",
        "import",
        "settings",
        "backups",
        "about",
        "shortcuts",
        "conflicts",
    ],
)
def test_every_dialog_fits_the_screen(qtbot, window_in, name):
    dialog = _dialog(name, window_in)
    dialog.show()
    qtbot.waitExposed(dialog)
    fit_to_screen(dialog)
    # the import's first rows are the file's own, as many columns as it has: like a
    # registry's table, that view may scroll sideways
    sideways = [dialog.preview] if name == "import" else []
    assert layout_problems(dialog, sideways=sideways) + every_tab_problems(dialog, sideways) == []
    dialog.close()


def modal_problems(opens: Callable[[], object]) -> list[str]:
    """Run what shows a modal dialog (a question, a file dialog); check it once it is up,
    then close it."""
    found: list[str] = []
    seen: list[QWidget] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, check)
            return
        fit_to_screen(dialog)
        seen.append(dialog)
        found.extend(layout_problems(dialog))
        dialog.close() if not isinstance(dialog, QDialog) else dialog.reject()

    QTimer.singleShot(0, check)
    opens()
    assert seen, "no dialog was shown"
    return found


def test_every_question_fits_the_screen(qtbot, window_in, tmp_path: Path):
    from desktop.services.errors import ConflictError
    from desktop.ui import dialogs

    page = window_in.show_registry("agreements")
    first = page.registry.search()[0]
    page.select(first)
    values = page.registry.get(first)
    conflict = ConflictError("agreements", first, 1, 2, values)
    question = QCoreApplication.translate("RecordForm", "Save the changes to this record?")
    opening = {
        "export": lambda: window_in.export_page(False),
        "delete": page.delete_selected,
        "conflict": lambda: dialogs.resolve_conflict(window_in, conflict, values["title"]),
        "unsaved": lambda: dialogs.ask_unsaved(window_in, question),
        "written": lambda: dialogs.offer_to_open(window_in, str(tmp_path / "Соглашения.xlsx")),
    }
    found = {name: modal_problems(opens) for name, opens in opening.items()}
    assert found == {name: [] for name in opening}
    assert page.registry.search()[0] == first, "the delete question was answered no"
