"""A TCP proxy that delays every byte by a fixed time each way (an office network between the
desktop and its server), and counts round trips: how many times the client spoke after the
server had answered, i.e. how many times a user's action waited for the network.

It runs in a process of its own (in a thread, it would wait for the measured process's GIL
and add its own delays); the upstream is PostgreSQL's TCP port or its Unix socket (the test
cluster listens on a socket only).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import time
from collections.abc import Iterator
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from sqlalchemy.engine import make_url


def _upstream(url: str) -> tuple[str, int]:
    parsed = make_url(url)
    host = str(parsed.query.get("host") or parsed.host or "localhost")
    return host, int(str(parsed.query.get("port") or parsed.port or 5432))


async def _pipe(
    source: asyncio.StreamReader,
    sink: asyncio.StreamWriter,
    latency_s: float,
    on_data: Any,
) -> None:
    """Forward what ``source`` sends, each chunk ``latency_s`` after it arrived (chunks in
    flight do not wait for each other: latency, not bandwidth)."""
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            if not data:
                sink.close()
                return
            sink.write(data)
            await sink.drain()

    delivering = asyncio.ensure_future(deliver())
    try:
        while data := await source.read(65536):
            on_data()
            queue.put_nowait((time.perf_counter() + latency_s, data))
    finally:
        queue.put_nowait((time.perf_counter() + latency_s, b""))
        with contextlib.suppress(Exception):
            await delivering


def _serve(url: str, latency_s: float, port: Synchronized, trips: Synchronized) -> None:
    host, upstream_port = _upstream(url)

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if host.startswith("/"):  # a Unix socket folder, as libpq names it
            up_reader, up_writer = await asyncio.open_unix_connection(
                f"{host}/.s.PGSQL.{upstream_port}"
            )
        else:
            up_reader, up_writer = await asyncio.open_connection(host, upstream_port)
        answered = [True]

        def asked() -> None:
            if answered[0]:
                with trips.get_lock():
                    trips.value += 1
            answered[0] = False

        def answer() -> None:
            answered[0] = True

        await asyncio.gather(
            _pipe(reader, up_writer, latency_s, asked),
            _pipe(up_reader, writer, latency_s, answer),
            return_exceptions=True,
        )

    async def main() -> None:
        server = await asyncio.start_server(connection, "127.0.0.1", 0)
        port.value = server.sockets[0].getsockname()[1]
        await server.serve_forever()

    asyncio.run(main())


class Proxy:
    def __init__(self, upstream_url: str, latency_s: float) -> None:
        self.upstream_url = upstream_url
        self.latency_s = latency_s
        context = multiprocessing.get_context("spawn")
        self._port = context.Value("i", 0)
        self._trips = context.Value("q", 0)
        self._process = context.Process(
            target=_serve,
            args=(upstream_url, latency_s, self._port, self._trips),
            daemon=True,
        )

    @property
    def url(self) -> str:
        """The registry's URL through the proxy."""
        url = make_url(self.upstream_url)
        query = {k: v for k, v in url.query.items() if k not in ("host", "port")}
        return url.set(host="127.0.0.1", port=self._port.value, query=query).render_as_string(False)

    @contextlib.contextmanager
    def running(self) -> Iterator[Proxy]:
        self._process.start()
        deadline = time.monotonic() + 30
        while not self._port.value and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield self
        finally:
            self._process.terminate()
            self._process.join(5)

    def trips(self) -> int:
        """Round trips so far, over every connection."""
        with self._trips.get_lock():
            return int(self._trips.value)
