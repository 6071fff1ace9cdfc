#!/usr/bin/env python3
"""Shakes hands, then answers with a line that is not JSON."""
import json
import sys

HANDSHAKE = {"type": "handshake", "protocol": "factdesk.plugin/1", "id": "fixture", "version": "1.0.0",
             "summary": "A test fixture.", "languages": ["fr", "en"],
             "rules": [{"id": "flag", "severity": "warning", "summary": "Flags something."}]}


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def requests():
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdin.readline()  # hello
    send(HANDSHAKE)
    for line in iter(sys.stdin.readline, ""):
        message = json.loads(line)
        if message["type"] == "check":
            yield message


for request in requests():
    sys.stdout.write("this is not JSON\n")
    sys.stdout.flush()
