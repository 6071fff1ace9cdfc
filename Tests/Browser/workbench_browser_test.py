"""The web workbench in a real browser: headless Chromium, driven through the DevTools protocol.

Serves a copy of the example workspace with the real `factdesk serve`, loads the French draft's
page, checks it from the page's editor, asserts that the planted errors' words are highlighted,
that a highlight and its finding lead to one another (with and without the script) and that j/k
move between findings, dismisses one finding through its form and asserts the dismissal took effect (page and git),
then checks the English version from its page and opens the two side by side: both columns
shown, and a parity finding on the French side leads to the English words it points to (with and
without the script). Keeps screenshots of the draft page, the history page and the side-by-side page.

Usage: python3 workbench_browser_test.py FACTDESK_BINARY ARTIFACTS_FOLDER
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from cdp import DevTools

DRAFT = "assemblee-generale.fr.md"
COUNTERPART = "general-assembly.en.md"
# The planted errors of Workspaces/interpol-ga/README.md, by the words highlighted.
PLANTED = {
    "31 novembre": "date/invalid-date",
    "mardi 24 novembre 2025": "date/weekday-mismatch",
    "195 pays membres": "number/fact-mismatch",
    "Valdecy Urquisa": "name/misspelled-name",
}

passed = 0


def check(condition, message):
    global passed
    if not condition:
        raise AssertionError(message)
    passed += 1


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium is not installed: run .ci/setup")


def start_server(binary, workspace, folder):
    environment = dict(os.environ, FACTDESK_AUTHOR="Browser Test <browser@example.org>")
    server = subprocess.Popen(
        [binary, "serve", "--port", "0", workspace], cwd=folder, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    if not match:
        server.kill()
        raise SystemExit(f"factdesk serve did not print its URL: {line!r} {server.stderr.read()}")
    return server, match.group(1)


def start_browser(profile):
    browser = subprocess.Popen(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", f"--user-data-dir={profile}",
         "--window-size=1280,1400", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = browser.stderr.readline()
        match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = match.group(1)
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
                pages = [target for target in json.load(response) if target["type"] == "page"]
            return browser, DevTools(pages[0]["webSocketDebuggerUrl"])
        if browser.poll() is not None:
            break
    browser.kill()
    raise SystemExit("chromium did not start its DevTools endpoint")


def load(page, url):
    page.call("Page.navigate", url=url)
    page.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'", what=f"{url} to load")


def screenshot(url, path, profile):
    subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1500",
         f"--user-data-dir={profile}", f"--screenshot={path}", url],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    with open(path, "rb") as file:
        check(file.read(8) == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")


def highlighted_run(pieces, words):
    """The consecutive marked pieces whose text is `words`, or None."""
    for start in range(len(pieces)):
        text = ""
        for end in range(start, len(pieces)):
            if not pieces[end]["marked"]:
                break
            text += pieces[end]["text"]
            if text == words:
                return pieces[start:end + 1]
            if not words.startswith(text):
                break
    return None


def side_by_side(page, base):
    """The English version checked from its page, then both versions side by side."""
    load(page, f"{base}/drafts/{COUNTERPART}")
    page.evaluate("document.getElementById('check-button').click()")
    page.wait_for("document.readyState === 'complete' && document.querySelectorAll('pre.draft mark').length > 0",
                  what="the English draft's check to reload the page with highlights")
    url = f"{base}/drafts/{DRAFT}/side-by-side"
    load(page, f"{base}/drafts/{DRAFT}")
    page.evaluate("document.querySelector('nav.crumbs a[href$=\"/side-by-side\"]').click()")
    page.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'",
                  what="the side-by-side link to open the page")
    boxes = json.loads(page.evaluate("""JSON.stringify(['a-p2', 'b-p2'].map(id => {
        const box = document.getElementById(id).querySelector('pre.draft').getBoundingClientRect();
        return {left: box.left, right: box.right, top: box.top, bottom: box.bottom};
    }))"""))
    check(boxes[0]["right"] <= boxes[1]["left"] and boxes[0]["top"] < boxes[1]["bottom"]
          and boxes[1]["top"] < boxes[0]["bottom"], f"the two versions are not side by side: {boxes}")
    left_marks = page.evaluate("document.querySelectorAll('td[id^=\"a-p\"] mark').length")
    right_marks = page.evaluate("document.querySelectorAll('td[id^=\"b-p\"] mark').length")
    check(left_marks > 0 and right_marks > 0, f"highlights: {left_marks} French, {right_marks} English")

    # « 94e » on the French side leads to “93rd” on the English side, highlighted and in view.
    item = """Array.from(document.querySelectorAll('li.finding')).find(li => li.id.startsWith('a')
        && li.querySelector('code')?.textContent === 'parity/value-mismatch'
        && li.querySelector('.message').textContent.startsWith('« 94e »'))"""
    page.evaluate(f"({item}).querySelector('a.other-version').click()")
    reached = json.loads(page.evaluate("""JSON.stringify((() => {
        const mark = document.activeElement.closest('mark');
        const box = mark?.getBoundingClientRect();
        return {text: mark?.textContent, current: mark?.classList.contains('current'),
                column: mark?.closest('td')?.id, title: mark?.title,
                inView: box ? box.top >= 0 && box.bottom <= window.innerHeight : false};
    })())"""))
    check(reached["text"] == "93rd" and reached["column"].startswith("b-p"),
          f"the French « 94e » finding does not lead to the English “93rd”: {reached}")
    check(reached["current"] and reached["inView"], f"the English “93rd” is not highlighted in view: {reached}")
    check("[parity/value-mismatch]" in reached["title"], f"the English “93rd” is not its parity finding: {reached}")

    # Without the script: both columns in the HTML, the link and the anchor it leads to.
    with urllib.request.urlopen(url) as response:
        html = response.read().decode("utf-8")
    check('<td id="a-p2"><pre class="draft">' in html and '<td id="b-p2"><pre class="draft">' in html,
          "the plain side-by-side page does not hold both columns")
    link = re.search(r'<a class="other-version" href="#(b\d+-text)">', html)
    check(link is not None and f'<span id="{link.group(1)}"></span>' in html,
          "a parity finding does not link to the other version's words without the script")


def main():
    binary, artifacts = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(artifacts, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="factdesk-browser-")
    workspace = os.path.join(folder, "desk")
    server = browser = page = None
    try:
        subprocess.run([binary, "init", workspace, "--template", "interpol-ga"], check=True, stdout=subprocess.DEVNULL,
                       env=dict(os.environ, FACTDESK_AUTHOR="Browser Test <browser@example.org>"))
        server, base = start_server(binary, workspace, folder)
        browser, page = start_browser(os.path.join(folder, "profile"))
        page.call("Page.enable")
        draft_url = f"{base}/drafts/{DRAFT}"

        load(page, draft_url)
        check(page.evaluate("document.querySelectorAll('mark').length") == 0, "an unchecked draft has highlights")
        check("Not checked yet." in page.evaluate("document.body.innerText"), "the page does not say it is unchecked")

        page.evaluate("document.getElementById('check-button').click()")
        page.wait_for("document.readyState === 'complete' && document.querySelectorAll('mark').length > 0",
                      what="the check from the editor to reload the page with highlights")
        # The text as pieces, in order: a finding whose words another finding partly covers (the
        # parity checker's « 195 » inside « 195 pays membres ») is highlighted as several marks.
        pieces = json.loads(page.evaluate("""JSON.stringify(Array.from(document.querySelector('pre.draft').childNodes)
            .filter(node => node.nodeName === 'MARK' || node.nodeType === Node.TEXT_NODE).map(node => {
                const box = node.nodeName === 'MARK' ? node.getBoundingClientRect() : null;
                return {text: node.textContent, marked: node.nodeName === 'MARK', classes: box ? node.className : '',
                        title: box ? node.title : '', visible: box !== null && box.width > 0 && box.height > 0};
            }))"""))
        marks = [piece for piece in pieces if piece["marked"]]
        for words, rule in PLANTED.items():
            run = highlighted_run(pieces, words)
            check(run is not None, f"no highlight at « {words} »: {[m['text'] for m in marks]}")
            for mark in run:
                check(mark["visible"], f"the highlight at « {words} » is not rendered")
                check(f"[{rule}]" in mark["title"], f"the highlight at « {words} » is not {rule}: {mark['title']}")
                check("error" in mark["classes"].split(), f"the highlight at « {words} » is not coloured as an error")
        check(any("Nasser" in m["text"] for m in marks), "the misspelled « Ahmed Nasser Al-Raisi » is not highlighted")
        # The French draft finds its English version: the parity checker reports there too.
        check(any("[parity/value-mismatch]" in m["title"] and m["text"] == "195" for m in marks),
              "« 195 » is not highlighted as a parity value mismatch")

        # Highlight → finding, finding → highlight, and j/k between findings.
        def finding_of(rule):
            return f"""Array.from(document.querySelectorAll('li.finding'))
                .find(li => li.querySelector('code')?.textContent === '{rule}')"""
        page.evaluate("""Array.from(document.querySelectorAll('pre.draft mark a'))
            .find(a => a.textContent === '31 novembre').click()""")
        check(page.evaluate(f"document.activeElement === ({finding_of('date/invalid-date')})"),
              "clicking the highlight of « 31 novembre » does not focus its finding")
        check(page.evaluate(f"({finding_of('date/invalid-date')}).classList.contains('current')"),
              "the focused finding is not marked as current")
        position = "Array.from(document.querySelectorAll('li.finding')).indexOf(document.activeElement)"
        start = page.evaluate(position)

        def press(key):
            for kind in ("keyDown", "keyUp"):
                page.call("Input.dispatchKeyEvent", type=kind, key=key, code=f"Key{key.upper()}",
                          text=key if kind == "keyDown" else "")
        press("j")
        check(page.evaluate(position) == start + 1, "j does not move to the next finding")
        press("k")
        check(page.evaluate(position) == start, "k does not move back to the previous finding")
        page.evaluate(f"({finding_of('number/fact-mismatch')}).querySelector('p > a').click()")
        focused = json.loads(page.evaluate(
            "JSON.stringify({text: document.activeElement.closest('mark')?.textContent, title: document.activeElement.closest('mark')?.title})"))
        check(focused["text"] and "195 pays membres".startswith(focused["text"])
              and "[number/fact-mismatch]" in focused["title"],
              f"clicking a finding's place does not focus its highlight: {focused}")
        check(page.evaluate("document.activeElement.closest('mark').classList.contains('current')"),
              "the highlight of the chosen finding is not marked as current")
        # Without the script, the same links lead there: marks link to findings, findings to marks.
        with urllib.request.urlopen(draft_url) as response:
            html = response.read().decode("utf-8")
        check(re.search(r'<mark [^>]*><a href="#f\d+">31 novembre</a></mark>', html) is not None,
              "the highlight of « 31 novembre » does not link to its finding without the script")
        check(re.search(r'<a href="#f\d+-text">\d+:\d+</a>', html) is not None,
              "the findings do not link to their highlights without the script")

        finding = """Array.from(document.querySelectorAll('li.finding'))
            .find(li => li.querySelector('code')?.textContent === 'date/invalid-date')"""
        page.evaluate(f"""(() => {{
            const item = {finding};
            item.querySelector('input[name=reason]').value = 'date confirmée par l’organisateur';
            item.querySelector('button.dismiss').click();
        }})()""")
        page.wait_for(f"document.readyState === 'complete' && ({finding})?.classList.contains('settled')",
                      what="the dismissed finding to show as settled")
        status = page.evaluate(f"({finding}).querySelector('.status')?.textContent")
        check(status == "dismissed", f"the finding's status reads {status!r}")
        settled = page.evaluate("""Array.from(document.querySelectorAll('pre.draft mark'))
            .find(m => m.textContent === '31 novembre').classList.contains('settled')""")
        check(settled, "the dismissed finding's highlight is not faded")
        subject = subprocess.run(["git", "log", "-1", "--format=%s"], cwd=workspace, check=True,
                                 capture_output=True, text=True).stdout.strip()
        check(subject.startswith("dismiss date:invalid-date:") and subject.endswith(": date confirmée par l’organisateur"),
              f"git's last revision is {subject!r}")

        page.evaluate("""(() => {
            const editor = document.getElementById('editor-text');
            editor.value = editor.value.replace('195 pays membres', '196 pays membres');
            document.getElementById('check-button').click();
        })()""")
        page.wait_for("""document.readyState === 'complete' && document.querySelector('pre.draft')
            && !Array.from(document.querySelectorAll('pre.draft mark')).some(m => m.textContent.includes('195'))
            && document.body.innerText.includes('196 pays membres')""", what="the corrected draft to be checked")
        load(page, f"{draft_url}/history")
        bars = page.evaluate("document.querySelectorAll('#open-chart g.bar').length")
        check(bars == 2, f"the chart has {bars} bars for 2 checks")
        check(page.evaluate("document.querySelector('#diff ins')?.textContent.includes('196 pays membres')"),
              "the history page's diff does not show the corrected line")

        side_by_side(page, base)

        screenshot(draft_url, os.path.join(artifacts, "draft-page.png"), os.path.join(folder, "shot-1"))
        screenshot(f"{draft_url}/history", os.path.join(artifacts, "history-page.png"), os.path.join(folder, "shot-2"))
        screenshot(f"{draft_url}/side-by-side", os.path.join(artifacts, "side-by-side-page.png"),
                   os.path.join(folder, "shot-3"))
        print(f"browser test: {passed} passed, 0 failed")
    finally:
        if page:
            page.close()
        for process in (browser, server):
            if process:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
