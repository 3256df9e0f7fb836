"""Moved to `cobalt_kit.variants` (one table for the client, the sandbox and the contract runner)."""

from cobalt_kit.variants import (
    BRANCH_KEYWORDS,
    ITEMS,
    REFINED,
    VARIANT,
    Alternatives,
    Naming,
    alternatives,
    fields_of,
    matches,
    name,
    operation_alternatives,
    response_schema,
)

__all__ = [
    "BRANCH_KEYWORDS",
    "ITEMS",
    "REFINED",
    "VARIANT",
    "Alternatives",
    "Naming",
    "alternatives",
    "fields_of",
    "matches",
    "name",
    "operation_alternatives",
    "response_schema",
]
