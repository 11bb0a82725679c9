"""Search index v2: one FTS query answers a search.

Each record's indexed text now also holds the searchable text of the records it names in its
table (an agreement is found by its region's name), kept fresh by triggers on those tables.
Replaces the per-word union of FTS subqueries that made a search scan the whole table at
100,000 records; after it, a search is one FTS query.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

"""

from alembic import op

from desktop.db import fts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen here: what revision 0001 indexed, which this revision extends with references.
OWN = {
    "foreign_region": (["name_ru", "name_original", "iso_code", "notes"], True),
    "organisation": (["name_ru", "name_original", "city", "notes"], True),
    "person": (["name_ru", "name_latin", "position", "notes"], False),
    "event": (
        ["name", "series", "place", "organiser", "our_participation", "outcome", "notes"],
        True,
    ),
    "agreement": (["title", "signed_place", "reg_number", "responsible_officer", "notes"], True),
    "delegation": (["purpose", "places", "programme", "outcome", "notes"], True),
    "twin_relation": (["notes"], True),
}
# What the registry tables show of another record, and so what a search may match there.
NAMED = {
    "foreign_region": ["name_ru", "name_original", "iso_code"],
    "organisation": ["name_ru", "name_original", "city"],
    "person": ["name_ru", "name_latin"],
    "agreement": ["title", "reg_number"],
}
REFS = {
    "organisation": {"region_id": "foreign_region"},
    "person": {"organisation_id": "organisation"},
    "agreement": {"region_id": "foreign_region"},
    "delegation": {"head_person_id": "person"},
    "twin_relation": {
        "our_organisation_id": "organisation",
        "foreign_region_id": "foreign_region",
        "basis_agreement_id": "agreement",
    },
}


def _refs(table: str) -> dict[str, tuple[str, list[str]]]:
    return {column: (target, NAMED[target]) for column, target in REFS.get(table, {}).items()}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in OWN:
        for statement in fts.drop_statements(table):
            op.execute(statement)
    for table, (columns, with_country) in OWN.items():
        refs = _refs(table)
        for statement in fts.create_statements(table, columns, with_country, refs):
            op.execute(statement)
        op.execute(fts.fill_statement(table, columns, with_country, refs))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in OWN:
        for statement in fts.drop_statements(table, list(REFS.get(table, {}))):
            op.execute(statement)
    for table, (columns, with_country) in OWN.items():
        for statement in fts.create_statements(table, columns, with_country):
            op.execute(statement)
        op.execute(fts.fill_statement(table, columns, with_country))
