"""Webhook registration and the delivered-event log (the outbox itself is the core's)."""

from cobalt_kit.sandbox.families.webhooks.model import Webhooks
from cobalt_kit.sandbox.families.webhooks.routes import PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Webhooks, PATHS)
