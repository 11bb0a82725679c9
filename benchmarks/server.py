"""The benchmark's registry on a PostgreSQL server (``--db URL``): the demo generated there
once per scale (the bulk path: triggers off, indexes built at the end), and the floor of its
searches (the raw prefix query on the search index, as ``measure.fts_floor`` is for FTS5)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from . import measure


def _stamp(cache: Path, url: str, scale: int) -> Path:
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return cache / f"server_{digest}_{scale}.json"


def _agreements(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            exists = connection.execute(text("SELECT to_regclass('agreement')")).scalar()
            return (
                connection.execute(text("SELECT count(*) FROM agreement")).scalar() if exists else 0
            )
    finally:
        engine.dispose()


def database(url: str, scale: int, cache: Path) -> float | None:
    """Seconds it took to generate the demo of this scale in the server database at ``url``
    (an empty database: generated now; one that has it already, made by ``demo --scale``:
    reused, and None when this benchmark did not time its making)."""
    cache.mkdir(exist_ok=True)
    stamp = _stamp(cache, url, scale)
    found = _agreements(url)
    if found >= scale:
        return float(json.loads(stamp.read_text())["demo_s"]) if stamp.exists() else None
    if found:
        raise SystemExit(f"{url}: holds a registry smaller than --scale; give an empty database")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "main.py", "demo", "--db", url, "--scale", str(scale)],
        cwd=measure.ROOT,
        check=True,
        capture_output=True,
    )
    demo_s = time.perf_counter() - started
    stamp.write_text(json.dumps({"demo_s": demo_s}))
    return demo_s


def search_floor(url: str, repeat: int) -> list[float]:
    """The raw prefix query of each search string on the server's search index."""
    from desktop.db.fts_pg import prefix_query, search_ids_sql
    from desktop.domain.entities import BY_NAME

    engine = create_engine(url)
    times = []
    with engine.connect() as connection:
        for name, typed in measure.QUERIES:
            statement = text(search_ids_sql(BY_NAME[name].table))
            query = prefix_query(typed.split())
            runs = [
                measure.timed(
                    lambda s=statement, q=query: connection.execute(s, {"query": q}).all()
                )
                for _ in range(repeat)
            ]
            times.append(measure.median(runs) * 1000)
    engine.dispose()
    return times


def busiest_year(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT substr(CAST(date_from AS text), 1, 4) AS y, count(*) FROM delegation "
                "GROUP BY y ORDER BY 2 DESC LIMIT 1"
            )
        ).first()
    engine.dispose()
    return int(row[0]) if row and row[0] else time.gmtime().tm_year
