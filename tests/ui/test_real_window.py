"""The application in a real window, driven by real key events (issue 11: «checks that keep
these from coming back»).

``python main.py --db FILE --lang ru`` runs as a user starts it, on a fresh Xvfb screen of
1366×768 with Qt's xcb platform; xdotool types into it: a foreign region, an organisation, an
agreement with a four-step status history typed date by date (a half-typed date corrected),
a delegation with members, searches in Cyrillic and Chinese, saves, Ctrl+Q, and a second
start that finds every record by search. Any window it did not open (a message box, the crash
dialog) and anything the application writes to stderr fail the test.

Needs Debian's ``xvfb`` ``xdotool`` ``x11-utils`` and Qt's xcb libraries
(``libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-xkb1 libxkbcommon-x11-0``). There is no window manager: the test gives each new
window the input focus itself, as one would (``xdotool windowfocus``).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.entities import BY_NAME
from desktop.services import Query, open_services

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "xdotool", "xprop", "xwininfo", "setxkbmap")
PACKAGES = (
    "xvfb xdotool x11-utils x11-xkb-utils libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
    "libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0"
)
KEYMAP_EXTRA = "ёЁ№"  # on the Russian layout beside а…я
TYPE_DELAY_MS = "120"  # under ~100 ms xdotool sometimes drops a character (FIELD-NOTES)
MAIN_TITLE = r"^Реестр международных связей — "
POPUP = "popup"  # completion lists, menus, tool tips: override-redirect, not a question

REGION = {"name_ru": "провинция Тестовая", "name_original": "测试省", "iso_code": "CN-TS"}
ORGANISATION = "Народное правительство провинции Тестовая"
AGREEMENT = "Соглашение о торгово-экономическом сотрудничестве"
HISTORY = [  # status, date as typed
    ("Проект", "10.01.2026"),
    ("Направлено на федеральное согласование", "16.02.2026"),
    ("Согласовано", "20.03.2026"),
    ("Подписано", "25.04.2026"),
]
DELEGATION = "Переговоры о поставках зерна"
MEMBERS = [("Ли Вэй", "руководитель"), ("王芳", "переводчик")]


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.fixture
def display() -> Iterator[str]:
    missing = _missing_tools()
    if missing:
        pytest.fail(
            f"the real-window test needs {', '.join(missing)}: apt-get install -y {PACKAGES}",
            pytrace=False,
        )
    # A display number of our own, away from :0 and :99 that other tools take by default.
    for number in random.sample(range(100, 900), 20):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 20
        while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if server.poll() is None and socket.exists():
            break
        server.kill()
        server.wait()
    else:
        pytest.fail("Xvfb did not start on any of 20 display numbers", pytrace=False)
    # Cyrillic in the keymap (a second group, as an office's keyboard has it): xdotool then
    # presses real keys instead of remapping a spare keycode per letter, which Qt sometimes
    # read before the new mapping («Кттай» for «Китай»).
    subprocess.run(
        ["setxkbmap", "-layout", "us,ru"], env={**os.environ, "DISPLAY": f":{number}"}, check=True
    )
    yield f":{number}"
    assert server.poll() is None, "Xvfb ended during the test (killed by another program?)"
    server.terminate()
    server.wait(10)


class Screen:
    """xdotool and xprop on one display; every wait polls with a timeout."""

    def __init__(self, display: str, shots: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.shots = shots
        self.allowed: list[str] = [MAIN_TITLE]
        self.diagnose: Callable[[], str] = lambda: ""

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        return done.stdout

    def windows(self) -> list[tuple[str, str, str]]:
        """Visible top-level windows: (id, title, window type)."""
        found = []
        for wid in self.run("xdotool", "search", "--onlyvisible", "--name", "").split():
            props = self.run("xprop", "-id", wid, "_NET_WM_WINDOW_TYPE", "_NET_WM_NAME")
            kind = re.search(r"_NET_WM_WINDOW_TYPE_(\w+)", props)
            name = re.search(r'_NET_WM_NAME\(UTF8_STRING\) = "(.*)"', props)
            if kind is None and name is None:
                continue  # the root and Qt's own helper windows
            popup = "Override Redirect State: yes" in self.run("xwininfo", "-id", wid)
            kind_name = POPUP if popup else kind.group(1) if kind else ""
            found.append((wid, name.group(1) if name else "", kind_name))
        return found

    def unexpected(self) -> list[str]:
        return [
            f"«{name}» ({kind})"
            for _, name, kind in self.windows()
            if kind != POPUP and not any(re.search(a, name) for a in self.allowed)
        ]

    def check_no_surprise(self, step: str) -> None:
        surprises = self.unexpected()
        assert not surprises, f"{step}: a window the test did not open: {surprises}" + self.shot(
            step
        )

    def shot(self, step: str) -> str:
        """A screenshot for the failure message (Qt's grab of the root window)."""
        path = self.shots / (re.sub(r"\W+", "-", step)[:60] + ".png")
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from PySide6.QtGui import QGuiApplication as A; a = A(sys.argv); "
                "A.primaryScreen().grabWindow(0).save(sys.argv[1])",
                str(path),
            ],
            env={**self.env, "QT_QPA_PLATFORM": "xcb"},
            capture_output=True,
            timeout=60,
        )
        return f" (screen: {path})"

    def wait_for(self, what: str, found: Callable[[], object], timeout: float = 20) -> object:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = found()
            if result:
                return result
            surprises = self.unexpected()
            assert not surprises, f"while waiting for {what}: {surprises}" + self.shot(what)
            time.sleep(0.1)
        raise AssertionError(f"{what}: not seen in {timeout} s" + self.shot(what) + self.diagnose())

    def window(self, title: str, timeout: float = 20) -> str:
        """Wait for a window whose title matches, allow it, and give it the input focus (the
        window manager's job: Xvfb has none)."""
        self.allowed.append(title)

        def match() -> str | None:
            return next((w for w, name, _ in self.windows() if re.search(title, name)), None)

        wid = str(self.wait_for(f"window {title!r}", match, timeout))
        self.run("xdotool", "windowfocus", "--sync", wid)
        time.sleep(0.2)
        return wid

    def gone(self, wid: str, what: str) -> None:
        visible = lambda: wid not in self.run("xdotool", "search", "--onlyvisible", "--name", "")  # noqa: E731
        self.wait_for(f"{what} closed", visible)

    def popup(self, what: str) -> None:
        self.wait_for(what, lambda: any(k == POPUP for _, _, k in self.windows()))

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", TYPE_DELAY_MS, "--", text)
        if not all(
            char.isascii() or char in KEYMAP_EXTRA or "а" <= char.lower() <= "я" for char in text
        ):
            # Chinese is typed by remapping a spare key and back: let Qt read the restored
            # keymap before the next key, or that key is lost («ереводчик» after «王芳»).
            time.sleep(0.8)

    def key(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "80", *keys)
        time.sleep(0.1)

    def tab(self, times: int = 1) -> None:
        self.key(*["Tab"] * times)


class Application:
    """``main.py`` as a user starts it, with its own home folder (settings, logs)."""

    def __init__(self, screen: Screen, db: Path, home: Path) -> None:
        self.screen, self.db, self.home = screen, db, home
        self.runs = 0
        screen.diagnose = self.state

    def state(self) -> str:
        exited = self.process.poll()
        written = self.stderr.read_text(encoding="utf-8", errors="replace").strip()
        return (f"; the application exited with {exited}" if exited is not None else "") + (
            f"; its stderr:\n{written}" if written else ""
        )

    def start(self) -> str:
        self.runs += 1
        self.stderr = self.home / f"stderr-{self.runs}.txt"
        env = {
            **self.screen.env,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "LANG": "C.UTF-8",
        }
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", str(self.db), "--lang", "ru"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr.open("w"),
        )
        return self.screen.window(MAIN_TITLE, timeout=60)

    def quit(self, main: str) -> None:
        self.screen.run("xdotool", "windowfocus", "--sync", main)
        self.screen.key("ctrl+q")
        try:
            code = self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            shot = self.screen.shot("quit")
            raise AssertionError("the window did not close on Ctrl+Q" + shot) from None
        self.check_stderr()
        assert code == 0, f"the application exited with {code}"

    def check_stderr(self) -> None:
        written = self.stderr.read_text(encoding="utf-8", errors="replace").strip()
        assert not written, f"the application wrote to stderr:\n{written}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def search_tabs(entity: str) -> int:
    """Tabs from a registry's search box to its table: the filters it has, the trash box."""
    e = BY_NAME[entity]
    return 1 + sum(bool(x) for x in (e.country_field, e.status_choices, e.year_field)) + 1


def find_and_open(screen: Screen, main: str, page: int, entity: str, text: str, title: str):
    """Ctrl+<page>, Ctrl+F, type, Tab to the table, Enter: the record's form must open."""
    screen.run("xdotool", "windowfocus", "--sync", main)
    screen.key(f"ctrl+{page}", "ctrl+f")
    screen.type(text)
    time.sleep(0.6)  # the search waits 150 ms for the typing to stop
    screen.tab(search_tabs(entity))
    screen.key("Return")
    form = screen.window(title)
    screen.key("Escape")
    screen.gone(form, f"the form of {title}")
    screen.run("xdotool", "windowfocus", "--sync", main)


def new_form(screen: Screen, main: str, page: int, entity_label: str) -> str:
    screen.run("xdotool", "windowfocus", "--sync", main)
    screen.key(f"ctrl+{page}", "ctrl+n")
    return screen.window(f"^Новая запись: {entity_label}$")


def pick(screen: Screen, text: str, what: str) -> None:
    """Type into a reference field and take the first record the list offers."""
    screen.type(text)
    screen.popup(f"the list of {what} offered for «{text}»")
    screen.key("Down", "Return")


def create_records(screen: Screen, main: str) -> None:
    # A foreign region (Ctrl+1): country, names, ISO code.
    form = new_form(screen, main, 1, "Зарубежный регион")
    screen.type("Китай")
    for value in REGION.values():
        screen.tab()
        screen.type(value)
    screen.key("ctrl+Return")
    screen.gone(form, "the region's form after Ctrl+Enter")
    screen.check_no_surprise("region saved")

    # An organisation (Ctrl+2): name, then Tab past original name, kind, side to the country.
    form = new_form(screen, main, 2, "Организация")
    screen.type(ORGANISATION)
    screen.tab(4)
    screen.type("Китай")
    screen.tab()
    pick(screen, "Тестовая", "regions")
    screen.key("ctrl+s")
    screen.window(f"^Организация: {ORGANISATION}$")
    screen.key("Escape")
    screen.gone(form, "the organisation's form after Esc")

    # An agreement (Ctrl+5): title, country and region on Details; a party; the history.
    form = new_form(screen, main, 5, "Соглашение")
    screen.type(AGREEMENT)
    screen.tab(3)
    screen.type("Китай")
    screen.tab()
    pick(screen, "Тестовая", "regions")
    screen.key("ctrl+Tab")  # Parties: the first row's side stays «foreign»
    screen.key("alt+Insert")
    screen.tab()
    pick(screen, "Народное", "organisations")
    screen.key("ctrl+Tab")  # Status history: it starts with a draft dated today
    for index, (status, typed) in enumerate(HISTORY):
        if index == 0:
            # Back from the new row's status to the first row's date: Shift+Tab past its
            # remove button, comment and document.
            screen.key("alt+Insert")
            screen.key(*["shift+Tab"] * 4)
            screen.type(typed)
            screen.tab(4)
            continue
        if index > 1:
            screen.key("alt+Insert")
        screen.type(status)
        screen.tab()
        if index == 1:
            # Half typed first: a problem next to the cell, never an error dialog; then a
            # wrong last digit, corrected.
            screen.type(typed[0])
            time.sleep(0.5)
            screen.check_no_surprise("a half-typed date in the status history")
            screen.type(typed[1:-1] + "5")
            screen.key("BackSpace")
            screen.type(typed[-1])
        else:
            screen.type(typed)
        screen.tab()
        screen.type(f"№ {index}-МС")
    screen.check_no_surprise("the status history typed")
    screen.key("ctrl+s")
    screen.window(f"^Соглашение: {AGREEMENT}$")
    screen.key("Escape")
    screen.gone(form, "the agreement's form after Esc")

    # A delegation (Ctrl+6): purpose, dates, country; members on its second tab.
    form = new_form(screen, main, 6, "Делегация")
    screen.type(DELEGATION)
    screen.tab(3)
    screen.type("14.05.2026")
    screen.tab()
    screen.type("18.05.2026")
    screen.tab()
    screen.type("Китай")
    screen.tab()  # closes the country list's completions, which would take Ctrl+Tab
    screen.key("ctrl+Tab")
    for name, role in MEMBERS:
        screen.key("alt+Insert")
        screen.tab()
        screen.type(name)
        screen.tab()
        screen.type(role)
    screen.key("ctrl+Return")
    screen.gone(form, "the delegation's form after Ctrl+Enter")
    screen.check_no_surprise("delegation saved")


def find_everything(screen: Screen, main: str) -> None:
    find_and_open(screen, main, 1, "regions", "测试", f"^Зарубежный регион: {REGION['name_ru']}$")
    find_and_open(
        screen, main, 2, "organisations", "народн тестов", f"^Организация: {ORGANISATION}$"
    )
    find_and_open(screen, main, 5, "agreements", "торгово", f"^Соглашение: {AGREEMENT}$")
    find_and_open(screen, main, 6, "delegations", "зерна", f"^Делегация: {DELEGATION}$")


def check_stored(db: Path) -> None:
    with open_services(str(db), language="ru") as services:

        def one(entity: str, text: str) -> dict:
            ids = services[entity].search(Query(text=text))
            assert len(ids) == 1, f"{entity}: «{text}» finds {len(ids)} records, not 1"
            return services[entity].get(ids[0])

        region = one("regions", "Тестовая")
        assert {k: region[k] for k in REGION} == REGION
        assert region["country_code"] == "CN"
        organisation = one("organisations", "Народное")
        assert organisation["name_ru"] == ORGANISATION
        assert organisation["country_code"] == "CN"
        assert organisation["region_id"] == region["id"], "the region picked from the list"
        agreement = one("agreements", "торгово")
        assert agreement["title"] == AGREEMENT
        assert agreement["region_id"] == region["id"]
        assert [p["organisation_id"] for p in agreement["parties"]] == [organisation["id"]]
        typed = [(s["status"], s["on_date"], s["document_ref"]) for s in agreement["history"]]
        assert typed == [
            ("draft", date(2026, 1, 10), None),
            ("sent_for_approval", date(2026, 2, 16), "№ 1-МС"),
            ("approved", date(2026, 3, 20), "№ 2-МС"),
            ("signed", date(2026, 4, 25), "№ 3-МС"),
        ]
        assert agreement["status"] == "signed"
        delegation = one("delegations", "зерна")
        assert delegation["date_from"] == date(2026, 5, 14)
        assert delegation["country_code"] == "CN"
        assert [(m["name"], m["role"]) for m in delegation["members"]] == MEMBERS


def test_a_user_session_in_a_real_window(display: str, tmp_path: Path) -> None:
    screen = Screen(display, tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "registry.sqlite"
    app = Application(screen, db, home)
    try:
        main = app.start()
        create_records(screen, main)
        find_everything(screen, main)
        app.quit(main)
        check_stored(db)

        main = app.start()  # the same registry, the page it was closed on
        find_everything(screen, main)
        screen.check_no_surprise("the second start")
        app.quit(main)
    finally:
        app.stop()
