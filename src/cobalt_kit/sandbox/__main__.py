"""`python -m cobalt_kit.sandbox`: serves the sandbox (settings from the environment, see Settings)."""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys

import uvicorn

from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Store


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, settings: Settings) -> None:
        super().__init__(config)
        self.settings = settings

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        # The ready signal: printed once the socket listens.
        print(f"Cobalt sandbox listening on http://{self.config.host}:{self.config.port}", flush=True)
        for credentials in self.settings.credentials:
            print(f"  accepts client_id {credentials.client_id} (practice {credentials.practice})", flush=True)
        print(f"  data in {self.settings.db_path}; bookings settle after {self.settings.booking_delay}s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cobalt_kit.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("SANDBOX_PORT", "4020")))
    parser.add_argument("--reset", action="store_true", help="forget every change and start from the demo data")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if args.reset:
        store = Store(settings.db_path, settings.booking_delay)
        store.reset()
        store.close()
    config = uvicorn.Config(create_app(settings), host=args.host, port=args.port, access_log=False, log_level="warning")
    _Server(config, settings).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
