"""Every environment variable the kit reads, every default it falls back to, and the one credential
rule, spelled once. The client, the CLI (through click's `envvar=`), the contract runner, the plugin
and the sandbox read them from here; tests/test_config.py checks that no other module of the package
spells a `COBALT_*` or `SANDBOX_*` variable.

The kit's own variables are namespaced `COBALT_*`, so that a customer's CI environment (where a
`SANDBOX_PORT` may well mean something else) does not reach into the kit. The earlier names are still
read, for one minor release, when the new one is unset: with a DeprecationWarning that is shown.
"""

from __future__ import annotations

import ipaddress
import os
import warnings
from collections.abc import Mapping
from urllib.parse import urlsplit

from cobalt_kit.facts import CREDENTIAL_HEADERS, DEMO_CREDENTIALS, PRODUCTION_URL

# Where the kit reads each credential from when none is given.
CREDENTIAL_ENVIRONMENT = {
    "client_id": "COBALT_CLIENT_ID",
    "client_secret": "COBALT_CLIENT_SECRET",
    "access_token": "COBALT_ACCESS_TOKEN",
}
BASE_URL_ENVIRONMENT = "COBALT_BASE_URL"
# Where `cobalt webhooks listen` reads the webhook secret from when it registers no URL itself.
WEBHOOK_SECRET_ENVIRONMENT = "COBALT_WEBHOOK_SECRET"
# Where Prism is looked for first (then PATH, then a checkout's mock/).
PRISM_ENVIRONMENT = "COBALT_PRISM"
# The sandbox's settings (sandbox/settings.py reads them; `cobalt sandbox`'s options override them).
SANDBOX_DB = "COBALT_SANDBOX_DB"
SANDBOX_BOOKING_DELAY = "COBALT_SANDBOX_BOOKING_DELAY"
SANDBOX_CREDENTIALS = "COBALT_SANDBOX_CREDENTIALS"
SANDBOX_SHAPES = "COBALT_SANDBOX_SHAPES"
SANDBOX_WEBHOOK_HOSTS = "COBALT_SANDBOX_WEBHOOK_HOSTS"
SANDBOX_RESET = "COBALT_SANDBOX_RESET"
# A running sandbox the pytest plugin's fixtures use instead of their own (its controls over HTTP).
SANDBOX_URL_ENVIRONMENT = "COBALT_SANDBOX_URL"

# The local stand-ins: the address they listen on, and the variable and default port of each.
LOCAL_HOST = "127.0.0.1"
LOCAL_PORTS = {"mock": ("COBALT_MOCK_PORT", 4010), "sandbox": ("COBALT_SANDBOX_PORT", 4020)}
# Where `cobalt webhooks listen` listens unless told.
WEBHOOK_LISTEN_PORT = 4030

# The sandbox's defaults. The database is relative to where the sandbox is started: `make sandbox`
# keeps it in the checkout's .sandbox/.
DEFAULT_DB = ".sandbox/cobalt.db"
DEFAULT_BOOKING_DELAY = 1.0
# The wire shapes the sandbox can answer in; the first is the default.
SHAPES = ("reference", "current", "newest")

# `cobalt contract`'s pace and depth: requests a second at most, generated requests per operation.
CONTRACT_RATE = 2.0
CONTRACT_EXAMPLES = 20

# The Prism release the kit is tested with: mock/package.json pins it (tests/test_facts.py holds the two
# equal); named in the message that says how to install it.
PRISM_VERSION = "5.14.2"

# The names before the COBALT_ namespace, read for one minor release when the new one is unset.
DEPRECATED_NAMES = {
    "COBALT_MOCK_PORT": "MOCK_PORT",
    "COBALT_SANDBOX_PORT": "SANDBOX_PORT",
    SANDBOX_DB: "SANDBOX_DB",
    SANDBOX_BOOKING_DELAY: "SANDBOX_BOOKING_DELAY",
    SANDBOX_CREDENTIALS: "SANDBOX_CREDENTIALS",
    SANDBOX_SHAPES: "SANDBOX_SHAPES",
    SANDBOX_WEBHOOK_HOSTS: "SANDBOX_WEBHOOK_HOSTS",
    SANDBOX_RESET: "SANDBOX_RESET",
}


class DeprecatedVariable(DeprecationWarning):
    """An environment variable of the kit set under its name from before the COBALT_ namespace."""


# Python hides a DeprecationWarning raised outside __main__; this one concerns whoever set the
# variable (a shell, a CI job), so it is shown, once per variable. Only this category is affected.
warnings.filterwarnings("default", category=DeprecatedVariable)


def read(variable: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The value of one of the kit's variables: None when unset or empty (an empty value is a shell's
    way of unsetting). Under the earlier name when only that is set, with a DeprecatedVariable."""
    env = os.environ if environ is None else environ
    value = env.get(variable)
    old = DEPRECATED_NAMES.get(variable)
    if not value and old and env.get(old):
        warnings.warn(f"{old} is deprecated: set {variable} instead", DeprecatedVariable, stacklevel=2)
        value = env[old]
    return value or None


def local_port(name: str, environ: Mapping[str, str] | None = None) -> int:
    """The port of the local stand-in `name` (mock, sandbox): its variable, else its default."""
    variable, default = LOCAL_PORTS[name]
    value = read(variable, environ) or str(default)
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError(f"{variable} must be a port number (1-65535), not {value!r}")
    return int(value)


def base_urls(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The named base URLs: production, and mock and sandbox on their ports (LOCAL_PORTS)."""
    local = {name: f"http://{LOCAL_HOST}:{local_port(name, environ)}" for name in LOCAL_PORTS}
    return {"production": PRODUCTION_URL, **local}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str, environ: Mapping[str, str] | None = None) -> str:
    """A named base URL (production, mock, sandbox) or a URL; plain http only to a loopback address."""
    named = base_urls(environ)
    url = named.get(base_url, base_url).rstrip("/")
    parts = urlsplit(url)
    # A user name or password in the URL would be sent nowhere (the credentials are the three headers),
    # yet shown wherever the URL is: httpx logs it with every request.
    shown = "a URL with a user name or password" if "@" in url else repr(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be {', '.join(named)} or an http(s) URL, not {shown}")
    if "@" in parts.netloc:
        raise ValueError("base_url must not carry a user name or password: the credentials go in their own headers")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"refusing plain http to {parts.hostname}: patient data must travel over https "
            "(plain http is allowed to loopback addresses only)"
        )
    return url


def base_url(given: str | None = None, environ: Mapping[str, str] | None = None, default: str = "production") -> str:
    """The base URL to use: `given`, else COBALT_BASE_URL, else `default`; resolved (resolve_base_url)."""
    env = os.environ if environ is None else environ
    return resolve_base_url(given or env.get(BASE_URL_ENVIRONMENT) or default, environ)


def credentials(
    url: str, given: tuple[str | None, str | None, str | None] = (None, None, None),
    environ: Mapping[str, str] | None = None,
) -> dict[str, str]:  # fmt: skip
    """THE credential rule, for the client, the CLI and the contract runner alike: the credentials
    `given` (client_id, client_secret, access_token) when any is; else COBALT_CLIENT_ID,
    COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN when all are set; else, when none is and `url` is a
    stand-in on this machine (a loopback address), the sandbox's demo set. Otherwise ValueError naming
    what to set: none set for a remote host (a made-up credential is never sent there), or some but not
    all (a half-configured environment is a mistake, not a wish for the demo set). An empty value given
    is kept: the client refuses it, naming the credential."""
    if any(value is not None for value in given):
        return dict(zip(CREDENTIAL_HEADERS, (value or "" for value in given), strict=True))
    env = os.environ if environ is None else environ
    values = {name: env.get(variable, "") for name, variable in CREDENTIAL_ENVIRONMENT.items()}
    if all(values.values()):
        return values
    missing = [CREDENTIAL_ENVIRONMENT[name] for name, value in values.items() if not value]
    if not any(values.values()) and is_loopback(urlsplit(url).hostname or ""):
        return dict(DEMO_CREDENTIALS)
    if any(values.values()):
        raise ValueError(f"set the environment variable(s) {', '.join(missing)}")
    raise ValueError(f"set {', '.join(missing)} to the credentials of {url}")
