#!/usr/bin/env python3
"""Speed-up of `factdesk check` over many drafts on all cores, against one worker.

Generates 1,000 drafts (the sample workspace's two drafts, each copy with its figures, dates
and an added paragraph varied, so that no two are alike) in a temporary folder, then times
`factdesk check --no-commit --jobs 1 FOLDER` against `--jobs N` (N: the cores), alternating,
and prints the median of each and their ratio. Both check with the sample's reference data and
give the same findings (the script compares their JSON).

    swift build -c release --product factdesk
    python3 scripts/many_drafts_speedup.py [--drafts 1000] [--rounds 3] [--factdesk .build/release/factdesk]

Standard library only.
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Workspaces", "interpol-ga")
SOURCES = ["assemblee-generale.fr.md", "general-assembly.en.md"]
ADDED = {
    "fr": "Le comité numéro {n} a réuni {m} délégués le {d} novembre 2025 à Marrakech.\n",
    "en": "Committee number {n} brought together {m} delegates on November {d}, 2025 in Marrakech.\n",
}


def generate(folder, count):
    """Writes `count` varied drafts into `folder`."""
    texts = []
    for name in SOURCES:
        with open(os.path.join(SAMPLE, "drafts", name), encoding="utf-8") as file:
            texts.append((name, file.read()))
    for index in range(count):
        name, text = texts[index % len(texts)]
        language = "fr" if name.endswith(".fr.md") else "en"
        paragraph = ADDED[language].format(n=index, m=40 + index % 300, d=1 + index % 30)
        with open(os.path.join(folder, f"{index:04d}-{name}"), "w", encoding="utf-8") as file:
            file.write(text + "\n" + paragraph)


def run(factdesk, folder, jobs):
    """Seconds for one check of the folder, and its JSON output."""
    started = time.perf_counter()
    result = subprocess.run(
        [factdesk, "check", "--no-commit", "--format", "json", "--jobs", str(jobs),
         "--reference", os.path.join(SAMPLE, "reference"), folder],
        capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"factdesk check failed ({result.returncode}): {result.stderr}")
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--factdesk", default=os.path.join(ROOT, ".build", "release", "factdesk"))
    arguments = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="factdesk-drafts-") as folder:
        generate(folder, arguments.drafts)
        one, many = [], []
        for _ in range(arguments.rounds):
            seconds, single = run(arguments.factdesk, folder, 1)
            one.append(seconds)
            seconds, parallel = run(arguments.factdesk, folder, cores)
            many.append(seconds)
            if single != parallel:
                raise SystemExit("--jobs 1 and --jobs N gave different findings")
    print(f"{arguments.drafts} drafts, {arguments.rounds} rounds: one worker {statistics.median(one):.2f} s, "
          f"{cores} workers {statistics.median(many):.2f} s, speed-up {statistics.median(one) / statistics.median(many):.2f}x")


if __name__ == "__main__":
    main()
