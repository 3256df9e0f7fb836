from enum import StrEnum


class WebhookEventEnvelopeObject(StrEnum):
    """Always `event`."""

    EVENT = "event"

    def __str__(self) -> str:
        return str(self.value)
