"""The checkpoint write path in plain SQL.

A checkpoint is written three times a turn, always the same shapes: an UPDATE of the run and
multi-row INSERTs of steps, call records and a message. Going through the ORM compiled each
statement anew (~0.3 ms of CPU apiece; bench/runtime_overhead.py). Here each statement's text is
built once per shape, and every value still goes through its field's `get_db_prep_save`, exactly as
the ORM would send it (UUIDs, JSON, datetimes and decimals on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.db import connection
from django.db.models import Model


class RowInsert:
    def __init__(self, model: type[Model], attnames: list[str]) -> None:
        self.model = model
        by_attname = {f.attname: f for f in model._meta.concrete_fields}
        self.fields = [by_attname[name] for name in attnames]
        self.attnames = attnames

    def _statement(self, rows: int) -> str:
        return _insert_sql(self.model._meta.db_table, tuple(f.column for f in self.fields), rows)

    def execute(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # SQLite caps the parameters of one statement; chunk to stay under it.
        limit = connection.features.max_query_params or 65535
        per_statement = max(1, limit // len(self.fields))
        with connection.cursor() as cursor:
            for start in range(0, len(rows), per_statement):
                chunk = rows[start : start + per_statement]
                params = [
                    field.get_db_prep_save(row[name], connection)
                    for row in chunk
                    for field, name in zip(self.fields, self.attnames, strict=True)
                ]
                cursor.execute(self._statement(len(chunk)), params)


@lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...], rows: int) -> str:
    # Only model metadata (quoted table and column names) and placeholders go into the text;
    # every value is a parameter.
    quote = connection.ops.quote_name
    one_row = "(" + ", ".join(["%s"] * len(columns)) + ")"
    column_list = ", ".join(quote(c) for c in columns)
    values = ", ".join([one_row] * rows)
    return f"INSERT INTO {quote(table)} ({column_list}) VALUES {values}"  # noqa: S608


def update_where(model: type[Model], values: dict[str, Any], where: dict[str, Any]) -> int:
    """UPDATE model SET values WHERE all `where` equal; returns the number of rows changed."""
    meta = model._meta
    set_fields = [meta.get_field(name) for name in values]
    where_fields = [meta.get_field(name) for name in where]
    sql = _update_sql(
        meta.db_table, tuple(f.column for f in set_fields), tuple(f.column for f in where_fields)
    )
    params = [f.get_db_prep_save(values[f.name], connection) for f in set_fields]
    params += [f.get_db_prep_value(where[f.name], connection) for f in where_fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


@lru_cache(maxsize=64)
def _update_sql(table: str, set_columns: tuple[str, ...], where_columns: tuple[str, ...]) -> str:
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(c)} = %s" for c in set_columns)
    conditions = " AND ".join(f"{quote(c)} = %s" for c in where_columns)
    return f"UPDATE {quote(table)} SET {assignments} WHERE {conditions}"  # noqa: S608 (names only)
