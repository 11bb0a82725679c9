"""The child rows of what came of a tie (``domain/entities/outcomes.py``): an agreement's or
a twin relation's results and its plan of measures. Kept apart from ``models.py`` for its
size; registered in ``CHILD_MODELS`` there like every child list."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.partial_dates import PartialDate
from .models import Base, ChildRow, PartialDateText, _fk


class _Result:
    """A result: when, what kind of thing, what was done, the delegation or event it was."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    on_date: Mapped[PartialDate] = mapped_column(PartialDateText)
    kind: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(4000))
    delegation_id: Mapped[int | None] = _fk("delegation.id")
    event_id: Mapped[int | None] = _fk("event.id")
    document_ref: Mapped[str | None] = mapped_column(String(300))


class _PlanItem:
    """A measure of a plan: what, by when, who answers for it, its status and done day."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str] = mapped_column(String(4000))
    deadline: Mapped[PartialDate | None] = mapped_column(PartialDateText, index=True)
    responsible: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), index=True)
    done_on: Mapped[date | None] = mapped_column(Date)


class AgreementResult(_Result, ChildRow, Base):
    __tablename__ = "agreement_result"
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False, ondelete="CASCADE")


class AgreementPlanItem(_PlanItem, ChildRow, Base):
    __tablename__ = "agreement_plan_item"
    agreement_id: Mapped[int] = _fk("agreement.id", nullable=False, ondelete="CASCADE")


class TwinResult(_Result, ChildRow, Base):
    __tablename__ = "twin_result"
    twin_id: Mapped[int] = _fk("twin_relation.id", nullable=False, ondelete="CASCADE")


class TwinPlanItem(_PlanItem, ChildRow, Base):
    __tablename__ = "twin_plan_item"
    twin_id: Mapped[int] = _fk("twin_relation.id", nullable=False, ondelete="CASCADE")


CHILD_MODELS: dict[str, tuple[type[Base], str]] = {
    "agreement_result": (AgreementResult, "agreement_id"),
    "agreement_plan_item": (AgreementPlanItem, "agreement_id"),
    "twin_result": (TwinResult, "twin_id"),
    "twin_plan_item": (TwinPlanItem, "twin_id"),
}
