"""Every write reaches the window's pages through the one change signal: a visible page
refreshes only what changed, a hidden one marks itself stale and refreshes when shown."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services import Action, Changes
from desktop.services.settings import RegistrySettings
from desktop.ui.app_settings import AppSettings
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import add_region


def test_a_hidden_page_marks_itself_stale_and_refreshes_when_shown(qtbot, window, services):
    regions = window.show_registry("regions")
    assert regions.model.rowCount() == 0
    window.show_registry("organisations")
    searched: list[object] = []
    regions.registry.search = lambda query=None, limit=None, real=regions.registry.search: (
        searched.append(query) or real(query, limit)
    )
    rid = add_region(services)
    assert regions.stale and searched == []  # nothing read while hidden
    assert regions.model.rowCount() == 0
    window.show_registry("regions")
    assert not regions.stale and len(searched) == 1
    assert regions.model.ids() == [rid]
    assert regions.counts() == (1, 1)

    # an edit while hidden searches nothing: its row is read again when painted
    window.show_registry("organisations")
    services["regions"].update(rid, 1, {"name_ru": "провинция Ляонин"})
    assert not regions.stale and len(searched) == 1 and not regions.model.cached(rid)
    window.show_registry("regions")
    regions.view.viewport().repaint()
    column = [f.name for f in regions.model.fields].index("name_ru")
    assert regions.model.index(0, column).data() == "провинция Ляонин"
    assert len(searched) == 1


def test_a_visible_page_reads_again_only_the_changed_rows(qtbot, window, services):
    ids = [add_region(services, f"провинция №{n}", "CN", f"省 {n}") for n in range(30)]
    page = window.show_registry("regions")
    page.view.viewport().repaint()  # the rows are read and cached
    assert all(page.model.cached(i) for i in ids)
    events: list[tuple[str, int, int]] = []
    page.model.modelReset.connect(lambda: events.append(("reset", -1, -1)))
    page.model.dataChanged.connect(
        lambda a, b, _roles=(): events.append(("data", a.row(), b.row()))
    )
    read: list[list[int]] = []
    real_rows = page.registry.rows
    page.registry.rows = lambda wanted: read.append(list(wanted)) or real_rows(wanted)
    changed = ids[7]
    services["regions"].update(changed, 1, {"name_ru": "провинция Цзилинь"})
    row = page.model.row_of(changed)
    assert events == [("data", row, row)]  # that row, no reset
    page.view.viewport().repaint()
    assert read == [[changed]]
    column = [f.name for f in page.model.fields].index("name_ru")
    assert page.model.index(row, column).data() == "провинция Цзилинь"
    assert "Saved: 1 record" in window.statusBar().currentMessage()


def test_a_change_to_a_referenced_registry_redraws_the_names_it_shows(qtbot, window, services):
    from tests.conftest import add_organisation

    org = add_organisation(services)
    person = services["people"].create({"name_ru": "Ли Вэй", "organisation_id": org}).ids[0]
    people = window.show_registry("people")
    people.view.viewport().repaint()
    assert people.model.cached(person)
    services["organisations"].update(org, 1, {"name_ru": "Народное правительство"})
    assert not people.model.cached(person)  # read again when painted
    people.view.viewport().repaint()
    assert people.model.cached(person)
    services["regions"].create({"country_code": "CN", "name_ru": "x", "kind": "province"})
    assert people.model.cached(person)  # people show no region: nothing to redraw


def test_a_form_save_reaches_the_page_without_a_relay(qtbot, window, services):
    page = window.show_registry("regions")
    form = page.new_record()
    form.editors["name_ru"].set_value("провинция Цзилинь")
    form.editors["country_code"].set_value("CN")
    assert form.save()
    assert page.model.ids() == [form.record_id]
    assert "Created: 1 record" in window.statusBar().currentMessage()
    form.close()


def test_attachments_and_settings_reach_the_window(qtbot, window, services, settings, tmp_path):
    rid = add_region(services)
    form = window.show_registry("regions").open_record(rid)
    scan = tmp_path / "письмо.pdf"
    scan.write_bytes(b"%PDF-1.4")
    told: list[Changes] = []
    window.change_signal.changed.connect(told.append)
    assert form.attachments.add_files([scan]) == 1
    assert told == [Changes("regions", Action.UPDATE, (rid,))]
    dialog = SettingsDialog(services, AppSettings(settings), window)
    qtbot.addWidget(dialog)
    dialog.region.setText("Энская область")
    dialog.accept()
    assert told[-1].action is Action.UPDATE and told[-1].entity == "settings"
    assert window.statusBar().currentMessage() == "Saved"
    assert services.settings.read() == RegistrySettings(region="Энская область")
    form.close()


def test_a_restored_backup_reaches_every_page_from_the_worker_thread(
    qtbot, window, services, answers
):
    kept = add_region(services)
    services.backups.backup_now()
    later = add_region(services, "ил Бурса", "TR", "Bursa")
    regions = window.show_registry("regions")
    window.show_registry("organisations")
    assert regions.model.ids() == [kept, later]
    dialog = BackupsDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_selected()  # in a worker thread: the signal is queued to the GUI thread
    qtbot.waitUntil(lambda: regions.stale)
    assert window.statusBar().currentMessage() == "Restored from a backup"
    window.show_registry("regions")
    assert regions.model.ids() == [kept]


def test_the_home_page_is_built_again_only_when_shown_after_a_change(qtbot, window, services):
    home = window.home
    home.background.wait()
    window.show_registry("delegations")
    services["delegations"].create(
        {
            "purpose": "Визит скоро",
            "direction": "incoming",
            "country_code": "CN",
            "date_from": date.today() + timedelta(days=3),
            "status": "planned",
        }
    )
    assert home.stale and not home.background.running
    add_region(services)  # the board shows no regions
    with qtbot.waitSignal(home.refreshed, timeout=10_000):
        window.nav.setCurrentRow(0)
    assert not home.stale
    assert "Визит скоро" in home.lists["upcoming"].item(0).text()


def test_a_closed_window_stops_listening(qtbot, services, settings, caplog):
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.main_window import MainWindow

    before = len(services._channel._listeners)
    main = MainWindow(services, settings)
    assert len(services._channel._listeners) == before + 1
    main.home.background.wait()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(services._channel._listeners) == before
    add_region(services)  # nobody calls into the deleted window
    assert "listener failed" not in caplog.text
