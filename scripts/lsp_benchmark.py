"""Times `factdesk lsp` as an editor sees it, with pygls's LSP client in the same run.

Usage: ~/.cache/factdesk/lsp-client/bin/python scripts/lsp_benchmark.py FACTDESK [ROUNDS]

In a workspace made from the sample template (its checkers, reference data and rule pack), a
5 KB French draft is opened and edited one character at a time. With the debounce set to 0 (the
editor's pause is not counted), it measures the time from sending `didChange` to receiving that
version's `publishDiagnostics` on a warm server (median, p90), against two baselines of the same
run: a request the server answers without checking (hover where nothing is flagged: the client,
the pipes and JSON-RPC) and a one-shot `factdesk check --stdin-path --no-commit` of the same text.
Then it sends 10,000 edits and reports the peak and current memory (VmHWM, VmRSS) of the server
and of its check worker before and after.
"""

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types as t
from pygls.lsp.client import LanguageClient

FACTDESK = sys.argv[1]
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
ROOT = Path(__file__).resolve().parent.parent


def memory(pid):
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmHWM", "VmRSS"):
            fields[name] = int(value.split()[0]) / 1024
    return fields


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass
    return found


def draft_of_5kb():
    sample = (ROOT / "Workspaces/interpol-ga/drafts/assemblee-generale.fr.md").read_text(encoding="utf-8")
    front, body = sample.split("\n---\n", 1)
    text = front + "\n---\n" + body
    extra = body.split("\n\n")[1:]
    index = 0
    while len(text.encode()) < 5 * 1024:
        text += "\n" + extra[index % len(extra)] + "\n"
        index += 1
    return text


async def main():
    scratch = Path(tempfile.mkdtemp(prefix="factdesk-lsp-bench-"))
    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    desk = scratch / "desk"
    subprocess.run([FACTDESK, "init", str(desk), "--template", str(ROOT / "Workspaces/interpol-ga")],
                   check=True, capture_output=True, env=env)
    draft = desk / "drafts/bench.fr.md"
    text = draft_of_5kb()
    draft.write_text(text, encoding="utf-8")
    uri = draft.as_uri()

    client = LanguageClient("factdesk-lsp-bench", "1")
    arrived = {}
    waiters = {}

    @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params):
        arrived[params.version] = (time.perf_counter(), len(params.diagnostics))
        waiter = waiters.pop(params.version, None)
        if waiter and not waiter.done():
            waiter.set_result(None)

    await client.start_io(FACTDESK, "lsp", cwd=str(desk), env=env)
    await client.initialize_async(t.InitializeParams(
        capabilities=t.ClientCapabilities(), initialization_options={"factdesk": {"debounceMilliseconds": 0}}))
    client.initialized(t.InitializedParams())
    server = client._server.pid

    async def until(version):
        if version in arrived:
            return
        future = asyncio.get_running_loop().create_future()
        waiters[version] = future
        await asyncio.wait_for(future, 120)

    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
    await until(1)
    print(f"draft: {len(text.encode())} bytes, {arrived[1][1]} diagnostics")
    line = next(i for i, l in enumerate(text.split("\n")) if "participants" in l)
    column = len(text.split("\n")[line].split("participants")[0].encode("utf-16-le")) // 2
    version = 1

    async def edit():
        nonlocal version
        version += 1
        letter = "x" if version % 2 else "y"
        spot = t.Range(t.Position(line, column), t.Position(line, column + (0 if version == 2 else 1)))
        sent = time.perf_counter()
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=version, uri=uri), [t.TextDocumentContentChangePartial(spot, letter)]))
        return sent

    for _ in range(20):  # warm-up
        await until((await edit(), version)[1])
    latencies = []
    for _ in range(ROUNDS):
        sent = await edit()
        await until(version)
        latencies.append((arrived[version][0] - sent) * 1000)
    noop = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(0, 0)))
        noop.append((time.perf_counter() - started) * 1000)
    oneshot = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([FACTDESK, "check", "--format", "json", "--no-commit", "--stdin-path", str(draft), "-"],
                       input=text.encode(), capture_output=True, env=env, cwd=desk)
        oneshot.append((time.perf_counter() - started) * 1000)

    def summary(values):
        values = sorted(values)
        return f"median {statistics.median(values):.1f} ms, p90 {values[int(len(values) * 0.9)]:.1f} ms"

    print(f"didChange -> publishDiagnostics, warm ({ROUNDS} edits): {summary(latencies)}")
    print(f"baseline, hover round trip (no check): {summary(noop)}")
    print(f"baseline, one-shot factdesk check --stdin-path (5 runs): {summary(oneshot)}")

    worker = children(server)
    before = {"server": memory(server), **{f"worker {pid}": memory(pid) for pid in worker}}
    started = time.perf_counter()
    for index in range(10_000):
        await edit()
        if index % 100 == 99:
            await until(version)
    await until(version)
    elapsed = time.perf_counter() - started
    after = {"server": memory(server), **{f"worker {pid}": memory(pid) for pid in children(server)}}
    print(f"10,000 edits in {elapsed:.1f} s")
    for name in sorted(set(before) | set(after)):
        b, a = before.get(name, {}), after.get(name, {})
        print(f"{name}: peak RSS {b.get('VmHWM', 0):.1f} -> {a.get('VmHWM', 0):.1f} MB, "
              f"RSS {b.get('VmRSS', 0):.1f} -> {a.get('VmRSS', 0):.1f} MB")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


if __name__ == "__main__":
    asyncio.run(main())
