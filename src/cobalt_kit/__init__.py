"""The Cobalt API contract kit's hand-written Python: a client over the generated one, and its CLI.

from cobalt_kit import Cobalt

cobalt = Cobalt.from_env(base_url="mock")
for appointment in cobalt.appointments.list("2024-03-14", "2024-04-14"):
    print(appointment.id, appointment.status)
"""

from cobalt_kit.client import BASE_URLS, AsyncCobalt, Cobalt, Credentials
from cobalt_kit.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CobaltError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from cobalt_kit.transport import RetryPolicy

__all__ = [
    "BASE_URLS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCobalt",
    "AuthenticationError",
    "Cobalt",
    "CobaltError",
    "ConflictError",
    "Credentials",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
]
