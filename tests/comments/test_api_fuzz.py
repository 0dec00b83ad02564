"""schemathesis: generated requests against every operation of the schema; no 5xx, all conform.

Excluded: "positive data acceptance" (a schema-valid body may still name a thread that does not
exist, or be a duplicate: the API answers 400/404/409 as documented) and "negative data
rejection" (free-text fields accept any string by design; the gate, not the schema, judges them).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings, strategies
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from config.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


@pytest.fixture(autouse=True)
def keep_the_test_connection() -> Iterator[None]:
    """Calling the WSGI app directly fires request_finished, which closes the database
    connection the test's transaction lives in (PostgreSQL then refuses every query). Django's
    own test client unhooks the same handler, for the same reason."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# One test per operation, parametrized here rather than by schemathesis' own `parametrize`,
# whose items share one node id: pytest-xdist then runs only one of them.
OPERATIONS = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
assert len(OPERATIONS) == sum(1 for _ in schema.get_all_operations()), "the schema has an error"
REQUESTS_PER_OPERATION = 150  # over 1,000 requests in all
SENT: list[int] = []


@pytest.mark.django_db
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
@settings(
    max_examples=REQUESTS_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck)
)
@given(data=strategies.data())
def test_generated_requests_never_fail_and_match_the_schema(operation, data, thread):
    case = data.draw(operation.as_strategy())
    response = case.call_and_validate(
        excluded_checks=[positive_data_acceptance, negative_data_rejection]
    )
    assert response.status_code < 500
    SENT.append(response.status_code)


def test_over_a_thousand_generated_requests_were_sent():
    """Runs after the generated tests above (file order): they really sent that many."""
    assert len(SENT) >= 1000, len(SENT)
