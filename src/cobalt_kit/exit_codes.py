"""The exit codes of the `cobalt` command, each stated once: scripts branch on them, and every
command's --help epilog is written from here."""

from __future__ import annotations

from cobalt_kit.errors import (
    APIConnectionError,
    AuthenticationError,
    CobaltError,
    ConflictError,
    InvalidRequestError,
    LoginRequiredError,
    NotFoundError,
    RateLimitError,
    ServerError,
)

# The API's errors: checked in order, the first class the error is an instance of gives the code (so a
# subclass goes above its base).
EXIT_CODES: list[tuple[type[Exception], int, str]] = [
    (InvalidRequestError, 3, "invalid request"),
    (AuthenticationError, 4, "authentication"),
    (LoginRequiredError, 10, "EHR login lapsed (re-run Link in update mode)"),
    (NotFoundError, 5, "not found"),
    (ConflictError, 6, "conflict (status rule)"),
    (RateLimitError, 7, "rate limited"),
    (ServerError, 8, "server error"),
    (APIConnectionError, 9, "connection or timeout"),
    (CobaltError, 1, "unexpected answer"),
]
OK = 0
USAGE = 2
MEANINGS = {USAGE: "usage or configuration"} | {code: what for _, code, what in EXIT_CODES}
EXIT_HELP = f"Exit codes: {OK} ok, {', '.join(f'{code} {what}' for code, what in sorted(MEANINGS.items()))}."

# `cobalt contract`'s own: what the run found; a server it cannot reach is the API's connection error.
CONFORMS = OK
DEVIATIONS = 1
REFUSED = USAGE
UNREACHABLE = next(code for kind, code, _ in EXIT_CODES if kind is APIConnectionError)
CONTRACT_MEANINGS = {
    CONFORMS: "conforms",
    DEVIATIONS: "deviations found",
    REFUSED: "refused or misconfigured (nothing was sent)",
    UNREACHABLE: "the server could not be reached",
}
CONTRACT_EXIT_HELP = f"Exit codes: {', '.join(f'{code} {what}' for code, what in CONTRACT_MEANINGS.items())}."
