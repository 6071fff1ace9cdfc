#!/usr/bin/env python3
"""Flags the first word of each document, saying how many mentions and reference names it got."""
import json
import sys

HANDSHAKE = {"type": "handshake", "protocol": "factdesk.plugin/1", "id": "fixture", "version": "1.0.0",
             "summary": "A test fixture.", "languages": ["fr", "en"], "reference": ["names"],
             "rules": [{"id": "flag", "severity": "warning", "summary": "Flags the first word."}]}


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


sys.stdin.reconfigure(encoding="utf-8")
sys.stdin.readline()  # hello
send(HANDSHAKE)
names = 0
for line in iter(sys.stdin.readline, ""):
    message = json.loads(line)
    if message["type"] == "reference":
        names = len(message["names"])
        continue
    text = message["document"]["text"]
    words = text.split()
    end = text.index(words[0]) + len(words[0]) if words else 0
    note = "%s; %d mentions; %d names" % (words[0] if words else "", len(message["mentions"]), names)
    findings = [{"rule": "flag", "message": note, "span": {"start": text.index(words[0]), "end": end}}] if words else []
    send({"type": "findings", "id": message["id"], "findings": findings})
