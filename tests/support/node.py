"""Node's own crypto, as the vendor's webhook pages use it: an implementation nobody here wrote."""

from __future__ import annotations

import shutil
import subprocess

# The vendor's recipe ("Receiving webhooks"), run as it is published, on a payload read from stdin.
NODE_VERIFY = """
const crypto = require('crypto');
function verifySignature(payload, signature, secretKey) {
    const expectedSignature = crypto.createHmac('sha256', secretKey).update(JSON.stringify(payload)).digest('hex');
    return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));
}
const [signature, secret] = process.argv.slice(1);
let raw = ''; process.stdin.on('data', (c) => raw += c).on('end', () => {
    process.stdout.write(verifySignature(JSON.parse(raw), signature, secret) ? 'valid' : 'invalid');
});
"""
NODE_SIGN = """
const crypto = require('crypto');
let raw = ''; process.stdin.on('data', (c) => raw += c).on('end', () => {
    const body = JSON.stringify(JSON.parse(raw));
    const signature = crypto.createHmac('sha256', process.argv[1]).update(body).digest('hex');
    process.stdout.write(JSON.stringify({body, signature}));
});
"""


def node(script: str, *args: str, stdin: str) -> str:
    executable = shutil.which("node")
    assert executable, "node is on PATH under `make test` (Node 24 from .venv)"
    result = subprocess.run([executable, "-e", script, *args], input=stdin, capture_output=True, text=True,
                            timeout=30, check=True)  # fmt: skip
    return result.stdout
