extension HTMLReport {
    /// The page's inline CSS: the highlights' (``HighlightedText/styleSheet``), readable prose,
    /// and a dark variant.
    static let styleSheet = HighlightedText.styleSheet + """
        @media (prefers-color-scheme: dark) {
          :root { --error-bg: #5d1a1d; --warning-bg: #4b3a00; --info-bg: #0c2d6b; }
          body { background: #0d1117; color: #e6edf3; }
          pre.draft { background: #161b22; }
        }
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        pre.draft { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.6 ui-serif, Georgia, serif;
          background: #f6f8fa; padding: 1rem; border-radius: 6px; }
        .findings li { margin-bottom: 0.75rem; }
        .status { font-style: italic; }
        ins { text-decoration: none; background: var(--info-bg); padding: 0 0.2em; }
        .meta, .summary { color: #6e7781; }

        """
}
