"""What every fixture plugin shares: its handshake, sending a message, and reading check requests."""
import json
import sys

HANDSHAKE = {"type": "handshake", "protocol": "factdesk.plugin/1", "id": "fixture", "version": "1.0.0",
             "summary": "A test fixture.", "languages": ["fr", "en"],
             "rules": [{"id": "flag", "severity": "warning", "summary": "Flags something."}]}


def send(message):
    """Writes one message as a JSON line."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def requests(handshake=HANDSHAKE):
    """Answers the host's hello with `handshake`, then yields each check request."""
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdin.readline()  # hello
    send(handshake)
    for line in iter(sys.stdin.readline, ""):
        message = json.loads(line)
        if message["type"] == "check":
            yield message
