#!/usr/bin/env python3
"""Latency of a web check through `factdesk serve`, against `factdesk check --no-commit`.

Each web check runs the checkers in a child `factdesk check` (crash isolation); this measures
what that costs. Both sides check the sample French draft in a fresh workspace made with
`factdesk init --template interpol-ga`, one request or command after the other, in the same run.

    swift build -c release --product factdesk
    python3 scripts/serve_check_latency.py [--checks 20] [--factdesk .build/release/factdesk]

Standard library only.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
import urllib.request

DRAFT = "drafts/assemblee-generale.fr.md"


def web_checks(factdesk, workspace, count):
    """Milliseconds per web check, `count` checks of a draft whose last line changes each time."""
    server = subprocess.Popen(
        [factdesk, "serve", "--port", "0", workspace],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline()).group(0)
        with urllib.request.urlopen(base + "/api/session") as response:
            cookie = response.headers["Set-Cookie"].split(";")[0]
            csrf = json.load(response)["csrf"]
        with open(os.path.join(workspace, DRAFT), encoding="utf-8") as file:
            text = file.read()
        times = []
        for index in range(count + 1):
            body = json.dumps({"text": text + f"\nMise à jour {index}.\n"}).encode()
            request = urllib.request.Request(
                base + "/api/drafts/assemblee-generale.fr.md/check", data=body, method="POST",
                headers={"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf})
            start = time.perf_counter()
            with urllib.request.urlopen(request) as response:
                response.read()
                if response.status not in (200, 201):
                    raise SystemExit(f"web check answered {response.status}")
            times.append((time.perf_counter() - start) * 1000)
        return times[1:]  # the first check also warms the server up
    finally:
        server.terminate()
        server.wait()


def command_checks(factdesk, workspace, count):
    """Milliseconds per `factdesk check --no-commit` of the draft, run in the workspace."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        subprocess.run([factdesk, "check", "--no-commit", DRAFT], cwd=workspace,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=20)
    parser.add_argument("--factdesk", default=".build/release/factdesk")
    arguments = parser.parse_args()
    factdesk = os.path.abspath(arguments.factdesk)
    with tempfile.TemporaryDirectory() as folder:
        workspace = os.path.join(folder, "desk")
        os.environ["FACTDESK_AUTHOR"] = "Bench Editor <bench@example.org>"
        subprocess.run([factdesk, "init", workspace, "--template", "interpol-ga"],
                       check=True, stdout=subprocess.DEVNULL)
        web = web_checks(factdesk, workspace, arguments.checks)
        command = command_checks(factdesk, workspace, arguments.checks)
    print(f"web check through factdesk serve: median {statistics.median(web):.0f} ms "
          f"(min {min(web):.0f}, max {max(web):.0f}, {len(web)} checks)")
    print(f"factdesk check --no-commit of the file: median {statistics.median(command):.0f} ms "
          f"(min {min(command):.0f}, max {max(command):.0f}, {len(command)} runs)")


if __name__ == "__main__":
    main()
