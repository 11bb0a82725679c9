"""Sort indexes: every column of a registry table sorts from an index.

One partial index per table column over the records not in the trash: text columns by their
case-folded value (the ``casefold`` SQL function every connection of ours registers), other
columns by value, references and countries by the referring column (the service orders
those by the referenced name's rank). At 100,000 records a click on a header then reads an
index instead of sorting the table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

"""

from alembic import op

from desktop.db.sort_index import index_name, key_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen here: the table columns of revision 0005 and whether they sort as text.
TEXT, VALUE = True, False
COLUMNS = {
    "foreign_region": {
        "name_ru": TEXT,
        "name_original": TEXT,
        "iso_code": TEXT,
        "kind": VALUE,
        "country_code": VALUE,
    },
    "organisation": {
        "name_ru": TEXT,
        "name_original": TEXT,
        "kind": VALUE,
        "side": VALUE,
        "city": TEXT,
        "email": TEXT,
        "country_code": VALUE,
        "region_id": VALUE,
    },
    "person": {
        "name_ru": TEXT,
        "name_latin": TEXT,
        "position": TEXT,
        "level": VALUE,
        "phones": TEXT,
        "email": TEXT,
        "active": VALUE,
        "organisation_id": VALUE,
    },
    "event": {
        "name": TEXT,
        "series": TEXT,
        "kind": VALUE,
        "date_from": VALUE,
        "date_to": VALUE,
        "place": TEXT,
        "our_participation": TEXT,
        "participation_level": VALUE,
        "country_code": VALUE,
    },
    "agreement": {
        "title": TEXT,
        "kind": VALUE,
        "status": VALUE,
        "signed_on": VALUE,
        "valid_to": VALUE,
        "reg_number": TEXT,
        "country_code": VALUE,
        "region_id": VALUE,
    },
    "delegation": {
        "purpose": TEXT,
        "direction": VALUE,
        "date_from": VALUE,
        "date_to": VALUE,
        "places": TEXT,
        "head_level": VALUE,
        "status": VALUE,
        "country_code": VALUE,
        "head_person_id": VALUE,
    },
    "twin_relation": {
        "established_on": VALUE,
        "status": VALUE,
        "our_organisation_id": VALUE,
        "foreign_region_id": VALUE,
        "country_code": VALUE,
        "basis_agreement_id": VALUE,
    },
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL sorts with lower() over its own plans
    for table, columns in COLUMNS.items():
        for column, is_text in columns.items():
            op.execute(
                f"CREATE INDEX {index_name(table, column)} ON {table} "
                f"({key_sql(column, is_text)}) WHERE deleted_at IS NULL"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS {index_name(table, column)}")
