"""The Cobalt API contract kit: a typed client over the generated one, and the `cobalt` command.

The sandbox (`cobalt_kit.sandbox`, extra `sandbox`) and the contract runner (`cobalt_kit.contract`,
extra `contract`) are separate homes: importing this package loads neither.

from cobalt_kit import Cobalt

cobalt = Cobalt.from_env(base_url="mock")
for appointment in cobalt.appointments.list("2024-03-14", "2024-04-14"):
    print(appointment.id, appointment.status)
"""

from cobalt_kit.client import AsyncCobalt, Cobalt, Credentials
from cobalt_kit.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentTypeError,
    AuthenticationError,
    CobaltError,
    ConflictError,
    InvalidArgumentError,
    InvalidRequestError,
    LoginRequiredError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from cobalt_kit.facts import base_urls
from cobalt_kit.transport import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AsyncCobalt",
    "AuthenticationError",
    "Cobalt",
    "CobaltError",
    "ConflictError",
    "Credentials",
    "InvalidArgumentError",
    "InvalidRequestError",
    "LoginRequiredError",
    "NotFoundError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
    "base_urls",
]
