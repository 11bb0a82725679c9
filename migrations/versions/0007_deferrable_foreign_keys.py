"""Deferrable foreign keys on PostgreSQL: every foreign key becomes DEFERRABLE INITIALLY
IMMEDIATE, so that it is checked per statement as before, but an import may defer them to its
commit (``SET CONSTRAINTS ALL DEFERRED``) and bring rows that refer to rows further down.

The keys are read from the server's catalogue, not listed here: whatever migrations came
before this one (and whatever keys they added), all of them are made deferrable. SQLite
defers its keys per transaction without this (``PRAGMA defer_foreign_keys``), and neither
stores nor reports the clause: there this migration changes nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

"""

from alembic import op
from sqlalchemy import text

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_KEYS = (
    "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
    "JOIN pg_namespace n ON n.oid = c.connamespace "
    "WHERE c.contype = 'f' AND n.nspname = current_schema() AND c.condeferrable = :deferrable"
)


def _alter(from_deferrable: bool, clause: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name in bind.execute(text(_KEYS), {"deferrable": from_deferrable}).all():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" {clause}')


def upgrade() -> None:
    _alter(False, "DEFERRABLE INITIALLY IMMEDIATE")


def downgrade() -> None:
    _alter(True, "NOT DEFERRABLE")
