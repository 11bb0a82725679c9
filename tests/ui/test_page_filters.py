"""A registry page's filter row and table header (issue 11 item 16): the country filter
lists the countries the registry's records name, in the interface language; every header
shows its whole text; the search box keeps room for its hint."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.services import open_services
from desktop.ui.main_window import MainWindow
from desktop.ui.registry_page import RegistryPage
from tests.conftest import add_organisation, add_region


def filter_items(page: RegistryPage) -> list[tuple[object, str]]:
    combo = page.country_filter
    assert combo is not None
    return [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]


def test_the_country_filter_lists_the_countries_in_use(qtbot, window, services):
    add_region(services, "провинция Хэйлунцзян", "CN")
    add_region(services, "Минская область", "BY", "Minsk Region")
    add_organisation(services, "Посольство Японии", country="JP")
    regions = window.show_registry("regions")
    assert filter_items(regions) == [("BY", "Беларусь"), ("CN", "Китай")]
    add_region(services, "Ташкентская область", "UZ", "Toshkent viloyati")
    assert [code for code, _ in filter_items(regions)] == ["BY", "CN", "UZ"]
    regions.country_filter.setCurrentIndex(2)  # Китай
    add_region(services, "Алматинская область", "KZ", "Almaty oblysy")
    assert regions.country_filter.currentData() == "CN", "the chosen country stays chosen"
    assert regions.model.rowCount() == 1
    assert [code for code, _ in filter_items(window.show_registry("organisations"))] == ["JP"]
    assert filter_items(window.show_registry("agreements")) == []


def test_country_names_follow_the_interface_language(qtbot, db_path, tmp_path, answers):
    with open_services(db_path, language="ru") as russian:
        add_region(russian, "провинция Хэйлунцзян", "CN")
    with open_services(db_path, language="en") as english:
        settings = QSettings(str(tmp_path / "en.ini"), QSettings.Format.IniFormat)
        main = MainWindow(english, settings)
        qtbot.addWidget(main)
        page = main.show_registry("regions")
        assert filter_items(page) == [("CN", "China")]
        column = [f.name for f in page.model.fields].index("country_code")
        assert page.model.index(0, column).data() == "China"
        form = page.open_record(page.model.id_at(0))
        assert form is not None
        assert form.editors["country_code"].combo.currentText() == "China"
        form.close()
        main.home.background.wait()


def test_every_header_shows_its_text_and_the_search_box_its_hint(qtbot, window, settings):
    for page in window.pages.values():
        header = page.view.horizontalHeader()
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                page.entity.name,
                page.model.headerData(column, Qt.Orientation.Horizontal),
            )
        box = page.search_box
        hint = box.fontMetrics().horizontalAdvance(box.placeholderText())
        assert box.minimumWidth() >= hint
    # a narrow column saved by an older version is widened to its header when restored
    agreements = window.pages["agreements"]
    header = agreements.view.horizontalHeader()
    header.resizeSection(5, 20)
    agreements.save_layout(settings)
    agreements.restore_layout(settings)
    assert header.sectionSize(5) >= header.sectionSizeHint(5)
