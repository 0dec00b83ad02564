"""Names for hand-written SQL, taken from a model's own metadata and quoted for the database in
use. Only these go into a query's text; every value is a parameter.

The few queries that run on every submission are written by hand (building them through the ORM
cost more CPU than running them); both apps' hand-written queries name tables and columns here.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Field, Model


def table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def column(model: type[Model], name: str) -> str:
    """The quoted column of field `name` ("user" gives "user_id")."""
    field = model._meta.get_field(name)
    assert isinstance(field, Field), f"{model.__name__}.{name} is no column"
    return connection.ops.quote_name(field.column)
