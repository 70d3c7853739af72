"""Property-based fuzz of the OpenAPI schema (schemathesis): no 5xx, answers as documented.

In-process only (ASGI), a bounded number of examples per operation, a fixed seed of generated
data from the schema plus schemathesis' own checks: status codes, content types and response
bodies conform to ``/openapi.json``; every error body is the contract's error shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.main import create_app
from api.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ERROR_SCHEMA = json.loads(
    (SHARED / "schemas" / "lint" / "api-error.schema.json").read_text(encoding="utf-8")
)
MAX_EXAMPLES = 25


# An in-memory corpus store: the fuzz writes nothing to disk. Built at import: schemathesis'
# fixture loader relies on a pytest internal that pytest 9 removed.
APP = create_app(
    Settings(corpus_path=Path(":memory:"), addin_dir=None, preload_nlp=False, timeout_s=120)
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_and_documented_answers(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
    if response.status_code >= 400:
        jsonschema.validate(response.json(), ERROR_SCHEMA)
