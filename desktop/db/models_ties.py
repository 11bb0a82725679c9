"""Models added after ``models.py`` reached its size: an organisation's membership of
international organisations (which of our bodies and municipalities belong to which
association of inter-municipal cooperation, and since when)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.partial_dates import PartialDate
from .models import Base, ChildRow, PartialDateText, _fk


class OrganisationMembership(ChildRow, Base):
    __tablename__ = "organisation_membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    # the member: one of our bodies or municipalities (or any organisation)
    member_id: Mapped[int] = _fk("organisation.id", nullable=False, ondelete="CASCADE")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # the international organisation it belongs to
    organisation_id: Mapped[int] = _fk("organisation.id", nullable=False)
    since: Mapped[PartialDate | None] = mapped_column(PartialDateText)
    until: Mapped[PartialDate | None] = mapped_column(PartialDateText)
    comment: Mapped[str | None] = mapped_column(String(1000))
