"""Drives `factdesk lsp` with pygls's language client (a maintained LSP client from PyPI).

Usage: lsp_client_test.py FACTDESK PACKAGE_ROOT

Builds a workspace from the sample template in a temporary folder, opens its French draft with an
emoji before one planted error, and checks that the diagnostics are the findings of
`factdesk check --stdin-path FILE --no-commit` at the right UTF-16 ranges; then saves with
factdesk.commitOnSave, applies a suggestion, dismisses and accepts findings, edits one paragraph,
hovers, changes reference data and a rule pack, types a burst of changes checked once after the
debounce, moves paragraphs, and runs a server whose date checker traps on every draft and whose
client negotiated UTF-8, then one whose date checker traps on one word only and runs again once
the word is gone. Prints one line per step and exits non-zero on the first failure.
"""

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lsprotocol import types as t
from pygls.lsp.client import LanguageClient

FACTDESK, ROOT = sys.argv[1], Path(sys.argv[2])
TIMEOUT = 90  # seconds: generous, for a loaded 2-core machine; never a condition of success


def units(text, encoding):
    """The length of text in the units of an LSP position encoding."""
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text)


def position(text, offset, encoding):
    """The LSP position of code point `offset` of text (lines end at \\n here)."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return (line, units(text[start:offset], encoding))


def python_index(text, pos, encoding):
    """The code point index of an LSP position."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    line, count, index = lines[pos.line], 0, 0
    while index < len(line) and count < pos.character:
        count += units(line[index], encoding)
        index += 1
    return start + index


def key(diagnostic):
    r = diagnostic.range
    return (diagnostic.code, r.start.line, r.start.character, r.end.line, r.end.character, diagnostic.message)


class Session:
    """One server and its client, with the diagnostics it published."""

    def __init__(self, cwd, env, encodings, options):
        self.cwd, self.env, self.encodings, self.options = cwd, env, encodings, options
        self.client = LanguageClient("factdesk-lsp-test", "1")
        self.published = {}
        self.versions = []
        self.messages = []
        self.changed = asyncio.Condition()
        self.questions = []

        @self.client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def diagnostics(params):
            async with self.changed:
                self.published[params.uri] = params
                self.versions.append(params.version)
                self.changed.notify_all()

        @self.client.feature(t.WINDOW_SHOW_MESSAGE_REQUEST)
        def ask(params):
            self.questions.append(params)
            return params.actions[0]

        @self.client.feature(t.WINDOW_SHOW_MESSAGE)
        def show(params):
            self.messages.append(params.message)

        @self.client.feature(t.CLIENT_REGISTER_CAPABILITY)
        def register(params):
            return None

    async def start(self):
        await self.client.start_io(FACTDESK, "lsp", cwd=self.cwd, env=self.env)
        result = await asyncio.wait_for(
            self.client.initialize_async(
                t.InitializeParams(
                    capabilities=t.ClientCapabilities(
                        general=t.GeneralClientCapabilities(position_encodings=self.encodings),
                        workspace=t.WorkspaceClientCapabilities(
                            did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(
                                dynamic_registration=True
                            )
                        ),
                    ),
                    initialization_options=self.options,
                )
            ),
            TIMEOUT,
        )
        self.client.initialized(t.InitializedParams())
        return result

    async def wait(self, uri, predicate, what):
        """The diagnostics of uri once predicate holds for a publication."""

        async def until():
            async with self.changed:
                while uri not in self.published or not predicate(self.published[uri]):
                    await self.changed.wait()
                return self.published[uri]

        try:
            return await asyncio.wait_for(until(), TIMEOUT)
        except asyncio.TimeoutError:
            last = self.published.get(uri)
            shown = [key(d) for d in last.diagnostics] if last else None
            raise AssertionError(f"timed out waiting for {what}; last: {shown}; messages: {self.messages}")

    async def stop(self):
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)
        return self.client._server.returncode


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def cli_findings(desk, env, draft, text):
    """The findings `factdesk check --stdin-path --no-commit` gives for text."""
    run = subprocess.run(
        [FACTDESK, "check", "--format", "json", "--no-commit", "--stdin-path", str(draft), "-"],
        input=text.encode(), capture_output=True, cwd=desk, env=env, timeout=300,
    )
    check(run.returncode in (0, 1), f"factdesk check failed: {run.stderr.decode()}")
    return json.loads(run.stdout)["documents"][0]["findings"]


def expected(findings, text, encoding):
    """The (code, range) of each open finding, in an encoding."""
    result = set()
    for f in findings:
        if f["status"] == "dismissed":
            continue
        start = position(text, f["span"]["start"], encoding)
        end = position(text, f["span"]["end"], encoding)
        result.add((f"{f['checker']}/{f['rule']}",) + start + end)
    return result


def published(diagnostics):
    return {key(d)[:5] for d in diagnostics}


def find(diagnostics, code):
    matches = [d for d in diagnostics if d.code == code]
    check(matches, f"no {code} diagnostic among {[d.code for d in diagnostics]}")
    return matches[0]


def git_log(desk):
    return subprocess.run(["git", "-C", str(desk), "log", "--format=%s"], capture_output=True, text=True).stdout


async def main():
    scratch = Path(tempfile.mkdtemp(prefix="factdesk-lsp-"))
    try:
        env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"), XDG_CACHE_HOME=str(scratch / "cache"), NO_COLOR="1")
        env["FACTDESK_AUTHOR"] = "Claire Martin <claire@example.org>"
        desk = scratch / "desk"
        init = subprocess.run(
            [FACTDESK, "init", str(desk), "--template", str(ROOT / "Workspaces/interpol-ga")],
            capture_output=True, text=True, env=env,
        )
        check(init.returncode == 0, f"init failed: {init.stderr}")
        draft = desk / "drafts/assemblee-generale.fr.md"
        text = draft.read_text(encoding="utf-8").replace("pour le 31 novembre", "📅 pour le 31 novembre")
        check("📅 pour le 31 novembre" in text, "the sample draft changed: no « pour le 31 novembre »")
        draft.write_text(text, encoding="utf-8")
        uri = draft.as_uri()
        await session_in_utf16(desk, env, draft, uri, text)
        await session_with_trap_in_utf8(desk, env, draft, uri, text)
        await session_with_trap_on_one_word(desk, env, draft, uri)
        print("lsp client test: passed")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


async def session_in_utf16(desk, env, draft, uri, text):
    session = Session(desk.parent, env, ["utf-16"], {"factdesk": {"commitOnSave": True}})
    result = await session.start()
    check(result.capabilities.position_encoding == "utf-16", f"encoding: {result.capabilities.position_encoding}")
    client = session.client

    # Diagnostics on open: the CLI's findings, at UTF-16 ranges; the emoji shifts « 31 novembre ».
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
    opened = await session.wait(uri, lambda p: p.version == 1, "diagnostics on open")
    # The server reads the workspace's reference data as `factdesk check` does, through a snapshot
    # in the user's cache (written by this first check: no CLI check has run yet).
    snapshots = list((Path(env["XDG_CACHE_HOME"]) / "factdesk").glob("*"))
    check(snapshots, "the server wrote no reference snapshot in XDG_CACHE_HOME")
    cli = cli_findings(desk, env, draft, text)
    check(published(opened.diagnostics) == expected(cli, text, "utf-16"),
          f"LSP {sorted(published(opened.diagnostics))} != CLI {sorted(expected(cli, text, 'utf-16'))}")
    for code in ["date/invalid-date", "date/weekday-mismatch", "number/edition-mismatch", "name/misspelled-name"]:
        find(opened.diagnostics, code)
    invalid = find(opened.diagnostics, "date/invalid-date")
    line = text.split("\n")[invalid.range.start.line]
    check(line.startswith("📅 pour le 31 novembre"), f"invalid-date on line {line!r}")
    check((invalid.range.start.character, invalid.range.end.character) == (11, 22),
          f"invalid-date range {invalid.range} (expected UTF-16 11..22 after the emoji)")
    check(invalid.severity == t.DiagnosticSeverity.Error and invalid.source == "factdesk", f"{invalid}")
    check(invalid.related_information and invalid.related_information[0].message, "no evidence on invalid-date")
    # Evidence from reference data points at its file and line (the server runs elsewhere than the workspace).
    cited = find(opened.diagnostics, "name/misspelled-name").related_information[0]
    source = next(f for f in cli if f["rule"] == "misspelled-name")["evidence"][0]["source"]
    line_number, column = (int(n) for n in source.rsplit(":", 2)[1:])
    check(cited.location.uri == (desk / "reference/interpol.yml").as_uri(), f"evidence at {cited.location.uri}")
    check((cited.location.range.start.line, cited.location.range.start.character) == (line_number - 1, column - 1),
          f"evidence at {cited.location.range.start}, the CLI says {source}")
    facts = [d for d in opened.diagnostics if d.code == "number/fact-mismatch"]
    check(any(d.code_description for d in facts), "no link on the reference fact's diagnostic")
    print("diagnostics on open: ok")

    # A draft with no date of its own is read as of the day of the check, as `factdesk check` reads it.
    dateless = desk / "drafts/vote.fr.md"
    dateless_text = "Les élus se retrouvent mardi pour voter le budget.\n"
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(dateless.as_uri(), "markdown", 1, dateless_text)))
    undated = await session.wait(dateless.as_uri(), lambda p: p.version == 1, "diagnostics of a draft with no date")
    notice = find(undated.diagnostics, "date/needs-publication-date")
    told = " ".join(r.message for r in notice.related_information or [])
    check("day of the check" in told, f"no day of the check in the evidence: {told!r}")
    client.text_document_did_close(t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(dateless.as_uri())))
    print("a draft with no date, read on the day of the check: ok")

    # Saving with factdesk.commitOnSave records a revision, as `factdesk check` does.
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
    await wait_for(lambda: "check drafts/assemblee-generale.fr.md" in git_log(desk), "a revision on save")
    print("revision on save: ok")

    # Hover: the finding and its history.
    hover = await until_hover(client, uri, invalid.range.start, "first seen")
    check("31 novembre" in hover.contents.value and "date/invalid-date" in hover.contents.value, hover.contents.value)
    print("hover: ok")

    # A suggestion applied through its code action.
    name = find(opened.diagnostics, "name/misspelled-name")
    actions = await client.text_document_code_action_async(
        t.CodeActionParams(t.TextDocumentIdentifier(uri), name.range, t.CodeActionContext([name])))
    # lsprotocol reads a code action that carries a command as a Command: look at titles.
    edits = [a for a in actions if getattr(a, "edit", None)]
    check(edits, f"no edit among {[a.title for a in actions]}")
    check(any(a.title.startswith("Dismiss with reason") for a in actions), "no dismiss action")
    check(any(a.title.startswith("Accept") for a in actions), "no accept action")
    edit = edits[0].edit.changes[uri][0]
    start, end = python_index(text, edit.range.start, "utf-16"), python_index(text, edit.range.end, "utf-16")
    text = text[:start] + edit.new_text + text[end:]
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(version=2, uri=uri), [t.TextDocumentContentChangePartial(edit.range, edit.new_text)]))
    fixed = await session.wait(uri, lambda p: p.version == 2, "diagnostics after the suggestion")
    check(not [d for d in fixed.diagnostics if d.code == "name/misspelled-name"], "the misspelling is still flagged")
    print(f"suggestion « {edit.new_text} » applied: ok")

    # Dismissed through the command: the reason asked with window/showMessageRequest.
    invalid_id = invalid.data["id"]
    answer = await client.workspace_execute_command_async(
        t.ExecuteCommandParams("factdesk.dismiss", [uri, invalid_id]))
    check(session.questions, "no reason asked")
    check(answer["status"] == "dismissed", f"{answer}")
    await session.wait(uri, lambda p: not [d for d in p.diagnostics if d.code == "date/invalid-date"], "the dismissal")
    check(list((desk / "decisions").rglob("*.json")), "no decision file")
    # Accepted with a note given as an argument: the diagnostic stays, marked.
    weekday = find(opened.diagnostics, "date/weekday-mismatch")
    await client.workspace_execute_command_async(
        t.ExecuteCommandParams("factdesk.accept", [uri, weekday.data["id"], "sent back to the author"]))
    accepted = await session.wait(
        uri, lambda p: any(d.code == "date/weekday-mismatch" and d.message.startswith("accepted") for d in p.diagnostics),
        "the acceptance")
    check(find(accepted.diagnostics, "date/weekday-mismatch").severity == t.DiagnosticSeverity.Hint, "accepted severity")
    check(git_log(desk).count("dismiss") + git_log(desk).count("accept") >= 2, git_log(desk))
    hover = await until_hover(client, uri, weekday.range.start, "accepted")
    check("Claire Martin" in hover.contents.value, hover.contents.value)
    print("dismiss and accept: ok")

    # One line of the first paragraph edited: only that paragraph's diagnostics change.
    before = accepted.diagnostics
    line_number = next(i for i, line in enumerate(text.split("\n")) if "94e session" in line)
    character = units(text.split("\n")[line_number].split("94e")[0], "utf-16")
    change = t.Range(t.Position(line_number, character), t.Position(line_number, character + 2))
    text = text.replace("94e session", "93e session")
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(version=3, uri=uri), [t.TextDocumentContentChangePartial(change, "93")]))
    edited = await session.wait(uri, lambda p: p.version == 3, "diagnostics after the edit")
    paragraph = range(text.rfind("\n\n", 0, text.index("93e session")), text.index("\n\n", text.index("93e session")))
    first_line, last_line = text.count("\n", 0, paragraph.start) + 1, text.count("\n", 0, paragraph.stop)
    outside = lambda ds: sorted(key(d) for d in ds if not first_line <= d.range.start.line <= last_line)
    check(outside(edited.diagnostics) == outside(before), "diagnostics outside the edited paragraph changed")
    check(not [d for d in edited.diagnostics if d.code == "number/edition-mismatch"], "the edition is still flagged")
    check(published(edited.diagnostics) == expected(cli_findings(desk, env, draft, text), text, "utf-16"),
          "diagnostics after the edit differ from the CLI's")
    print("edit of one paragraph: ok")

    # A new paragraph above the others: their findings move with them, as a full check places them.
    body = text.index("\n\n", text.index("\n# ")) + 2
    added = "Le 30 février 2026, une délégation visitera Lyon.\n\n"
    at = t.Position(text.count("\n", 0, body), 0)
    text = text[:body] + added + text[body:]
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(version=4, uri=uri), [t.TextDocumentContentChangePartial(t.Range(at, at), added)]))
    moved = await session.wait(uri, lambda p: p.version == 4, "diagnostics after a paragraph was added")
    check(published(moved.diagnostics) == expected(cli_findings(desk, env, draft, text), text, "utf-16"),
          "diagnostics after a paragraph was added differ from the CLI's")
    check(len([d for d in moved.diagnostics if d.code == "date/invalid-date"]) == 1, "the new invalid date is not flagged")
    print("paragraphs moved: ok")

    # Reference data and a rule pack changed on disk: reloaded and checked again.
    reference = desk / "reference/interpol.yml"
    reference.write_text(reference.read_text(encoding="utf-8").replace("value: 196,", "value: 195,"), encoding="utf-8")
    rules = desk / "rules/house-style.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("reject: [Marrakesh, Marrakch]", "reject: [Marrakesh, Marrakch, Maroc]"), encoding="utf-8")
    client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams([
        t.FileEvent(reference.as_uri(), t.FileChangeType.Changed), t.FileEvent(rules.as_uri(), t.FileChangeType.Changed)]))
    await session.wait(
        uri, lambda p: any(d.code == "house-style/marrakech" for d in p.diagnostics)
        and not any(d.code == "number/fact-mismatch" for d in p.diagnostics), "the reloaded reference data and rules")
    print("reload of reference data and rule packs: ok")

    # Changes typed in a burst are checked once, after the 300 ms debounce: one stall of the
    # server past the debounce could let one more through, never all four in between.
    last_line = text.count("\n")
    for version in range(5, 10):
        spot = t.Position(last_line, 0)
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [t.TextDocumentContentChangePartial(t.Range(spot, spot), "x")]))
    await session.wait(uri, lambda p: p.version == 9, "diagnostics after a burst of changes")
    skipped = [v for v in range(5, 9) if v not in session.versions]
    check(len(skipped) >= 3, f"versions published during the burst: {session.versions}")
    print("debounce: ok")

    status = await session.stop()
    check(status == 0, f"exit status {status}")
    print("shutdown: ok")


async def session_with_trap_in_utf8(desk, env, draft, uri, text):
    session = Session(desk, dict(env, FACTDESK_FAULT="trap:date"), ["utf-8", "utf-16"], {"factdesk": {"debounceMilliseconds": 50}})
    result = await session.start()
    check(result.capabilities.position_encoding == "utf-8", f"encoding: {result.capabilities.position_encoding}")
    client = session.client
    text = draft.read_text(encoding="utf-8")
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
    opened = await session.wait(uri, lambda p: p.version == 1, "diagnostics with a trapping checker")
    errors = [d for d in opened.diagnostics if d.code == "date/checker-error"]
    check(len(errors) == 1, f"checker-error diagnostics: {[key(d) for d in errors]}")
    check(not [d for d in opened.diagnostics if d.code.startswith("date/") and d.code != "date/checker-error"], "date ran")
    cli = cli_findings(desk, dict(env, FACTDESK_FAULT="trap:date"), draft, text)
    check(published(opened.diagnostics) == expected(cli, text, "utf-8"), "UTF-8 ranges differ from the CLI's spans")
    # A checker that traps on every run: each check reports it once, the others' findings come.
    for version in range(2, 7):
        client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [t.TextDocumentContentChangeWholeDocument(text + "\nUne ligne." * version + "\n")]))
        after = await session.wait(uri, lambda p, v=version: p.version == v, f"diagnostics after crash {version}")
        errors = [d for d in after.diagnostics if d.code == "date/checker-error"]
        check(len(errors) == 1, f"version {version}: checker-error diagnostics: {[key(d) for d in errors]}")
        check(any(d.code.startswith("number/") for d in after.diagnostics), f"version {version}: no number finding")
    status = await session.stop()
    check(status == 0, f"exit status {status}")
    print("trapping checker, UTF-8 positions: ok")


async def session_with_trap_on_one_word(desk, env, draft, uri):
    """A checker that traps on a draft holding one word: reported while the word is there, run
    again (its worker started again) at the next change once it is gone."""
    fault = dict(env, FACTDESK_FAULT="trap:date@KABOUM")
    session = Session(desk, fault, ["utf-16"], {"factdesk": {"debounceMilliseconds": 50}})
    await session.start()
    client = session.client
    clean = draft.read_text(encoding="utf-8")
    trapping = clean + "\nKABOUM.\n"
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, trapping)))
    opened = await session.wait(uri, lambda p: p.version == 1, "diagnostics with a checker trapping on a word")
    check([d.code for d in opened.diagnostics if d.code.startswith("date/")] == ["date/checker-error"],
          f"date diagnostics: {[key(d) for d in opened.diagnostics if d.code.startswith('date/')]}")
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(version=2, uri=uri), [t.TextDocumentContentChangeWholeDocument(clean)]))
    mended = await session.wait(uri, lambda p: p.version == 2, "diagnostics once the word is gone")
    check(not [d for d in mended.diagnostics if d.code == "date/checker-error"], "the checker-error stayed")
    check(published(mended.diagnostics) == expected(cli_findings(desk, fault, draft, clean), clean, "utf-16"),
          "diagnostics once the word is gone differ from the CLI's")
    find(mended.diagnostics, "date/weekday-mismatch")
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        t.VersionedTextDocumentIdentifier(version=3, uri=uri), [t.TextDocumentContentChangeWholeDocument(trapping)]))
    again = await session.wait(uri, lambda p: p.version == 3, "diagnostics with the word back")
    check([d.code for d in again.diagnostics if d.code.startswith("date/")] == ["date/checker-error"], "no checker-error")
    status = await session.stop()
    check(status == 0, f"exit status {status}")
    print("checker trapping on one word, run again once it is gone: ok")


async def until_hover(client, uri, pos, needle):
    async def attempt():
        while True:
            hover = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), pos))
            if hover and needle in hover.contents.value:
                return hover
            await asyncio.sleep(0.1)

    try:
        return await asyncio.wait_for(attempt(), TIMEOUT)
    except asyncio.TimeoutError:
        raise AssertionError(f"no hover with {needle!r}")


async def wait_for(condition, what):
    async def attempt():
        while not condition():
            await asyncio.sleep(0.1)

    try:
        await asyncio.wait_for(attempt(), TIMEOUT)
    except asyncio.TimeoutError:
        raise AssertionError(f"timed out waiting for {what}")


if __name__ == "__main__":
    asyncio.run(main())
