"""The import use case: a checked plan written into its registry after a backup, in one
transaction with its change log, and announced on the change channel (by the registry's
``import_records``). Reading and checking the file is the Excel side's (``excel.importer``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..excel.importer import ImportPlan
    from . import Services
    from .changes import Changes


def apply_import(services: Services, plan: ImportPlan, update_duplicates: bool = False) -> Changes:
    """Write a checked plan in one transaction (after a backup of the database file)."""
    if not plan.ok:
        raise ValueError("a plan with problems cannot be imported")
    if services.db.path is not None and services.db.path.exists():
        services.backups.backup_now("before-import")  # into the registry's backup folder
    updates = [(record_id, values) for _, record_id, values in plan.updates]
    if update_duplicates:
        updates += [(record_id, values) for _, record_id, values in plan.duplicates]
    creates = [(record_id, values) for _, record_id, values in plan.creates]
    return services[plan.kind].import_records(creates, updates, checked=True)
