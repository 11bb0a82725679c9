"""Arbitrary input never escapes as an unhandled exception: every form's validation and the
import either accept a value (and then save exactly it) or say why not."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.domain.entities import ALL
from desktop.domain.fields import Kind
from desktop.domain.validation import clean
from desktop.excel.columns import header, sheet_columns
from desktop.excel.importer import read_import
from desktop.services.errors import ValidationFailed
from desktop.services.importing import apply_import

anything = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.lists(st.text(max_size=8), max_size=3),
    st.sampled_from(
        [
            "",
            " ",
            "01.02.2024",
            "2024-02-30",
            "CN",
            "Китай",
            "=1+1",
            "@x",
            "+7 912 345-67-89",
            "a@b.c",
            "\x00\x07",
            "黑龙江",
            "draft",
        ]
    ),
)


@st.composite
def record_values(draw, entity):
    values = {}
    for field in entity.fields:
        if draw(st.booleans()):
            values[field.name] = draw(anything)
    for child in entity.children:
        if draw(st.booleans()):
            values[child.name] = draw(
                st.lists(
                    st.fixed_dictionaries({f.name: anything for f in child.fields}), max_size=3
                )
            )
    return values


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_validation_of_every_form_never_raises(data):
    for entity in ALL:
        values = data.draw(record_values(entity))
        cleaned, problems = clean(entity, values)
        assert isinstance(problems, list)
        for problem in problems:
            assert problem.text()  # a message can be shown for it
        if not problems:
            for field in entity.fields:
                if field.kind is Kind.DATE and cleaned.get(field.name) is not None:
                    assert isinstance(cleaned[field.name], date)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_saving_keeps_what_was_accepted(services, data):
    entity = data.draw(
        st.sampled_from(
            [e for e in ALL if not any(f.kind is Kind.REF and f.required for f in e.fields)]
        )
    )
    values = data.draw(record_values(entity))
    cleaned, problems = clean(entity, values)
    try:
        record_id = services[entity.name].create(values).ids[0]
    except ValidationFailed as refused:
        assert refused.problems == problems
        return
    except Exception as exc:  # references to records that do not exist are refused by SQL
        assert "FOREIGN KEY" in str(exc), exc
        return
    assert not problems
    saved = services[entity.name].get(record_id)
    for field in entity.fields:
        if field.editable:
            assert saved[field.name] == cleaned[field.name], field.name


cell = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 1, 1)),
    st.booleans(),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_import_of_arbitrary_cells_never_raises(services, tmp_path_factory, data):
    entity = data.draw(st.sampled_from(ALL))
    columns = [c for c in sheet_columns(entity)]
    chosen = data.draw(st.lists(st.sampled_from(columns), min_size=2, max_size=6, unique=True))
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(chosen), max_size=len(chosen)), max_size=4)
    )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([header(c, data.draw(st.sampled_from(["ru", "en"]))) for c in chosen])
    for row in rows:
        # a cell cannot hold control characters at all: what an office file could contain
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    for line in sheet.iter_rows():
        for c in line:
            if isinstance(c.value, str):
                c.data_type = "s"
    path = tmp_path_factory.mktemp("imp") / "in.xlsx"
    workbook.save(path)
    plan = read_import(services, entity.name, path)
    if plan.ok and (plan.creates or plan.updates):
        try:
            apply_import(services, plan)
        except Exception as exc:  # a reference to a missing record, caught by SQL
            assert "FOREIGN KEY" in str(exc), exc
    for problem in plan.problems:
        assert problem.text("ru")
