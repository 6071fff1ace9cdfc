"""Times `factdesk lsp` as an editor sees it, with pygls's LSP client in the same run.

Usage: ~/.cache/factdesk/lsp-client/bin/python scripts/lsp_benchmark.py FACTDESK [ROUNDS]

In a workspace made from the sample template (its checkers, reference data and rule pack), a
5 KB French draft is opened and edited one character at a time. With the debounce set to 0 (the
editor's pause is not counted), it measures the time from sending `didChange` to receiving that
version's `publishDiagnostics` on a warm server (median, p90), against three baselines of the
same run: a second server started with FACTDESK_LSP_FULL_CHECK=1, which runs every rule on the
whole draft at each change (the two servers are edited in turn, so that both see the same load),
a request the server answers without checking (hover where nothing is flagged: the client, the
pipes and JSON-RPC) and a one-shot `factdesk check --stdin-path --no-commit` of the same text.
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


class Server:
    """One `factdesk lsp` with its client, editing the draft one character at a time."""

    def __init__(self, env, uri, text):
        self.env, self.uri, self.text = env, uri, text
        self.client = LanguageClient("factdesk-lsp-bench", "1")
        self.arrived = {}
        self.waiters = {}
        self.version = 1
        lines = text.split("\n")
        self.line = next(i for i, l in enumerate(lines) if "participants" in l)
        self.column = len(lines[self.line].split("participants")[0].encode("utf-16-le")) // 2

        @self.client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params):
            self.arrived[params.version] = (time.perf_counter(), len(params.diagnostics))
            waiter = self.waiters.pop(params.version, None)
            if waiter and not waiter.done():
                waiter.set_result(None)

    async def start(self, desk):
        await self.client.start_io(FACTDESK, "lsp", cwd=str(desk), env=self.env)
        await self.client.initialize_async(t.InitializeParams(
            capabilities=t.ClientCapabilities(), initialization_options={"factdesk": {"debounceMilliseconds": 0}}))
        self.client.initialized(t.InitializedParams())
        self.pid = self.client._server.pid
        self.client.text_document_did_open(
            t.DidOpenTextDocumentParams(t.TextDocumentItem(self.uri, "markdown", 1, self.text)))
        await self.until(1)

    async def until(self, version):
        if version in self.arrived:
            return
        future = asyncio.get_running_loop().create_future()
        self.waiters[version] = future
        await asyncio.wait_for(future, 120)

    def edit(self):
        """Sends the next edit; the time it was sent."""
        self.version += 1
        letter = "x" if self.version % 2 else "y"
        end = self.column + (0 if self.version == 2 else 1)
        spot = t.Range(t.Position(self.line, self.column), t.Position(self.line, end))
        sent = time.perf_counter()
        self.client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri),
            [t.TextDocumentContentChangePartial(spot, letter)]))
        return sent

    async def timed_edit(self):
        """Milliseconds from an edit to its diagnostics."""
        sent = self.edit()
        await self.until(self.version)
        return (self.arrived[self.version][0] - sent) * 1000

    async def stop(self):
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def summary(values):
    values = sorted(values)
    return f"median {statistics.median(values):.1f} ms, p90 {values[int(len(values) * 0.9)]:.1f} ms"


async def main():
    scratch = Path(tempfile.mkdtemp(prefix="factdesk-lsp-bench-"))
    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
    env.pop("FACTDESK_LSP_FULL_CHECK", None)
    desk = scratch / "desk"
    subprocess.run([FACTDESK, "init", str(desk), "--template", str(ROOT / "Workspaces/interpol-ga")],
                   check=True, capture_output=True, env=env)
    draft = desk / "drafts/bench.fr.md"
    text = draft_of_5kb()
    draft.write_text(text, encoding="utf-8")
    uri = draft.as_uri()

    server = Server(env, uri, text)
    whole = Server(dict(env, FACTDESK_LSP_FULL_CHECK="1"), uri, text)
    for each in (server, whole):
        await each.start(desk)
    print(f"draft: {len(text.encode())} bytes, {server.arrived[1][1]} diagnostics "
          f"({whole.arrived[1][1]} with full checks)")
    for _ in range(20):  # warm-up
        for each in (server, whole):
            await each.timed_edit()
    latencies, full_latencies = [], []
    for _ in range(ROUNDS):
        latencies.append(await server.timed_edit())
        full_latencies.append(await whole.timed_edit())
    await whole.stop()
    noop = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await server.client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), t.Position(0, 0)))
        noop.append((time.perf_counter() - started) * 1000)
    oneshot = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([FACTDESK, "check", "--format", "json", "--no-commit", "--stdin-path", str(draft), "-"],
                       input=text.encode(), capture_output=True, env=env, cwd=desk)
        oneshot.append((time.perf_counter() - started) * 1000)

    print(f"didChange -> publishDiagnostics, warm ({ROUNDS} edits): {summary(latencies)}")
    print(f"baseline, the same with FACTDESK_LSP_FULL_CHECK=1 (whole draft each time): {summary(full_latencies)}")
    print(f"baseline, hover round trip (no check): {summary(noop)}")
    print(f"baseline, one-shot factdesk check --stdin-path (5 runs): {summary(oneshot)}")

    before = {"server": memory(server.pid), **{f"worker {pid}": memory(pid) for pid in children(server.pid)}}
    started = time.perf_counter()
    for index in range(10_000):
        server.edit()
        if index % 100 == 99:
            await server.until(server.version)
    await server.until(server.version)
    elapsed = time.perf_counter() - started
    after = {"server": memory(server.pid), **{f"worker {pid}": memory(pid) for pid in children(server.pid)}}
    print(f"10,000 edits in {elapsed:.1f} s")
    for name in sorted(set(before) | set(after)):
        b, a = before.get(name, {}), after.get(name, {})
        print(f"{name}: peak RSS {b.get('VmHWM', 0):.1f} -> {a.get('VmHWM', 0):.1f} MB, "
              f"RSS {b.get('VmRSS', 0):.1f} -> {a.get('VmRSS', 0):.1f} MB")
    await server.stop()


if __name__ == "__main__":
    asyncio.run(main())
