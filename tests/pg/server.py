"""The PostgreSQL server of a test session, and a fresh database per test copied from a
migrated template (``CREATE DATABASE … TEMPLATE``: some 0.1 s, where migrating takes seconds).

``REGISTRY_TEST_DB=postgresql`` starts a throwaway cluster (``cluster.py``);
``REGISTRY_TEST_DB=postgresql+psycopg://USER@HOST/DB`` uses a server of your own instead,
where USER may create databases and roles (the suite creates and drops ``registry_test_*``).
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from . import cluster

TEMPLATE = "registry_test_template"
_counter = itertools.count(1)


def engine_under_test() -> str:
    """'sqlite' or 'postgresql': which engine the database tests of this session run on."""
    chosen = os.environ.get("REGISTRY_TEST_DB", "sqlite").strip() or "sqlite"
    return "sqlite" if chosen == "sqlite" else "postgresql"


@dataclass
class Server:
    """A server the suite may create databases on; ``admin`` runs outside transactions."""

    base_url: str  # any database of the server, as the suite's superuser
    admin: Engine = field(init=False)

    def __post_init__(self) -> None:
        self.admin = create_engine(self.base_url, isolation_level="AUTOCOMMIT")

    def url(self, database: str, user: str | None = None, password: str = "") -> str:
        parsed = make_url(self.base_url).set(database=database)
        if user is not None:
            parsed = parsed.set(username=user, password=password or None)
        return parsed.render_as_string(hide_password=False)

    def execute(self, sql: str, **params: object) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(sql), params)

    def scalar(self, sql: str, **params: object) -> object:
        with self.admin.connect() as connection:
            return connection.execute(text(sql), params).scalar()

    def create_template(self) -> None:
        """The template: a registry at the newest schema, made by the application itself."""
        from desktop.db.database import open_database

        self.drop(TEMPLATE)
        self.execute(f'CREATE DATABASE "{TEMPLATE}"')
        open_database(self.url(TEMPLATE)).close()

    def new_database(self, empty: bool = False) -> str:
        """A fresh database (a migrated registry, or ``empty``); its name."""
        name = f"registry_test_{os.getpid()}_{next(_counter)}"
        template = "template0" if empty else TEMPLATE
        # FILE_COPY: a copy of the files, several times faster than WAL_LOG for a small
        # template (checkpoints cost nothing with fsync off)
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        if not empty:  # a registry of its own, as one built by migrating it would be
            copy = create_engine(self.url(name))
            with copy.begin() as connection:
                connection.execute(text("UPDATE registry_site SET site_id = md5(random()::text)"))
            copy.dispose()
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.admin.dispose()


@contextlib.contextmanager
def session_server() -> Iterator[Server]:
    """The server for this session: the throwaway cluster, or the one named by the URL."""
    chosen = os.environ.get("REGISTRY_TEST_DB", "").strip()
    if "://" in chosen:
        server = Server(chosen)
        try:
            server.create_template()
            yield server
        finally:
            server.drop(TEMPLATE)
            server.close()
        return
    with cluster.running_cluster() as folder:
        server = Server(cluster.url(folder))
        try:
            server.create_template()
            yield server
        finally:
            server.close()
