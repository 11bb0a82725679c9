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
    MetaData,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names survive SQLite's batch table rebuilds in migrations.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's declared_attr signature
        # SQLAlchemy refuses an UPDATE whose row has moved on meanwhile (optimistic locking).
        return {"version_id_col": cls.version}


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
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    signed_place: Mapped[str | None] = mapped_column(String(300))
    spheres: Mapped[str | None] = mapped_column(String(500))
    languages: Mapped[str | None] = mapped_column(String(200))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    open_ended: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_prolongation: Mapped[bool] = mapped_column(Boolean, default=False)
    prolongation_terms: Mapped[str | None] = mapped_column(String(500))
    parent_id: Mapped[int | None] = _fk("agreement.id")
    reg_number: Mapped[str | None] = mapped_column(String(100))
    reg_date: Mapped[date | None] = mapped_column(Date)
    original_location: Mapped[str | None] = mapped_column(String(300))
    responsible_officer: Mapped[str | None] = mapped_column(String(300))


class AgreementParty(Base):
    __tablename__ = "agreement_party"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    side: Mapped[str] = mapped_column(String(10))
    organisation_id: Mapped[int] = _fk("organisation.id", nullable=False)
    signatory_id: Mapped[int | None] = _fk("person.id")
    signatory_position: Mapped[str | None] = mapped_column(String(500))


class AgreementStatus(Base):
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


class DelegationMember(Base):
    __tablename__ = "delegation_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = _fk("delegation.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = _fk("person.id")
    name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))


class DelegationAgreement(Base):
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
    established_on: Mapped[date | None] = mapped_column(Date, index=True)
    basis_agreement_id: Mapped[int | None] = _fk("agreement.id")
    status: Mapped[str] = mapped_column(String(20), index=True)


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
}


class Setting(Base):
    """Properties of the registry itself (the region's name, the officer), kept in the
    database so the GUI, the command line and every office computer see the same."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


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


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class: the ``Record`` mixin and ``type[Base]`` do not
    declare ``__table__`` to the type checker, and Core inserts want the table itself."""
    return cast(Table, model.__table__)
