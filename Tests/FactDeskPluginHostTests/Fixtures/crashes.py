#!/usr/bin/env python3
"""Shakes hands, then dies on the first request with a traceback on standard error."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import requests  # noqa: E402


for request in requests():
    raise RuntimeError("fixture crashed on purpose")
