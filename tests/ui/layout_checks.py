"""What a person sees as a broken layout, found by measuring the widgets of a shown window:
a horizontal scroll bar, a label, header, tab or button whose text is wider than the widget
showing it, a widget reaching outside its window (or the window outside the screen).

``layout_problems(window)`` checks what is shown now; ``every_tab_problems(window)`` shows
each tab of the window in turn and checks each. Each problem names its widget (objectName, or
class and text) so that a failing test says where to look. Other tests reuse these for every
dialog and page: open the window, ``fit_to_screen`` it, assert the list is empty.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

SCREEN = QSize(1366, 768)  # the common office laptop
# what a window gets of it: less a task bar and the window's title bar and frame
AVAILABLE = QSize(SCREEN.width(), SCREEN.height() - 40 - 32)
TOLERANCE = 1  # px: Qt's own measures round differently in places
_MNEMONIC = re.compile(r"&&|&(?=.)")


def fit_to_screen(window: QWidget, available: QSize = AVAILABLE) -> None:
    """Resize a window as a window manager does on a 1366×768 screen: never larger than the
    screen, never smaller than the window's minimum size (which then shows as a problem)."""
    size = window.size().boundedTo(available)
    window.resize(size)
    settle()


def settle() -> None:
    """Let Qt carry out the layout requests and resizes posted so far."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    text = ""
    for getter in ("text", "title", "windowTitle"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    label = type(widget).__name__ + (f"#{name}" if name else "")
    text = " ".join(text.split())
    return f"{label} «{text[:60]}»" if text else label


def _document(label: QLabel, width: int | None) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    option = QTextOption()
    wraps = width is not None
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wraps else QTextOption.WrapMode.NoWrap)
    document.setDefaultTextOption(option)
    text = label.text()
    if label.buddy() is not None and label.textFormat() != Qt.TextFormat.RichText:
        text = _MNEMONIC.sub(lambda m: "&" if m.group(0) == "&&" else "", text)  # «&t» shows «t»
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    if width is not None:
        document.setTextWidth(width)
    return document


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    area = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    if label.wordWrap():
        document = _document(label, area.width())
        needed_width = document.idealWidth()
        needed_height = document.size().height()
        if needed_width > area.width() + TOLERANCE:
            return f"a word wider than the label ({needed_width:.0f} > {area.width()} px)"
        if needed_height > label.contentsRect().height() + TOLERANCE:
            return (
                f"wrapped text taller than the label "
                f"({needed_height:.0f} > {label.contentsRect().height()} px)"
            )
        return None
    needed = _document(label, None).idealWidth()
    if needed > area.width() + TOLERANCE:
        return f"text wider than the label ({needed:.0f} > {area.width()} px)"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        needed, actual = header.sectionSizeHint(logical), header.sectionSize(logical)
        if needed > actual + TOLERANCE:
            text = model.headerData(logical, Qt.Orientation.Horizontal) if model else ""
            found.append(f"header «{text}» clipped ({needed} > {actual} px)")
    return found


def _outside(widget: QWidget, window: QWidget) -> str | None:
    """A widget reaching outside its window, or (inside a scroll area) sideways outside the
    area's viewport: scrolling down is fine, a part that can only be seen sideways is not."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            viewport = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if rect.left() < viewport.left() - TOLERANCE or (
                rect.right() > viewport.right() + TOLERANCE
            ):
                return "sideways outside its scroll area"
            return None
        parent = parent.parentWidget()
    if not window.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
        return "outside its window"
    return None


def layout_problems(
    window: QWidget, screen: QSize = AVAILABLE, sideways: Collection[QWidget] = ()
) -> list[str]:
    """Everything wrong with the layout of ``window`` as it is shown now. ``sideways``: scroll
    areas that may scroll sideways (a registry's table of many columns, inside its page)."""
    found: list[str] = []
    if window.width() > screen.width() or window.height() > screen.height():
        found.append(
            f"{describe(window)}: {window.width()}×{window.height()} does not fit "
            f"{screen.width()}×{screen.height()} (its minimum is "
            f"{window.minimumSizeHint().width()}×{window.minimumSizeHint().height()})"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QHeaderView):  # a scroll area too, but not scrolled by hand
            found += [f"{describe(widget.parentWidget())}: {p}" for p in _header_problems(widget)]
        elif isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisibleTo(window) and bar.maximum() > 0 and widget not in sideways:
                problem = f"a horizontal scroll bar ({bar.maximum()} px more to see)"
        elif isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QTabBar):
            if widget.sizeHint().width() > widget.width() + TOLERANCE:
                problem = (
                    f"tabs squeezed ({widget.sizeHint().width()} > {widget.width()} px): "
                    + ", ".join(widget.tabText(i) for i in range(widget.count()))
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if needed > widget.width() + TOLERANCE:
                problem = f"button text clipped ({needed} > {widget.width()} px)"
        if problem is None and not isinstance(widget.parentWidget(), QTabBar):
            problem = _outside(widget, window)
        if problem is not None:
            found.append(f"{describe(widget)}: {problem}")
    return found


def every_tab_problems(window: QWidget, sideways: Collection[QWidget] = ()) -> list[str]:
    """Show every tab of every tab widget of the window in turn; the problems of each."""
    found: list[str] = []
    for tabs in window.findChildren(QTabWidget):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            problems = layout_problems(window, sideways=sideways)
            found += [f"[{tabs.tabText(index)}] {p}" for p in problems]
        tabs.setCurrentIndex(current)
    return sorted(set(found), key=found.index)
