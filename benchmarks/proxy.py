"""A TCP proxy that delays every byte by a fixed time each way (an office network between the
desktop and its server), and counts round trips: how many times the client spoke after the
server had answered, i.e. how many times a user's action waited for the network.

It runs in a thread of its own with its own event loop; the upstream is PostgreSQL's TCP port
or its Unix socket (the test cluster listens on a socket only).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.engine import make_url


@dataclass
class Proxy:
    upstream_url: str
    latency_s: float
    port: int = 0
    round_trips: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        """The registry's URL through the proxy."""
        url = make_url(self.upstream_url)
        query = {k: v for k, v in url.query.items() if k not in ("host", "port")}
        return url.set(host="127.0.0.1", port=self.port, query=query).render_as_string(False)

    async def _open_upstream(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        url = make_url(self.upstream_url)
        host = url.query.get("host") or url.host or "localhost"
        port = int(url.query.get("port") or url.port or 5432)  # type: ignore[arg-type]
        if str(host).startswith("/"):  # a Unix socket folder, as libpq names it
            return await asyncio.open_unix_connection(f"{host}/.s.PGSQL.{port}")
        return await asyncio.open_connection(str(host), port)

    async def _pipe(
        self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, from_client: bool
    ) -> None:
        """Forward what ``source`` sends, each chunk ``latency_s`` after it arrived (chunks
        in flight do not wait for each other: latency, not bandwidth)."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    sink.close()
                    return
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                sink.write(data)
                await sink.drain()

        delivering = asyncio.ensure_future(deliver())
        while True:
            data = await source.read(65536)
            if from_client and data:
                with self._lock:
                    if self._last_from_server:
                        self.round_trips += 1
                    self._last_from_server = False
            elif data:
                self._last_from_server = True
            queue.put_nowait((time.perf_counter() + self.latency_s, data))
            if not data:
                break
        with contextlib.suppress(Exception):
            await delivering

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await self._open_upstream()
        self._last_from_server = True
        await asyncio.gather(
            self._pipe(reader, up_writer, True),
            self._pipe(up_reader, writer, False),
            return_exceptions=True,
        )

    @contextlib.contextmanager
    def running(self) -> Iterator[Proxy]:
        loop = asyncio.new_event_loop()
        started = threading.Event()
        server: list[asyncio.base_events.Server] = []

        async def start() -> None:
            server.append(await asyncio.start_server(self._serve, "127.0.0.1", self.port))
            self.port = server[0].sockets[0].getsockname()[1]
            started.set()

        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        asyncio.run_coroutine_threadsafe(start(), loop)
        started.wait(10)
        try:
            yield self
        finally:
            loop.call_soon_threadsafe(server[0].close)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)

    def trips(self) -> int:
        with self._lock:
            return self.round_trips
