import FactDeskReport

extension Assets {
    /// The pages' style sheet: the highlights' severity colours, the two-column workbench, the
    /// side-by-side versions, the editor, tables, timeline and diff.
    static let styleSheet = HighlightedText.styleSheet + """
        :root { --muted: #6e7781; }
        body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; }
        header.bar { background: #24292f; padding: 0.5rem 1.5rem; }
        header.bar a { color: #fff; font-weight: bold; text-decoration: none; }
        main { max-width: 78rem; margin: 1rem auto; padding: 0 1.5rem; }
        .crumbs, .meta { color: var(--muted); }
        .workbench { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; }
        pre.draft { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.7 ui-serif, Georgia, serif;
          background: #f6f8fa; padding: 1rem; border-radius: 6px; margin: 0; }
        .panel ol.findings { padding-left: 1.2rem; }
        .findings li.finding { margin-bottom: 1rem; }
        mark a { color: inherit; text-decoration: none; }
        li.finding.current, li.finding:target { outline: 2px solid #0969da; outline-offset: 2px; }
        mark.current { outline: 2px solid #0969da; }
        .status { font-style: italic; }
        .failed { color: var(--error); }
        ins { text-decoration: none; background: #dafbe1; }
        del { text-decoration: none; background: var(--error-bg); }
        .controls { margin-top: 0.3rem; font-size: 0.9em; }
        .controls form { display: flex; gap: 0.3rem; margin: 0.3rem 0; }
        .controls input { flex: 1; min-width: 6rem; }
        button { cursor: pointer; }
        button.dismiss { border-color: var(--muted); }
        button.accept { border-color: var(--error); }
        .editor textarea { width: 100%; box-sizing: border-box; font: 14px/1.5 ui-monospace, monospace; }
        table.drafts { border-collapse: collapse; width: 100%; }
        table.drafts th, table.drafts td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #d0d7de; }
        .unchecked { color: var(--muted); font-style: italic; }
        svg.chart { color: #57606a; background: #f6f8fa; border-radius: 6px; }
        .timeline li, .events li { margin-bottom: 0.3rem; }
        pre.text-diff { background: #f6f8fa; padding: 0.8rem; white-space: pre-wrap; }
        .hunk { color: var(--info); }
        table.side-by-side { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 1rem 0.6rem; }
        table.side-by-side th { text-align: left; font-weight: normal; }
        table.side-by-side td { vertical-align: top; width: 50%; }
        table.side-by-side td.current pre.draft { outline: 2px solid #0969da; }
        table.side-by-side td.absent { background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f6f8fa 6px, #f6f8fa 12px); }
        @media (max-width: 50rem) { .workbench { grid-template-columns: 1fr; } }

        """
}
