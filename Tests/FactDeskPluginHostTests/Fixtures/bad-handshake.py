#!/usr/bin/env python3
"""Announces a protocol version this host does not speak."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import HANDSHAKE, send  # noqa: E402


sys.stdin.readline()
send(dict(HANDSHAKE, protocol="factdesk.plugin/9"))
sys.stdin.readline()
