"""Typed exceptions for every documented failure of the Cobalt API.

Each carries what the API said (`status`, `code`, `message`, `request_id`) and nothing that was
sent: no credential, no query value, no body.
"""

from __future__ import annotations

import email.utils
import re
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: webhook signing imports this module with the standard library alone
    import httpx


class CobaltError(Exception):
    """Base of every error this package raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [f"{self.status}" if self.status else "", f"[{self.code}]" if self.code else "", self.message]
        text = " ".join(p for p in parts if p)
        return f"{text} (request id {self.request_id})" if self.request_id else text


class InvalidArgumentError(CobaltError, ValueError):
    """An argument the document forbids, refused before anything is sent; `field` is its Python name.
    The message names the field and the rule, never the value (it can be patient data)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of a Python type the field does not take (e.g. a number where a date goes)."""


class APIConnectionError(CobaltError):
    """The API could not be reached (DNS, refused connection, TLS, broken connection)."""


class APITimeoutError(APIConnectionError):
    """The API did not answer within the client's timeout."""


class APIStatusError(CobaltError):
    """The API answered with an error status; `retry_after` is the wait its `Retry-After` asked for, in
    seconds, when it sent a sane one (on a 429 or a 5xx the client did not sit out)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InvalidRequestError(APIStatusError):
    """400 or 422: a parameter or field is missing or malformed."""


class AuthenticationError(APIStatusError):
    """401: a credential header is missing or wrong."""


class LoginRequiredError(APIStatusError):
    """403 `login_required`: the provider's EHR login lapsed (a changed password, new MFA rules, a
    locked login). Run Cobalt Link again in update mode for this access token, then retry."""

    HINT = "re-run Cobalt Link in update mode for this provider's access token, then retry"

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(f"{message} ({self.HINT})", **kwargs)


class NotFoundError(APIStatusError):
    """404: no appointment with this id is visible to this access token."""


class ConflictError(APIStatusError):
    """409: the change is not allowed in the appointment's current status."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` says how many seconds to wait, when the API said."""


class ServerError(APIStatusError):
    """5xx: the API or the EHR behind it failed; the request may be retried later."""


class UnexpectedResponseError(CobaltError):
    """The API answered with a status or a body the document does not describe."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidRequestError,
    429: RateLimitError,
}
# Checked before the status: the vendor names this failure, in `error` (its example) or `code`.
_BY_CODE: dict[str, type[APIStatusError]] = {"login_required": LoginRequiredError}


# A longer Retry-After is no delay a client could sit out: a garbled header, a proxy's misconfiguration
# or a date centuries away. It is read as no hint at all, as are infinite, negative and unreadable ones.
SANE_RETRY_AFTER = 86_400.0
# delay-seconds (RFC 9110 10.2.3) is digits; a fraction is read too. float() alone would take "inf",
# "nan", "1e308" and "-5"; the digit bound keeps int-to-float conversion from overflowing.
_DELAY_SECONDS = re.compile(r"[0-9]{1,12}(\.[0-9]{1,9})?")


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date, a past date meaning now);
    None without one, or when it is no sane delay (see SANE_RETRY_AFTER)."""
    value = response.headers.get("Retry-After", "").strip()
    if _DELAY_SECONDS.fullmatch(value):
        seconds = float(value)
    else:
        try:
            seconds = max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return seconds if seconds <= SANE_RETRY_AFTER else None


def error_from_response(response: httpx.Response) -> CobaltError:
    """The typed exception for an error response (the body must have been read)."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    message = body.get("message") if isinstance(body.get("message"), str) else None
    code = next((body[name] for name in ("code", "error") if isinstance(body.get(name), str)), None)
    request_id = body.get("request_id") or response.headers.get("X-Request-Id")
    kwargs: dict[str, Any] = {"status": status, "code": code, "request_id": request_id}
    text = message or f"{response.reason_phrase or 'error'} (no message in the response body)"
    # A 429 stays a RateLimitError whatever it names: its Retry-After is what a caller acts on.
    kind = (_BY_CODE.get(code or "") if status != 429 else None) or _BY_STATUS.get(status)
    if kind is None and status >= 500:
        kind = ServerError
    if kind is None:
        return UnexpectedResponseError(text, **kwargs)
    return kind(text, retry_after=retry_after(response), **kwargs)
