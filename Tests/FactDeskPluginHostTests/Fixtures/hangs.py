#!/usr/bin/env python3
"""Shakes hands, then never answers."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import requests  # noqa: E402


for request in requests():
    time.sleep(3600)
