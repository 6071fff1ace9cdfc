extension Assets {
    /// The pages' plain JavaScript: the editor's check, decisions and applying suggestions, all
    /// through the JSON API with the session's CSRF token. Offsets are Unicode code points, as
    /// in the findings schema (`Array.from` splits a string into code points).
    static let script = #"""
        "use strict";
        (function () {
          const csrf = document.querySelector('meta[name="factdesk-csrf"]')?.content ?? "";

          async function post(url, body) {
            const response = await fetch(url, {
              method: "POST",
              credentials: "same-origin",
              headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
              body: JSON.stringify(body),
            });
            const payload = await response.json().catch(() => ({}));
            if (!response.ok) throw new Error(payload.error ?? response.status + " " + response.statusText);
            return payload;
          }

          function say(element, message, isError) {
            if (!element) return;
            element.textContent = message;
            element.classList.toggle("failed", Boolean(isError));
          }

          const editorName = document.getElementById("editor-name");
          if (editorName) {
            editorName.addEventListener("submit", async (event) => {
              event.preventDefault();
              try {
                await post("/api/session/name", { name: editorName.elements.name.value });
                location.reload();
              } catch (error) {
                alert(error.message);
              }
            });
          }

          const newDraft = document.getElementById("new-draft");
          if (newDraft) {
            const status = document.getElementById("new-draft-status");
            newDraft.addEventListener("submit", async (event) => {
              event.preventDefault();
              const name = newDraft.elements.name.value.trim();
              say(status, "Checking…");
              try {
                await post(newDraft.dataset.create, { name: name, text: newDraft.elements.text.value });
                location.href = "/drafts/" + encodeURIComponent(name);
              } catch (error) {
                say(status, error.message, true);
              }
            });
          }

          const editor = document.getElementById("editor");
          const editorText = document.getElementById("editor-text");
          const editorStatus = document.getElementById("editor-status");
          if (editor) {
            editor.addEventListener("submit", async (event) => {
              event.preventDefault();
              say(editorStatus, "Checking…");
              try {
                const result = await post(editor.dataset.check, { text: editorText.value });
                say(editorStatus, result.revision ? "Recorded revision " + result.revision.slice(0, 7) : "Nothing changed");
                location.reload();
              } catch (error) {
                say(editorStatus, error.message, true);
              }
            });
          }

          // Highlight and finding lead to one another; j and k move between findings. Without
          // the script, the same links still jump there.
          const items = Array.from(document.querySelectorAll("li.finding"));
          let current = -1;
          function markOf(item) {
            const anchor = document.getElementById(item.id + "-text");
            let node = anchor?.nextSibling;
            while (node && node.nodeName !== "MARK") node = node.nextSibling;
            return node;
          }
          function select(index, focusText) {
            if (index < 0 || index >= items.length) return;
            for (const marked of document.querySelectorAll(".current")) marked.classList.remove("current");
            current = index;
            const item = items[index];
            const mark = markOf(item);
            item.classList.add("current");
            mark?.classList.add("current");
            if (focusText && mark) {
              mark.scrollIntoView({ block: "center" });
              (mark.querySelector("a") ?? mark).focus();
            } else {
              mark?.scrollIntoView({ block: "center" });
              item.scrollIntoView({ block: "nearest" });
              item.focus();
            }
          }
          for (const [index, item] of items.entries()) {
            item.tabIndex = -1;
            item.querySelector("p > a[href^='#']")?.addEventListener("click", (event) => {
              event.preventDefault();
              select(index, true);
            });
          }
          for (const link of document.querySelectorAll("pre.draft mark a")) {
            link.addEventListener("click", (event) => {
              const index = items.findIndex((item) => "#" + item.id === link.getAttribute("href"));
              if (index < 0) return;
              event.preventDefault();
              select(index, false);
            });
          }
          // Side by side: a parity finding leads to the place it points to in the other
          // version, its finding there or, when it has none, the paragraph.
          for (const link of document.querySelectorAll("a.other-version")) {
            link.addEventListener("click", (event) => {
              const target = link.getAttribute("href").slice(1);
              event.preventDefault();
              const index = items.findIndex((item) => item.id + "-text" === target);
              if (index >= 0) {
                select(index, true);
                return;
              }
              const cell = document.getElementById(target);
              if (!cell) return;
              for (const marked of document.querySelectorAll(".current")) marked.classList.remove("current");
              cell.classList.add("current");
              cell.scrollIntoView({ block: "center" });
            });
          }
          document.addEventListener("keydown", (event) => {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
            if (event.key === "j") select(Math.min(current + 1, items.length - 1), false);
            else if (event.key === "k") select(Math.max(current - 1, 0), false);
          });

          for (const button of document.querySelectorAll("button.apply")) {
            button.addEventListener("click", () => {
              if (!editorText) return;
              const points = Array.from(editorText.value);
              const start = Number(button.dataset.start);
              const end = Number(button.dataset.end);
              points.splice(start, end - start, button.dataset.replacement);
              editorText.value = points.join("");
              editorText.focus();
              say(editorStatus, "Suggestion applied in the editor: check to record it.");
            });
          }

          for (const form of document.querySelectorAll("form.decide")) {
            form.addEventListener("submit", async (event) => {
              event.preventDefault();
              const decision = event.submitter?.value ?? "dismiss";
              const reason = form.elements.reason.value.trim();
              const status = form.parentElement.querySelector(".decision-status") ?? document.createElement("p");
              status.className = "decision-status";
              form.after(status);
              if (decision === "dismiss" && reason === "") {
                say(status, "Say why the finding is dismissed.", true);
                return;
              }
              const body = decision === "dismiss"
                ? { reason: reason, draft: form.dataset.draft }
                : { note: reason === "" ? null : reason, draft: form.dataset.draft };
              try {
                await post(decision === "dismiss" ? form.dataset.dismiss : form.dataset.accept, body);
                location.reload();
              } catch (error) {
                say(status, error.message, true);
              }
            });
          }
        })();

        """#
}
