extension HTMLReport {
    /// The page's inline CSS: readable prose, severity colours shared by highlights and list,
    /// settled (dismissed or accepted) findings faded, and a dark variant.
    static let styleSheet = """
        :root { --error: #d1242f; --warning: #bf8700; --info: #0969da;
          --error-bg: #ffebe9; --warning-bg: #fff8c5; --info-bg: #ddf4ff; }
        @media (prefers-color-scheme: dark) {
          :root { --error-bg: #5d1a1d; --warning-bg: #4b3a00; --info-bg: #0c2d6b; }
          body { background: #0d1117; color: #e6edf3; }
          pre.draft { background: #161b22; }
        }
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        pre.draft { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.6 ui-serif, Georgia, serif;
          background: #f6f8fa; padding: 1rem; border-radius: 6px; }
        mark { color: inherit; border-bottom: 2px solid; border-radius: 2px; }
        mark.error { background: var(--error-bg); border-color: var(--error); }
        mark.warning { background: var(--warning-bg); border-color: var(--warning); }
        mark.info { background: var(--info-bg); border-color: var(--info); }
        mark.overlap { border-bottom-style: double; border-bottom-width: 4px; }
        mark.point { border-bottom: none; border-left: 2px solid; padding: 0; }
        mark.settled, li.settled { opacity: 0.55; }
        .findings li { margin-bottom: 0.75rem; }
        .severity { font-weight: bold; text-transform: uppercase; font-size: 0.8em; }
        .error > p > .severity { color: var(--error); }
        .warning > p > .severity { color: var(--warning); }
        .info > p > .severity { color: var(--info); }
        .status { font-style: italic; }
        ins { text-decoration: none; background: var(--info-bg); padding: 0 0.2em; }
        .meta, .summary { color: #6e7781; }

        """
}
