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


def update_many(model: type[Model], rows: list[tuple[Any, Any, dict[str, Any]]], guard: str) -> set[Any]:
    """Update many rows in one statement: `rows` are (pk, guard value, values), all with the same
    value keys. Only rows whose `guard` column still equals the guard value change. Returns the
    primary keys changed. PostgreSQL gets one `UPDATE ... FROM (VALUES ...)`; other databases one
    UPDATE per row (they are not where throughput is measured)."""
    if not rows:
        return set()
    meta = model._meta
    pk_field = meta.pk
    if connection.vendor != "postgresql":
        changed = set()
        for pk, guard_value, values in rows:
            if update_where(model, values, {pk_field.name: pk, guard: guard_value}):
                changed.add(pk)
        return changed
    names = list(rows[0][2])
    fields = [meta.get_field(name) for name in names]
    guard_field = meta.get_field(guard)
    sql = _update_many_sql(
        meta.db_table,
        pk_field.column,
        pk_field.db_type(connection),
        guard_field.column,
        guard_field.db_type(connection),
        tuple((f.column, f.db_type(connection)) for f in fields),
        len(rows),
    )
    params: list[Any] = []
    for pk, guard_value, values in rows:
        params.append(pk_field.get_db_prep_value(pk, connection))
        params.append(guard_field.get_db_prep_value(guard_value, connection))
        params.extend(f.get_db_prep_save(values[f.name], connection) for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {pk_field.to_python(row[0]) for row in cursor.fetchall()}


@lru_cache(maxsize=64)
def _update_many_sql(
    table: str,
    pk_column: str,
    pk_type: str,
    guard_column: str,
    guard_type: str,
    columns: tuple[tuple[str, str], ...],
    rows: int,
) -> str:
    quote = connection.ops.quote_name
    # Casts on every placeholder: VALUES rows carry no column types of their own.
    one_row = (
        "(" + ", ".join([f"%s::{pk_type}", f"%s::{guard_type}", *(f"%s::{t}" for _, t in columns)]) + ")"
    )
    aliases = ["_pk", "_guard", *(f"v{i}" for i in range(len(columns)))]
    assignments = ", ".join(
        f"{quote(column)} = v.{alias}" for (column, _), alias in zip(columns, aliases[2:], strict=True)
    )
    return (
        f"UPDATE {quote(table)} AS t SET {assignments} "  # noqa: S608 (names only)
        f"FROM (VALUES {', '.join([one_row] * rows)}) AS v({', '.join(aliases)}) "
        f"WHERE t.{quote(pk_column)} = v._pk AND t.{quote(guard_column)} = v._guard "
        f"RETURNING t.{quote(pk_column)}"
    )
