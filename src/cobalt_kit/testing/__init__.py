"""The kit's testing helpers: the types of the pytest plugin's fixtures and what they are made of.

    from cobalt_kit.testing import SandboxPractice, WebhookReceiver

    def test_books(cobalt_sandbox: SandboxPractice, cobalt_webhooks: WebhookReceiver) -> None:
        ...

`SandboxPractice` (`cobalt_sandbox`) is one practice of a sandbox with its test controls and the
journal's assertions; `WebhookReceiver` (`cobalt_webhooks`) a receiver registered with it;
`MockServer` (`cobalt_mock`) Prism. `Operation` names the API's operations (a `Literal`), which
faults and assertions take. The plugin itself (`cobalt_kit.pytest_plugin`) holds fixtures and
options only.
"""

from cobalt_kit.operation_names import OPERATIONS, FaultTarget, Operation, UnknownOperation
from cobalt_kit.sandbox_controls import JournalEntry, SandboxControlError, SandboxControls
from cobalt_kit.testing.mock import MockServer
from cobalt_kit.testing.sandbox import SandboxPractice
from cobalt_kit.testing.scenario import ScenarioError
from cobalt_kit.testing.webhooks import WebhookReceiver

__all__ = [
    "OPERATIONS",
    "FaultTarget",
    "JournalEntry",
    "MockServer",
    "Operation",
    "SandboxControlError",
    "SandboxControls",
    "SandboxPractice",
    "ScenarioError",
    "UnknownOperation",
    "WebhookReceiver",
]
