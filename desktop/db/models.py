"""SQLAlchemy models: one class per table. Field names match the entity descriptions
(``desktop/domain/entities/``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from ..domain.partial_dates import PartialDate
from .identity import current_change, new_uid

# Stable constraint names survive SQLite's batch table rebuilds in migrations.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class PartialDateText(TypeDecorator[PartialDate]):
    """A date known to the day, the month or the year, kept as ISO 8601 text cut to its
    precision: «1999-12-08», «2016-07», «2012» (``PartialDate.iso``).

    One plain VARCHAR column rather than a date and a precision beside it: a value stays one
    value for the change log, the export and a field-by-field merge; the text sorts in time
    order (a year before the days of that year), so the sort indexes and ORDER BY work as
    they are, on SQLite and PostgreSQL alike; and a day keeps the text SQLite always stored
    for a DATE, so existing values do not change. Comparisons with a period are made in
    Python by ``PartialDate`` (a «2019» is in the 2019 report), or in SQL against text
    bounds (``year_bounds``)."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, PartialDate):
            return value.iso()
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        return str(value)  # text bounds of a query («2019»)

    def process_result_value(self, value: Any, dialect: Dialect) -> PartialDate | None:
        return partial_date_of(value)


def partial_date_of(value: Any) -> PartialDate | None:
    """The stored text (or a date a driver made of it) as a PartialDate."""
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate(value if not isinstance(value, datetime) else value.date())
    return PartialDate.from_iso(str(value))


def year_bounds(year: int) -> tuple[str, str]:
    """Stored partial dates of ``year`` are >= the first and < the second."""
    return f"{year:04d}", f"{year + 1:04d}"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _fk(target: str, nullable: bool = True, ondelete: str = "RESTRICT") -> Mapped:
    # DEFERRABLE INITIALLY IMMEDIATE (migration 0007): checked per statement, as before, unless
    # a transaction defers them (an import whose rows refer to rows further down)
    reference = ForeignKey(target, ondelete=ondelete, deferrable=True, initially="IMMEDIATE")
    return mapped_column(reference, nullable=nullable, index=True)


class Record:
    """Columns every registry record has: identity, timestamps, version and the trash mark."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # identity that travels between copies of the registry (an office, a laptop on a trip):
    # the uid, and the registry's change number of the write that last touched the record
    uid: Mapped[str | None] = mapped_column(String(32), default=new_uid, index=True, unique=True)
    change_seq: Mapped[int] = mapped_column(
        Integer,
        nullable=False,
        server_default="0",
        default=current_change,
        onupdate=current_change,
        index=True,
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's declared_attr signature
        # SQLAlchemy refuses an UPDATE whose row has moved on meanwhile (optimistic locking).
        return {"version_id_col": cls.version}


class ChildRow:
    """A row of a record's child list: its uid stays with it while the list is rewritten
    (``services/registry.py`` gives a kept or edited row its old uid, migration 0013)."""

    uid: Mapped[str | None] = mapped_column(String(32), default=new_uid, index=True, unique=True)


class Country(Base):
    __tablename__ = "country"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    alpha3: Mapped[str] = mapped_column(String(3))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


class ForeignRegion(Record, Base):
    __tablename__ = "foreign_region"
    country_code: Mapped[str] = _fk("country.code", nullable=False)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_original: Mapped[str | None] = mapped_column(String(300))
    iso_code: Mapped[str | None] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(40))


class Organisation(Record, Base):
    __tablename__ = "organisation"
    name_ru: Mapped[str] = mapped_column(String(500))
    name_original: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40))
    side: Mapped[str] = mapped_column(String(10))
    country_code: Mapped[str | None] = _fk("country.code")
    region_id: Mapped[int | None] = _fk("foreign_region.id")
    city: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    phones: Mapped[str | None] = mapped_column(String(300))


class Person(Record, Base):
    __tablename__ = "person"
    name_ru: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str | None] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = _fk("organisation.id")
    position: Mapped[str | None] = mapped_column(String(500))
    level: Mapped[str | None] = mapped_column(String(40))
    phones: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))
    languages: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Event(Record, Base):
    __tablename__ = "event"
    name: Mapped[str] = mapped_column(String(500))
    series: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40))
    date_from: Mapped[date] = mapped_column(Date, index=True)
    date_to: Mapped[date | None] = mapped_column(Date)
    country_code: Mapped[str | None] = _fk("country.code")
    place: Mapped[str | None] = mapped_column(String(300))
    organiser: Mapped[str | None] = mapped_column(String(500))
    our_participation: Mapped[str | None] = mapped_column(String(1000))
    participation_level: Mapped[str | None] = mapped_column(String(40))
    outcome: Mapped[str | None] = mapped_column(Text)


class Agreement(Record, Base):
    __tablename__ = "agreement"
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(40))
    country_code: Mapped[str] = _fk("country.code", nullable=False)
    region_id: Mapped[int | None] = _fk("foreign_region.id")
    # Derived from the status history by the service, kept here to filter and sort fast.
    status: Mapped[str | None] = mapped_column(String(40), index=True)
    signed_on: Mapped[PartialDate | None] = mapped_column(PartialDateText, index=True)
    signed_place: Mapped[str | None] = mapped_column(String(300))
    spheres: Mapped[str | None] = mapped_column(String(500))
    languages: Mapped[str | None] = mapped_column(String(200))
    valid_from: Mapped[PartialDate | None] = mapped_column(PartialDateText)
    valid_to: Mapped[PartialDate | None] = mapped_column(PartialDateText)
    term: Mapped[str | None] = mapped_column(String(300))  # as written: «5 лет», «бессрочно»
    open_ended: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_prolongation: Mapped[bool] = mapped_column(Boolean, default=False)
    prolongation_terms: Mapped[str | None] = mapped_column(String(500))
    parent_id: Mapped[int | None] = _fk("agreement.id")
    reg_number: Mapped[str | None] = mapped_column(String(100))
    reg_date: Mapped[date | None] = mapped_column(Date)
    original_location: Mapped[str | None] = mapped_column(String(300))
    responsible_officer: Mapped[str | None] = mapped_column(String(300))


class AgreementParty(ChildRow, Base):
    __tablename__ = "agreement_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    side: Mapped[str] = mapped_column(String(10))
    organisation_id: Mapped[int] = _fk("organisation.id", nullable=False)
    signatory_id: Mapped[int | None] = _fk("person.id")
    signatory_position: Mapped[str | None] = mapped_column(String(500))


class AgreementStatus(ChildRow, Base):
    __tablename__ = "agreement_status"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(40))
    on_date: Mapped[date] = mapped_column(Date)
    document_ref: Mapped[str | None] = mapped_column(String(300))
    comment: Mapped[str | None] = mapped_column(String(1000))


class Delegation(Record, Base):
    __tablename__ = "delegation"
    purpose: Mapped[str] = mapped_column(String(1000))
    direction: Mapped[str] = mapped_column(String(10))
    format: Mapped[str] = mapped_column(String(10))
    date_from: Mapped[date] = mapped_column(Date, index=True)
    date_to: Mapped[date | None] = mapped_column(Date)
    country_code: Mapped[str] = _fk("country.code", nullable=False)
    places: Mapped[str | None] = mapped_column(String(500))
    host_organisation_id: Mapped[int | None] = _fk("organisation.id")
    head_person_id: Mapped[int | None] = _fk("person.id")
    head_level: Mapped[str | None] = mapped_column(String(40))
    programme: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[int | None] = _fk("event.id")
    status: Mapped[str] = mapped_column(String(20), index=True)
    report_submitted_on: Mapped[date | None] = mapped_column(Date)


class DelegationMember(ChildRow, Base):
    __tablename__ = "delegation_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = _fk("delegation.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = _fk("person.id")
    name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))


class DelegationAgreement(ChildRow, Base):
    __tablename__ = "delegation_agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = _fk("delegation.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False)


class TwinRelation(Record, Base):
    __tablename__ = "twin_relation"
    our_organisation_id: Mapped[int] = _fk("organisation.id", nullable=False)
    foreign_region_id: Mapped[int] = _fk("foreign_region.id", nullable=False)
    country_code: Mapped[str] = _fk("country.code", nullable=False)
    established_on: Mapped[PartialDate | None] = mapped_column(PartialDateText, index=True)
    basis_agreement_id: Mapped[int | None] = _fk("agreement.id")
    status: Mapped[str] = mapped_column(String(20), index=True)


class TwinStatus(ChildRow, Base):
    __tablename__ = "twin_status"
    id: Mapped[int] = mapped_column(primary_key=True)
    twin_id: Mapped[int] = _fk("twin_relation.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[PartialDate | None] = mapped_column(PartialDateText)
    side: Mapped[str | None] = mapped_column(String(10))
    comment: Mapped[str | None] = mapped_column(String(1000))


class ChangeLog(Base):
    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # create, update, delete, restore
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_change_log_record", "entity", "record_id"),)


# Entity name (as in desktop/domain/entities.py) -> model, and child list name -> model.
MODELS: dict[str, type[Record]] = {
    "regions": ForeignRegion,
    "organisations": Organisation,
    "people": Person,
    "events": Event,
    "agreements": Agreement,
    "delegations": Delegation,
    "twins": TwinRelation,
}
CHILD_MODELS: dict[str, tuple[type[Base], str]] = {
    "agreement_party": (AgreementParty, "agreement_id"),
    "agreement_status": (AgreementStatus, "agreement_id"),
    "delegation_member": (DelegationMember, "delegation_id"),
    "delegation_agreement": (DelegationAgreement, "delegation_id"),
    "twin_status": (TwinStatus, "twin_id"),
}


class Setting(Base):
    """Properties of the registry itself (the region's name, the officer), kept in the
    database so the GUI, the command line and every office computer see the same."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class RegistrySite(Base):
    """This copy of the registry (one row): its site id, its change counter, and for a copy
    taken away on a trip, where it came from and the office's counter at that moment."""

    __tablename__ = "registry_site"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    counter: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    origin_site: Mapped[str | None] = mapped_column(String(32))
    origin: Mapped[str | None] = mapped_column(Text)  # the office registry's path or URL
    base_counter: Mapped[int | None] = mapped_column(Integer)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    attachments_taken: Mapped[int | None] = mapped_column(Integer)  # the last attachment id


class BaseRecord(Base):
    """On a copy taken away: a record's values as they were taken, saved before its first
    change there (the base a three-way merge back into the office needs)."""

    __tablename__ = "base_record"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    values: Mapped[str] = mapped_column(Text)  # JSON, references by uid


class Tombstone(Base):
    """A record deleted for good: its uid stays known, so a copy's edit of it is told."""

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    uid: Mapped[str] = mapped_column(String(32), index=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime)
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False, index=True)


class MergedPackage(Base):
    """A package of changes from a copy, merged here: merged again, it changes nothing."""

    __tablename__ = "merged_package"
    package: Mapped[str] = mapped_column(String(100), primary_key=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[str | None] = mapped_column(Text)


class PendingConflict(Base):
    """A field both the office and a copy changed differently: kept for a person."""

    __tablename__ = "pending_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(80))
    base: Mapped[str | None] = mapped_column(Text)  # JSON of the value, references by id
    office: Mapped[str | None] = mapped_column(Text)
    laptop: Mapped[str | None] = mapped_column(Text)
    package: Mapped[str] = mapped_column(String(100))
    laptop_user: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_pending_conflict_record", "entity", "record_id"),)


class Attachment(Base):
    """A file kept beside a record (a scan, a letter, a translation). The file itself lives
    in ``attachments/`` beside the database under its SHA-256, so the same file is stored
    once however many records hold it."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(100))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_attachment_record", "entity", "record_id"),)


class AttachmentContent(Base):
    """The bytes of an attached file on a server, once per content (an SQLite registry keeps
    them in its ``attachments/`` folder instead): every officer sees the same files."""

    __tablename__ = "attachment_content"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class: the ``Record`` mixin and ``type[Base]`` do not
    declare ``__table__`` to the type checker, and Core inserts want the table itself."""
    return cast(Table, model.__table__)


# Tables declared in modules of their own (this one is at its size limit), joined here so
# that importing the models brings every table: results and plans of measures, memberships.
from .models_results import CHILD_MODELS as _OUTCOME_MODELS  # noqa: E402
from .models_ties import OrganisationMembership  # noqa: E402

CHILD_MODELS.update(_OUTCOME_MODELS)
CHILD_MODELS["organisation_membership"] = (OrganisationMembership, "member_id")
