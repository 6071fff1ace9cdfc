#!/usr/bin/env python3
"""Shakes hands without reading anything, then exits: the host must not die of SIGPIPE."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_protocol import HANDSHAKE, send  # noqa: E402


send(HANDSHAKE)
sys.stdout.close()
sys.exit(0)
