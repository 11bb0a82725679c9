"""The real screen for tests/ui/test_real_window.py: a fresh Xvfb display of 1366×768
(``display`` fixture), xdotool and xprop on it (``Screen``), and ``main.py`` started on it as a
user starts it (``Application``)."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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

    def enter(self, text: str, attempts: int = 3) -> None:
        """Type ``text`` into the empty field that has the focus and make sure it holds it:
        xdotool drops a Cyrillic letter now and then (seen even with nothing else running),
        and a record saved under a misspelt name fails every step after. The field's text is
        read back through the clipboard (select all, copy) and typed again over itself."""
        for _ in range(attempts):
            self.type(text)
            self.key("ctrl+a", "ctrl+c")
            if self.clipboard() == text:
                return
        raise AssertionError(f"xdotool could not type «{text}» in {attempts} attempts")

    def clipboard(self) -> str:
        """The X clipboard's text, read by a Qt client of this display."""
        read = (
            "from PySide6.QtWidgets import QApplication as A; "
            "a = A([]); print(a.clipboard().text())"
        )
        environment = {**self.env, "QT_QPA_PLATFORM": "xcb"}
        done = subprocess.run(
            [sys.executable, "-c", read],
            env=environment,
            capture_output=True,
            text=True,
            timeout=30,
        )
        return done.stdout.rstrip("\n")

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
