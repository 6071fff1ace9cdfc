#!/usr/bin/env python3
"""Flags the first word of each document, saying what it was sent; answers an error to a text
starting with "!". Its arguments, if any, are the kinds of mention it asks for."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import HANDSHAKE, send  # noqa: E402

HANDSHAKE = dict(HANDSHAKE, reference=["names"],
                 rules=[{"id": "flag", "severity": "warning", "summary": "Flags the first word."}])
if len(sys.argv) > 1:
    HANDSHAKE["mentions"] = sys.argv[1:]
sys.stdin.reconfigure(encoding="utf-8")
sys.stdin.readline()  # hello
send(HANDSHAKE)
names = 0
for line in iter(sys.stdin.readline, ""):
    message = json.loads(line)
    if message["type"] == "reference":
        names = len(message["names"])
        continue
    document = message["document"]
    text = document["text"]
    if text.startswith("!"):
        send({"type": "error", "id": message["id"], "message": "cannot check this"})
        continue
    words = text.split()
    end = text.index(words[0]) + len(words[0]) if words else 0
    note = "%s; %d mentions; %d names; %s %s %s" % (
        words[0] if words else "", len(message["mentions"]), names, document["path"], document["language"],
        document["published"])
    findings = [{"rule": "flag", "message": note, "span": {"start": text.index(words[0]), "end": end}}] if words else []
    send({"type": "findings", "id": message["id"], "findings": findings})
