"""Who else is connected to a server registry (issue 14, item 5): from pg_stat_activity, as
the others' application_name (user@host), this program's own pooled connections left out;
shown in the window's status bar, where an SQLite registry's second window is told who holds
the file. And the window keeps a server's URL without its password."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, text

from desktop.services import open_services
from desktop.services.opening import others_connected
from desktop.ui.app import show_others_connected
from desktop.ui.app_settings import AppSettings
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("pg_server")


def test_the_others_connected_are_named_once_each_and_not_this_program(services, db_target):
    with services.db.read() as session:  # a pooled connection of our own
        session.execute(text("SELECT 1"))
    assert others_connected(services.db) == []
    engines = [
        create_engine(db_target, connect_args={"application_name": name})
        for name in ("petrova@pc-12", "petrova@pc-12", "sidorov@laptop-3")
    ]
    held = [engine.connect() for engine in engines]
    try:
        for connection in held:
            connection.execute(text("SELECT 1"))
        assert others_connected(services.db) == ["petrova@pc-12", "sidorov@laptop-3"]
    finally:
        for connection in held:
            connection.close()
        for engine in engines:
            engine.dispose()
    # a closed connection's server process leaves pg_stat_activity a moment after the close
    deadline = time.monotonic() + 10
    while others_connected(services.db) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert others_connected(services.db) == []


def test_the_window_shows_who_else_works_in_the_registry(qtbot, db_target):
    engine = create_engine(db_target, connect_args={"application_name": "petrova@pc-12"})
    other = engine.connect()
    other.execute(text("SELECT 1"))
    # the suite's superuser logs in without one: a password in the URL is only carried
    services = open_services(db_target.replace("postgres@", "postgres:s3cret@"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        show_others_connected(window, services)
        assert "petrova@pc-12" in window.statusBar().currentMessage()
        assert "s3cret" not in window.windowTitle() and "s3cret" not in services.location
    finally:
        window.close()
        services.close()
        other.close()
        engine.dispose()


def test_the_window_keeps_a_server_url_without_its_password(tmp_path, db_target):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    url = db_target.replace("postgres@", "postgres:s3cret@")
    AppSettings(settings).last_database = url
    settings.sync()
    kept = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert kept.last_database.startswith("postgresql+psycopg://postgres@/")
    assert "s3cret" not in (tmp_path / "settings.ini").read_text()
