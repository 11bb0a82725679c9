"""A required fixed list shows its first item's label, not its code (seen in the gallery and
the real window: «Вид: agreement», «Направление: incoming» in the Russian forms)."""

from __future__ import annotations

from desktop.domain.entities import BY_NAME
from desktop.ui.editors import ComboEditor, make_editor


def test_a_required_list_shows_the_label_of_its_first_item(qtbot, services) -> None:
    field = BY_NAME["delegations"].field("direction")
    editor = make_editor(field, services)
    qtbot.addWidget(editor)
    assert isinstance(editor, ComboEditor)
    editor.set_value("incoming")
    assert editor.combo.currentIndex() == 0
    assert editor.combo.currentText() == editor.combo.itemText(0) != "incoming"
    assert editor.value() == "incoming"
    editor.set_value("outgoing")
    assert editor.combo.currentText() == editor.combo.itemText(1)
    assert editor.value() == "outgoing"


def test_a_value_not_in_the_list_is_shown_as_typed(qtbot, services) -> None:
    editor = make_editor(BY_NAME["delegations"].field("direction"), services)
    qtbot.addWidget(editor)
    editor.set_value("sideways")
    assert editor.combo.currentText() == "sideways"
    assert editor.value() == "sideways"
