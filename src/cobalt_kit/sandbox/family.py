"""What a resource family is: the one interface between the shared core and a family's modules.

A family (appointments, webhooks, providers, ...) lives in `sandbox/families/<name>/`, as moto keeps
a service: `routes.py` (its paths: handlers by method), `handlers.py` (a validated call in, a status
and a body out), `model.py` (its behaviour, a `Model` on the shared core), `rules.py` (its pure
rules), `tables.py` (its SQL), `seed.py` (its demo data), `controls.py` (its test controls, under
`/_sandbox/`). The registry (`families/__init__.py`) lists the families; adding one is a new folder
and one line there. The shared core keeps what every family uses: HTTP intake and the compiled
checks (app.py, checks.py), the transaction, clocks and resets (core.py), the outbox and its courier
(store.py, delivery.py), faults and the journal (controls.py, faults.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from cobalt_kit.sandbox.refusals import NotAccepted as NotAccepted  # what the families' rules raise

if TYPE_CHECKING:
    from cobalt_kit.sandbox.core import Core, Origin
    from cobalt_kit.sandbox.handlers import Answer, Call

# A family's operation: a function of its model and the call (core.py imports this module, and
# handlers.py core.py: the names are only the type checker's here).
Handler = Callable[[Any, "Call"], "Answer"]


@dataclass(frozen=True)
class PathItem:
    """One path of a family: its handlers by method. `with_token` False: the operation takes the
    integration's client_id and client_secret only (webhook registration: no practice)."""

    path: str
    handlers: Mapping[str, Handler]
    with_token: bool = True


class Model:
    """A family's behaviour on the shared core. Every hook is optional; the core calls each at its
    moment, inside the transaction it holds (so a hook only writes through its family's tables)."""

    # The family's name: its key in the registry and in `Core.families`.
    name: ClassVar[str]

    def __init__(self, core: Core) -> None:
        self.core = core

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        """A new (or just reset) practice's data: the demo data, or none (`demo` False). The first
        practice keeps the ids of the reference's examples (`with_reference_ids`)."""

    def forget(self, practice: str, origin: Origin) -> None:
        """A practice's reset: its rows gone (the core forgets the token's events)."""

    def forget_all(self) -> None:
        """A reset of the whole sandbox: every row gone."""

    def settle_due(self) -> None:
        """What the EHR answers by now (a pending booking that is due), with its events. Run at the
        start of every transaction; a family with nothing asynchronous leaves it alone."""

    def next_due(self) -> float:
        """The earliest time something the family holds pending comes due (inf: nothing): with
        `settle_due`, which is not run again before then while nothing is written."""
        return math.inf


@dataclass(frozen=True)
class Family:
    """A family as the registry lists it: its model and its paths in the API and in the controls."""

    model: type[Model]
    paths: Sequence[PathItem] = ()
    controls: Sequence[PathItem] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.model.name
