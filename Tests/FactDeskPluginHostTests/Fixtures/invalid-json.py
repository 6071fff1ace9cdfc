#!/usr/bin/env python3
"""Shakes hands, then answers with a line that is not JSON."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import requests  # noqa: E402


for request in requests():
    sys.stdout.write("this is not JSON\n")
    sys.stdout.flush()
