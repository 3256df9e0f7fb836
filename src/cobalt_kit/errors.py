"""Typed exceptions for every documented failure of the Cobalt API.

Each carries what the API said (`status`, `code`, `message`, `request_id`) and nothing that was
sent: no credential, no query value, no body.
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

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


class APIConnectionError(CobaltError):
    """The API could not be reached (DNS, refused connection, TLS, broken connection)."""


class APITimeoutError(APIConnectionError):
    """The API did not answer within the client's timeout."""


class APIStatusError(CobaltError):
    """The API answered with an error status."""


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

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


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


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), if it has one."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


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
    if status == 429:
        return RateLimitError(text, retry_after=retry_after(response), **kwargs)
    if code in _BY_CODE:
        return _BY_CODE[code](text, **kwargs)
    if status in _BY_STATUS:
        return _BY_STATUS[status](text, **kwargs)
    if status >= 500:
        return ServerError(text, **kwargs)
    return UnexpectedResponseError(text, **kwargs)
