"""The benchmark's delaying proxy (benchmarks/proxy.py): a query through it waits the delay
both ways, and each query counts as one round trip."""

from __future__ import annotations

import time

from sqlalchemy import create_engine, text

from benchmarks.proxy import Proxy
from tests.pg.server import Server


def test_the_proxy_delays_each_way_and_counts_round_trips(pg_server: Server):
    proxy = Proxy(pg_server.url(pg_server.new_database()), latency_s=0.05)
    with proxy.running():
        engine = create_engine(proxy.url)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            before = proxy.trips()
            started = time.perf_counter()
            for n in range(3):
                assert connection.execute(text("SELECT :n"), {"n": n}).scalar() == n
            elapsed = time.perf_counter() - started
            trips = proxy.trips() - before
        engine.dispose()
    assert trips == 3
    assert elapsed >= 3 * 2 * 0.05
