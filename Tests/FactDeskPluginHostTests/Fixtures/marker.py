#!/usr/bin/env python3
"""Writes plugin-started in its working folder (the workspace) as soon as it starts, then behaves."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import requests, send  # noqa: E402


with open("plugin-started", "w") as marker:
    marker.write("started\n")
for request in requests():
    send({"type": "findings", "id": request["id"], "findings": []})
