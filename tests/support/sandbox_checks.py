"""The sandbox's schemathesis checks (loaded through SCHEMATHESIS_HOOKS): the credential check, and
`positive_data_acceptance` narrowed around the rules a schema cannot state.

Some of the vendor's rules hold between two parameters (a daily limit needs its type; two
providers fetch one day) or depend on the practice (its visit types, its EHR's live fetch), and no
JSON Schema states them: a request the schema takes may still be refused. The document lists each
such refusal as an example of the operation's 400 answer; a 400 with one of those messages, word
for word, is the document's own rule, and every other case goes to the built-in check.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

from support.credential_checks import wrong_credential_value_refused  # noqa: F401 - registers it


def _resolved(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def documented_refusals(case) -> set[str]:
    document = case.operation.schema.raw_schema
    answer = case.operation.definition.raw.get("responses", {}).get("400")
    if answer is None:
        return set()
    examples = _resolved(document, answer).get("content", {}).get("application/json", {}).get("examples", {})
    return {_resolved(document, example)["value"].get("message") for example in examples.values()}


@schemathesis.check
def positive_data_acceptance_but_the_documented_rules(ctx, response, case):
    if response.status_code == 400:
        try:
            message = response.json().get("message")
        except ValueError:
            message = None
        if message in documented_refusals(case):
            return None
    return positive_data_acceptance(ctx, response, case)
