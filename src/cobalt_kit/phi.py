"""Which fields hold patient data: the document's marks, read from the document and nowhere else.

Each property (and parameter) of the document that holds patient data carries `x-phi: true` (a
value that identifies or describes a patient: a name, an MRN, a date of birth, a phone number,
insurance) or `x-phi: text` (free text that may hold any of it: notes, reasons, messages); one that
does not, in an object that holds patient data, carries `x-phi: false`. A credential in a body (a
webhook secret) carries `x-secret: true`. The validating proxy's recorder, the contract runner's
redaction and the sandbox's log filter read these marks; `problems` is the lint rule that holds the
document to them (tests/test_phi_marks.py).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

PHI = "x-phi"
SECRET = "x-secret"
# `x-phi: text`: free text, replaced whole (its words are not told apart).
TEXT = "text"
MARK_VALUES = (True, False, TEXT)
# Names that look like patient data: a property or parameter so named is marked explicitly, one
# way or the other (a provider's phone is `x-phi: false`), so that a new schema cannot leave one out.
PATIENT_HINTS = re.compile(
    r"patient|mrn|dob|birth|phone|note|insurance|first_name|last_name|gender|sex|ssn|address|email|diagnos|medication"
)


@dataclass(frozen=True)
class Marks:
    """The names the document marks, by kind (a name marked in one schema is marked everywhere it is
    read by name: a log line or a report has no schema to tell which object a field came from)."""

    phi: frozenset[str]
    text: frozenset[str]
    secret: frozenset[str]
    parameters: frozenset[str]

    @property
    def sensitive(self) -> frozenset[str]:
        return self.phi | self.text | self.secret | self.parameters


def _blocks(node: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every `properties` block of the document, with where it is (for the lint's messages)."""
    if isinstance(node, Mapping):
        properties = node.get("properties")
        if isinstance(properties, Mapping) and all(isinstance(p, Mapping) for p in properties.values()):
            yield f"{where}/properties", properties
        for key, child in node.items():
            yield from _blocks(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _blocks(child, f"{where}/{index}")


def _parameters(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name, parameter in document.get("components", {}).get("parameters", {}).items():
        yield f"#/components/parameters/{name}", parameter
    for path, item in document.get("paths", {}).items():
        for key, operation in item.items():
            inline = item["parameters"] if key == "parameters" else (operation or {}).get("parameters", [])
            for index, parameter in enumerate(inline if isinstance(inline, list) else []):
                if "$ref" not in parameter:
                    yield f"paths/{path}/{key}/parameters/{index}", parameter


def marks(document: Mapping[str, Any]) -> Marks:
    phi: set[str] = set()
    text: set[str] = set()
    secret: set[str] = set()
    for _where, block in _blocks(document, "#"):
        for name, schema in block.items():
            if schema.get(PHI) is True:
                phi.add(name)
            elif schema.get(PHI) == TEXT:
                text.add(name)
            if schema.get(SECRET) is True:
                secret.add(name)
    parameters = {str(p["name"]) for _where, p in _parameters(document) if p.get(PHI) in (True, TEXT)}
    return Marks(frozenset(phi), frozenset(text), frozenset(secret), frozenset(parameters))


@functools.cache
def shipped() -> Marks:
    """The marks of the document the kit ships (read once)."""
    import yaml

    from cobalt_kit.document import spec_path

    return marks(yaml.load(spec_path().read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def problems(document: Mapping[str, Any]) -> list[str]:
    """Where the document breaks the marking rule (empty when it keeps it): a `properties` block with
    a property marked `x-phi: true` or `text` marks every property; a property or parameter whose
    name looks like patient data is marked; every mark is true, false or text."""
    found = []
    for where, block in _blocks(document, "#"):
        bearing = any(schema.get(PHI) in (True, TEXT) for schema in block.values())
        for name, schema in block.items():
            if PHI in schema and schema[PHI] not in MARK_VALUES:
                found.append(f"{where}/{name}: x-phi is {schema[PHI]!r}, not true, false or text")
            elif PHI not in schema and bearing:
                found.append(f"{where}/{name}: unmarked in an object that holds patient data (add x-phi)")
            elif PHI not in schema and PATIENT_HINTS.search(name):
                found.append(f"{where}/{name}: its name looks like patient data (add x-phi: true, text or false)")
    for where, parameter in _parameters(document):
        if PHI not in parameter and PATIENT_HINTS.search(str(parameter.get("name", ""))):
            found.append(f"{where} ({parameter.get('name')}): its name looks like patient data (add x-phi)")
    return found


class RedactingFilter(logging.Filter):
    """Blanks the value after any marked name in a log record (`name=value`, `'name': 'value'`,
    `"name": "value"`), whatever wrote it: a traceback's locals, a dict in a message, a query string.
    What it cannot see is a value without its name (documented in docs/proxy.md)."""

    def __init__(self, names: frozenset[str]) -> None:
        super().__init__()
        # No name at all (a document without marks) matches nothing, not every `key: value`.
        alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or r"(?!)"
        self._pattern = re.compile(
            rf"""(?P<key>["']?\b(?:{alternatives})\b["']?\s*[:=]\s*)(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,&}}\]]+)"""
        )

    def redact(self, text: str) -> str:
        return self._pattern.sub(lambda m: f"{m.group('key')}[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install_log_filter(*loggers: str) -> RedactingFilter:
    """The shipped document's marks, as a filter on each named logger (once each)."""
    found = RedactingFilter(shipped().sensitive)
    for name in loggers:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(found)
    return found
