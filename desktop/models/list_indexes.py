"""Covering indexes that keep the record lists fast over 100,000 cached records (SPEC §10).

Every cached record also keeps the whole server row as JSON (``data``, about 1.2 KB), so an
``applications`` row fills a third of a page and a query that has to look at every row — a
sort, a "contains" on a name, a §5.2 combination — reads some 200 MB. Each index below holds
the columns the lists sort and filter by (everything but the JSON and the long texts), so the
list's id query scans a narrow copy maintained by SQLite itself instead of the rows: the
measured difference on 100,000 applications is about 210 → 95 ms to open a list and 145 →
35 ms for a five-condition query (``bench/ui_figures.py``).

The list's id query names the index (``INDEXED BY``, ``desktop.models.list_queries``): without
statistics SQLite would rather walk an index in sort order and fetch every row. Row fetches
by id still use the primary key. ``ix_applicants_names`` lets the join that puts the
applicant's name beside a ship be answered from the index too.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, ClassVar

from sqlalchemy import Index, Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Alias
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.models.mirror import Applicant, Application, Completion

_WIDE = frozenset({"data", "machine_formula", "joint_review_problems", "note"})


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _covering(model: type) -> Index:
    table = _table(model)
    columns = [column for column in table.c if column.name not in _WIDE | {"id"}]
    return Index(f"ix_{table.name}_list", *columns, table.c.id)


APPLICATIONS_LIST = _covering(Application)
COMPLETIONS_LIST = _covering(Completion)
APPLICANTS_NAMES = Index(
    "ix_applicants_names",
    _table(Applicant).c.id,
    _table(Applicant).c.name,
    _table(Applicant).c.applicant_type,
)

LIST_INDEXES = MappingProxyType(
    {"applications": APPLICATIONS_LIST.name, "completions": COMPLETIONS_LIST.name}
)
"""Kind → the covering index its list's id query scans."""


class IndexedTable(Alias):
    """``applications AS applications INDEXED BY ix_applications_list`` on SQLite.

    SQLAlchemy has no SQLite index hints, so this alias (named like its table, so the SQL reads
    as plain as the table's) appends the clause when it is rendered in a FROM list.
    """

    inherit_cache = True
    _traverse_internals: ClassVar[list[tuple[str, Any]]] = [
        *Alias._traverse_internals,
        ("index_name", InternalTraversal.dp_string),
    ]
    index_name: str

    @classmethod
    def of(cls, table: Table, index_name: str) -> IndexedTable:
        alias = cls._construct(table, name=table.name)
        alias.index_name = index_name
        return alias


@compiles(IndexedTable)
def _render_indexed(element: IndexedTable, compiler: SQLCompiler, **kw: Any) -> str:
    text: str = compiler.visit_alias(element, **kw)
    if kw.get("asfrom") and compiler.dialect.name == "sqlite":
        return f"{text} INDEXED BY {element.index_name}"
    return text
