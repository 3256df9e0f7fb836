"""The webhooks family's behaviour: an integration's (client_id's) registrations and secret, and
the events of its access tokens as the outbox holds them. The tables are the shared outbox's
(store.py): the courier reads the same registrations and secrets to deliver. Only a reset of the
whole sandbox forgets them (their calls reach no practice: "")."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from cobalt_kit.sandbox.core import Origin
from cobalt_kit.sandbox.family import Model


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


class Webhooks(Model):
    name = "webhooks"

    def register(self, origin: Origin, url: str) -> tuple[str, str]:
        """The new registration's id, and the integration's secret (made at its first registration)."""
        with self.core.transaction("", origin) as store:
            secret = store.secret(origin.client_id)
            if secret is None:
                secret = new_secret()
                store.set_secret(origin.client_id, secret)
            return store.add_webhook(origin.client_id, url), secret

    def configuration(self, client_id: str) -> tuple[Sequence[tuple[str, str]], str | None]:
        with self.core.transaction() as store:
            return store.webhooks(client_id), store.secret(client_id)

    def remove(self, origin: Origin, id_: str) -> bool:
        with self.core.transaction("", origin) as store:
            return store.remove_webhook(origin.client_id, id_)

    def rotate_secret(self, origin: Origin) -> str:
        secret = new_secret()
        with self.core.transaction("", origin) as store:
            store.set_secret(origin.client_id, secret)
        return secret

    def events_of_job(self, origin: Origin, job_id: str | None) -> Sequence[tuple[str, str]]:
        """The job's events (every event of the token when `job_id` is None), oldest first, as the
        JSON text that was (or will be) delivered, with its delivery status."""
        with self.core.transaction() as store:
            return store.events_of_job(origin.client_id, origin.reference_id, job_id)
