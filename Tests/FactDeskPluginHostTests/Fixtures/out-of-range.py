#!/usr/bin/env python3
"""Answers with a finding that ends past the end of the document."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import requests, send  # noqa: E402


for request in requests():
    end = len(request["document"]["text"]) + 5
    send({"type": "findings", "id": request["id"],
          "findings": [{"rule": "flag", "message": "too far", "span": {"start": 0, "end": end}}]})
