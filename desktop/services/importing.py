"""The import use case: a checked plan written into its registry after a backup, in one
transaction with its change log, and announced on the change channel once it committed.
Reading and checking the file is the Excel side's (``excel.importer``).

Records the rows refer to and the registry lacks (``--create-missing``) are created in the
same transaction, before the rows that point at them: a failure leaves none of them. With
``skip_bad_rows`` the good rows are written and the bad ones go, untouched and with their
problems, to a workbook beside the source."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..db.server import retried
from ..domain.countries import NewCountry
from ..domain.i18n import QT_TRANSLATE_NOOP
from .changes import Action, Changes

COUNTRIES = "countries"  # excel.reconcile's name for the countries an import adds


def registry_label(services: Services, registry: str) -> str:
    """What the messages call a registry an import creates records in (English source)."""
    if registry == COUNTRIES:
        return QT_TRANSLATE_NOOP("Domain", "Countries")
    return services[registry].entity.plural


if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..excel.plan import ImportPlan
    from ..excel.reconcile import Missing
    from . import Services

# the order records are created in: a country of the office's own before the regions in it,
# a region before the organisation in it
_CREATE_ORDER = ("countries", "regions", "organisations", "people", "events", "agreements")


@dataclass
class ImportResult:
    changes: Changes | None
    # (registry, id, name); a country's "id" is its code
    created: list[tuple[str, int | str, str]] = field(default_factory=list)
    bad_rows_file: Path | None = None
    skipped_rows: int = 0


def apply_import(
    services: Services,
    plan: ImportPlan,
    update_duplicates: bool = False,
    skip_bad_rows: bool = False,
) -> Changes:
    """Write a checked plan in one transaction (after a backup of the database file)."""
    return import_plan(services, plan, update_duplicates, skip_bad_rows).changes  # type: ignore[return-value]


def import_plan(
    services: Services,
    plan: ImportPlan,
    update_duplicates: bool = False,
    skip_bad_rows: bool = False,
    bad_rows_file: Path | None = None,
) -> ImportResult:
    """``apply_import`` with what it did: the records it created, the file of bad rows."""
    from ..excel.problem_book import bad_rows_path, write_bad_rows

    if not plan.ok and not skip_bad_rows:
        raise ValueError("a plan with problems cannot be imported")
    result = ImportResult(None)
    if plan.bad_rows and skip_bad_rows:
        out = bad_rows_file or bad_rows_path(plan.path)
        result.bad_rows_file = write_bad_rows(plan, out, services.language)
        result.skipped_rows = len(plan.bad_rows)
    if services.db.path is not None and services.db.path.exists():
        services.backups.backup_now("before-import")  # into the registry's backup folder
    bad = set(plan.bad_rows) if skip_bad_rows else set()
    wanted = [m for m in plan.missing if set(m.rows) - bad]

    @retried  # lost to another transaction on a server: nothing of it was kept, run again
    def write() -> list[int]:
        # the records the rows refer to and the rows themselves: one transaction, all or none
        result.created.clear()
        with services.db.write() as session:
            ids = _create_missing(services, session, wanted, result)
            updates = [(record_id, _real(values, ids)) for _, record_id, values in plan.updates]
            if update_duplicates:
                updates += [(record_id, _real(v, ids)) for _, record_id, v in plan.duplicates]
            creates = [(record_id, _real(values, ids)) for _, record_id, values in plan.creates]
            return services[plan.kind].write_import(session, creates, updates, checked=True)

    touched = write()
    if any(made[0] == COUNTRIES for made in result.created):
        services.custom_countries.added()  # known to validation and pick lists from now on
    for registry in sorted({made[0] for made in result.created} - {COUNTRIES}, key=_order):
        made_ids = tuple(int(i) for name, i, _ in result.created if name == registry)
        services.notify(Changes(registry, Action.IMPORT, made_ids))
    result.changes = services.notify(Changes(plan.kind, Action.IMPORT, tuple(touched)))
    from .reconciliation import remember

    remember(services, plan)
    return result


def _create_missing(
    services: Services, session: Session, missing: list[Missing], result: ImportResult
) -> dict[Any, Any]:
    """Pending id (or country code) -> the real one of each record created (in the
    import's own transaction)."""
    ids: dict[Any, Any] = {}
    for registry in sorted({m.registry for m in missing}, key=_order):
        batch = [m for m in missing if m.registry == registry]
        if registry == COUNTRIES:  # the codes free now, not when the file was read
            codes = services.custom_countries.add_in(session, [m.name for m in batch])
            for made, code in zip(batch, codes, strict=True):
                ids[made.ref] = NewCountry(code, made.name)  # still valid before the commit
                result.created.append((COUNTRIES, code, made.name))
            continue
        values: list[tuple[int | None, dict[str, Any]]] = [
            (None, _real(dict(m.values), ids)) for m in batch
        ]
        created = services[registry].write_import(session, values, [])
        for made, record_id in zip(batch, created, strict=True):
            ids[made.ref] = record_id
            result.created.append(
                (registry, record_id, str(made.values.get("name_ru") or made.name))
            )
    return ids


def _order(registry: str) -> int:
    return _CREATE_ORDER.index(registry) if registry in _CREATE_ORDER else len(_CREATE_ORDER)


def _real(values: Any, ids: dict[Any, Any]) -> Any:
    """The values with each pending reference replaced by the record created for it."""
    from ..excel.reconcile import PendingRef

    if isinstance(values, PendingRef | NewCountry):
        return ids[values]
    if isinstance(values, dict):
        return {key: _real(value, ids) for key, value in values.items()}
    if isinstance(values, list):
        return [_real(value, ids) for value in values]
    return values
