"""A realistic sample registry, generated fast (Core inserts in batches, one transaction)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from ..db import fts, sort_index
from ..db import models as m
from ..db.database import Database
from ..db.ids import new_ids
from ..db.models_results import AgreementPlanItem, AgreementResult, TwinPlanItem, TwinResult
from ..db.models_ties import OrganisationMembership
from ..domain.countries import all_countries, subdivisions
from ..domain.lifecycle import BINDING_STATUSES, twin_status
from . import demo_data as D
from . import demo_histories as H
from .demo_outcomes import outcome_rows

BATCH = 5000
BULK_CACHE_KB = 256 * 1024


class DemoBuilder:
    def __init__(
        self, db: Database, scale: int, seed: int = 2026, today: date | None = None
    ) -> None:
        self.db, self.scale = db, max(1, scale)
        self.rng = random.Random(seed)
        self.today = today or date.today()
        self.now = datetime.now()

    def _date(self, years_back: int = 10, years_ahead: int = 1) -> date:
        start = self.today.replace(month=1, day=1) - timedelta(days=365 * years_back)
        span = 365 * (years_back + years_ahead)
        return start + timedelta(days=self.rng.randrange(span))

    def _meta(self, record_id: int) -> dict[str, Any]:
        return {"id": record_id, "created_at": self.now, "updated_at": self.now, "version": 1}

    def run(self, progress: Callable[[str], None] = lambda _: None) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.db.write() as session:
            self.session = session
            connection = session.connection()
            sqlite = connection.dialect.name == "sqlite"
            # A big page cache, and the indexes built once at the end rather than row by row:
            # generating 100,000 records per registry takes a third of the time.
            if sqlite:
                connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
            try:
                with sort_index.rebuilt_afterwards(connection), fts.indexed_afterwards(connection):
                    for name, step in (
                        ("regions", self._regions),
                        ("organisations", self._organisations),
                        ("people", self._people),
                        ("events", self._events),
                        ("agreements", self._agreements),
                        ("delegations", self._delegations),
                        ("twins", self._twins),
                    ):
                        progress(name)
                        counts[name] = step()
            finally:
                if sqlite:
                    connection.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default
        return counts

    def _new_ids(self, model: type[m.Base]) -> list[int]:
        """Ids for the ``scale`` records of a registry (from its sequence on a server)."""
        return new_ids(self.session.connection(), m.table_of(model), self.scale)

    def _insert(self, model: type[m.Base], rows: Iterator[dict[str, Any]]) -> int:
        count, batch = 0, []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                count += self._write(model, batch)
                batch = []
        return count + self._write(model, batch)

    def _write(self, model: type[m.Base], rows: list[dict[str, Any]]) -> int:
        """Core executemany, one per set of keys: the ORM's bulk insert splits batches into
        thousands of statements and costs more than SQLite itself at 100,000 records."""
        by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_keys.setdefault(tuple(row), []).append(row)
        table = m.table_of(model)
        for same in by_keys.values():
            self.session.connection().execute(insert(table), same)
        return len(rows)

    # -- registries ----------------------------------------------------------------------

    def _regions(self) -> int:
        real = [s for c in D.PARTNER_COUNTRIES for s in subdivisions(c)]
        ids = self._new_ids(m.ForeignRegion)
        self.regions: list[tuple[int, str, str, str]] = []  # id, country, name_ru, original

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                if i < len(real):
                    sub = real[i]
                    country, name_ru, original = (
                        sub.country_code,
                        sub.name_ru or sub.name_original,
                        sub.name_original,
                    )
                    kind = (
                        "city"
                        if "город" in name_ru
                        else ("oblast" if "област" in name_ru else "province")
                    )
                    iso = sub.code
                else:
                    country = self.rng.choice(list(D.CITIES))
                    city_ru, city_orig = self.rng.choice(D.CITIES[country])
                    n = i - len(real) + 1
                    name_ru, original, kind, iso = (
                        f"{city_ru}, район {n}",
                        f"{city_orig} {n}",
                        "municipality",
                        None,
                    )
                    if n <= len(D.CITIES[country]):
                        name_ru, original, kind = city_ru, city_orig, "city"
                self.regions.append((ids[i], country, name_ru, original))
                yield {
                    **self._meta(ids[i]),
                    "country_code": country,
                    "name_ru": name_ru,
                    "name_original": original,
                    "iso_code": iso,
                    "kind": kind,
                }

        return self._insert(m.ForeignRegion, rows())

    def _organisations(self) -> int:
        ids = self._new_ids(m.Organisation)
        country_names = {c.code: c for c in all_countries()}
        self.our_orgs: list[int] = []
        self.municipalities: list[int] = []
        self.international: list[tuple[int, str]] = []  # id, member since
        self.foreign_orgs: list[tuple[int, str]] = []  # id, country
        # a registry of some size has the international organisations its towns belong to
        bodies = D.INTERNATIONAL_BODIES if self.scale >= 100 else ()

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                oid = ids[i]
                if i < len(D.OUR_BODIES):
                    self.our_orgs.append(oid)
                    name = D.OUR_BODIES[i]
                    kind = "municipality" if "Администрация" in name else "regional_government"
                    self.municipalities += [oid] if kind == "municipality" else []
                    yield {
                        **self._meta(oid),
                        "name_ru": name,
                        "kind": kind,
                        "side": "ours",
                        "country_code": "RU",
                        "city": "Областной центр",
                    }
                    continue
                if i - len(D.OUR_BODIES) < len(bodies):
                    body = bodies[i - len(D.OUR_BODIES)]
                    self.international.append((oid, body[3]))
                    yield {**self._meta(oid), **H.international_body(body)}
                    continue
                rid, country, region, original = self.rng.choice(self.regions)
                kind, ru, en = self.rng.choice(D.FOREIGN_ORG_PATTERNS)
                company = self.rng.choice(D.COMPANIES)
                fmt = {
                    "region": region,
                    "original": original,
                    "company": company,
                    "country": country_names[country].name_ru,
                    "country_en": country_names[country].name_en,
                }
                self.foreign_orgs.append((oid, country))
                yield {
                    **self._meta(oid),
                    "name_ru": ru.format(**fmt),
                    "name_original": en.format(**fmt),
                    "kind": kind,
                    "side": "foreign",
                    "country_code": country,
                    "region_id": rid,
                    "email": f"office{oid}@example.org",
                }

        count = self._insert(m.Organisation, rows())
        self._write(OrganisationMembership, H.memberships(self.municipalities, self.international))
        return count

    def _people(self) -> int:
        ids = self._new_ids(m.Person)
        self.people: list[int] = []

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                pid = ids[i]
                self.people.append(pid)
                level, position = self.rng.choice(D.POSITIONS)
                if i % 4 == 0 or not self.foreign_orgs:
                    org = self.rng.choice(self.our_orgs)
                    surnames, firsts = self.rng.choice(D.RUSSIAN_NAMES)
                    name = f"{self.rng.choice(surnames)} {self.rng.choice(firsts)}"
                    latin = None
                else:
                    org, country = self.rng.choice(self.foreign_orgs)
                    name, latin = self.rng.choice(
                        D.FOREIGN_NAMES.get(country) or D.FOREIGN_NAMES["CN"]
                    )
                yield {
                    **self._meta(pid),
                    "name_ru": name,
                    "name_latin": latin,
                    "organisation_id": org,
                    "position": position,
                    "level": level,
                    "phones": f"+7 912 {pid % 1000:03d}-{pid % 100:02d}-{(pid // 7) % 100:02d}",
                    "email": f"person{pid}@example.org",
                    "active": self.rng.random() > 0.1,
                }

        return self._insert(m.Person, rows())

    def _events(self) -> int:
        ids = self._new_ids(m.Event)
        self.events: list[int] = []

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                eid = ids[i]
                self.events.append(eid)
                name, series, kind, hosts = self.rng.choice(D.FORUMS)
                start = self._date()
                country = self.rng.choice(hosts)
                level, _ = self.rng.choice(D.POSITIONS)
                yield {
                    **self._meta(eid),
                    "name": f"{name} {start.year}",
                    "series": series,
                    "kind": kind,
                    "date_from": start,
                    "date_to": start + timedelta(days=self.rng.randrange(4)),
                    "country_code": country,
                    "place": self.rng.choice(
                        [c for c, _ in D.CITIES.get(country, [("Москва", "")])]
                    ),
                    "our_participation": "Делегация области",
                    "participation_level": level,
                    "organiser": "Оргкомитет форума",
                }

        return self._insert(m.Event, rows())

    def _history(self) -> list[tuple[str, date]]:
        return H.agreement_history(self.rng, self._date(years_back=10, years_ahead=0), self.today)

    def _agreements(self) -> int:
        ids = self._new_ids(m.Agreement)
        self.agreements: list[int] = []
        statuses: list[dict[str, Any]] = []
        parties: list[dict[str, Any]] = []
        signed_on: dict[int, date | None] = {}

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                aid = ids[i]
                self.agreements.append(aid)
                history = self._history()
                signed = next((d for s, d in history if s in BINDING_STATUSES), None)
                signed_on[aid] = signed
                rid, country, region, _ = self.rng.choice(self.regions)
                year = (signed or history[0][1]).year
                title = self.rng.choice(D.AGREEMENT_TITLES).format(years=f"{year}–{year + 2}")
                registered = next((d for s, d in history if s == "registered"), None)
                # an agreement that expired had a term, and it ended on that day
                expired = next((d for s, d in history if s == "expired"), None)
                open_ended = expired is None and self.rng.random() < 0.3
                valid_to = expired or (
                    None if open_ended or not signed else signed + timedelta(days=365 * 5)
                )
                for pos, (status, day) in enumerate(history):
                    statuses.append(
                        {
                            "agreement_id": aid,
                            "position": pos,
                            "status": status,
                            "on_date": day,
                            "document_ref": f"№ {aid}-{pos + 1}",
                        }
                    )
                ours = self.rng.choice(self.our_orgs)
                parties.append(
                    {"agreement_id": aid, "position": 0, "side": "ours", "organisation_id": ours}
                )
                if self.foreign_orgs:
                    parties.append(
                        {
                            "agreement_id": aid,
                            "position": 1,
                            "side": "foreign",
                            "organisation_id": self.rng.choice(self.foreign_orgs)[0],
                        }
                    )
                yield {
                    **self._meta(aid),
                    "title": f"{title} ({region})",
                    "kind": self.rng.choice(
                        ("agreement", "memorandum", "protocol_of_intent", "road_map", "programme")
                    ),
                    "scope": H.scope_of(ours in self.municipalities, country),
                    "country_code": country,
                    "region_id": rid,
                    "status": history[-1][0],
                    "signed_on": signed,
                    "signed_place": self.rng.choice(("Москва", "Харбин", "Минск", "Астана")),
                    "spheres": ",".join(
                        self.rng.sample(
                            ["trade", "education", "culture", "tourism", "agriculture"], 2
                        )
                    ),
                    "valid_from": signed,
                    "valid_to": valid_to,
                    "open_ended": open_ended,
                    "auto_prolongation": expired is None and self.rng.random() < 0.4,
                    "reg_number": f"{aid:05d}" if registered else None,
                    "reg_date": registered,
                    "responsible_officer": "Отдел международных связей",
                }

        count = self._insert(m.Agreement, rows())
        self._insert(m.AgreementStatus, iter(statuses))
        self._insert(m.AgreementParty, iter(parties))
        done = outcome_rows("agreement_id", self.today, self.scale, signed_on, self.events, [])
        self._insert(AgreementResult, iter(done.results))
        self._insert(AgreementPlanItem, iter(done.plan))
        return count

    def _delegations(self) -> int:
        ids = self._new_ids(m.Delegation)
        members: list[dict[str, Any]] = []
        linked: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.scale):
                did = ids[i]
                start = self._date()
                past = start < self.today
                status = (
                    ("held" if self.rng.random() > 0.1 else "cancelled")
                    if past
                    else self.rng.choice(("planned", "confirmed"))
                )
                _, country, region, _ = self.rng.choice(self.regions)
                level, _ = self.rng.choice(D.POSITIONS)
                for pos in range(self.rng.randrange(1, 4)):
                    members.append(
                        {
                            "delegation_id": did,
                            "position": pos,
                            "person_id": self.rng.choice(self.people),
                            "role": "член делегации",
                        }
                    )
                if self.rng.random() < 0.2:
                    linked.append(
                        {
                            "delegation_id": did,
                            "position": 0,
                            "agreement_id": self.rng.choice(self.agreements),
                        }
                    )
                yield {
                    **self._meta(did),
                    "purpose": self.rng.choice(D.DELEGATION_PURPOSES),
                    "direction": self.rng.choice(("incoming", "outgoing")),
                    "format": "online" if self.rng.random() < 0.15 else "in_person",
                    "date_from": start,
                    "date_to": start + timedelta(days=self.rng.randrange(5)),
                    "country_code": country,
                    "places": region,
                    "host_organisation_id": self.rng.choice(
                        self.foreign_orgs or [(self.our_orgs[0], "")]
                    )[0],
                    "head_person_id": self.rng.choice(self.people),
                    "head_level": level,
                    "event_id": self.rng.choice(self.events) if self.rng.random() < 0.3 else None,
                    "status": status,
                    "outcome": "Достигнуты договорённости" if status == "held" else None,
                    "report_submitted_on": start + timedelta(days=10)
                    if status == "held" and start + timedelta(days=10) < self.today
                    else None,
                }

        self.delegations: list[int] = ids
        count = self._insert(m.Delegation, rows())
        self._insert(m.DelegationMember, iter(members))
        self._insert(m.DelegationAgreement, iter(linked))
        return count

    def _twins(self) -> int:
        ids, steps = self._new_ids(m.TwinRelation), []
        established_on: dict[int, date | None] = {}

        def rows() -> Iterator[dict[str, Any]]:
            for tid in ids:
                rid, country, _, _ = self.rng.choice(self.regions)
                established = self._date(years_back=30, years_ahead=0)
                established_on[tid] = established
                history = H.twin_history(self.rng, established, self.today)
                for p, (s, d) in enumerate(history):
                    steps.append({"twin_id": tid, "position": p, "status": s, "on_date": d})
                yield {
                    **self._meta(tid),
                    "our_organisation_id": self.rng.choice(self.our_orgs),
                    "foreign_region_id": rid,
                    "country_code": country,
                    "established_on": established,
                    "basis_agreement_id": self.rng.choice(self.agreements),
                    "status": twin_status([{"status": s} for s, _ in history]),
                }

        count = self._insert(m.TwinRelation, rows())
        self._insert(m.TwinStatus, iter(steps))
        links = self.delegations
        done = outcome_rows("twin_id", self.today, self.scale, established_on, self.events, links)
        self._insert(TwinResult, iter(done.results))
        self._insert(TwinPlanItem, iter(done.plan))
        return count


def fill_demo(
    db: Database, scale: int, seed: int = 2026, progress: Callable[[str], None] = lambda _: None
) -> dict[str, int]:
    """Add about ``scale`` records to every registry; returns the count added per registry."""
    return DemoBuilder(db, scale, seed).run(progress)
