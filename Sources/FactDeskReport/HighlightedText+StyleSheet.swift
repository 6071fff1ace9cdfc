extension HighlightedText {
    /// The CSS of highlights and severity labels, shared by the HTML report and the web
    /// workbench so that both colour findings alike: the severity colours as variables, a
    /// `mark` per finding underlined in its severity's colour (double where findings overlap, a
    /// bar for an empty span), settled findings faded, and severity labels.
    public static let styleSheet = """
        :root { --error: #d1242f; --warning: #bf8700; --info: #0969da;
          --error-bg: #ffebe9; --warning-bg: #fff8c5; --info-bg: #ddf4ff; }
        mark { color: inherit; border-bottom: 2px solid; border-radius: 2px; }
        mark.error { background: var(--error-bg); border-color: var(--error); }
        mark.warning { background: var(--warning-bg); border-color: var(--warning); }
        mark.info { background: var(--info-bg); border-color: var(--info); }
        mark.overlap { border-bottom-style: double; border-bottom-width: 4px; }
        mark.point { border-bottom: none; border-left: 2px solid; padding: 0; }
        mark.settled, li.settled { opacity: 0.55; }
        .severity { font-weight: bold; text-transform: uppercase; font-size: 0.8em; }
        .error > p > .severity { color: var(--error); }
        .warning > p > .severity { color: var(--warning); }
        .info > p > .severity { color: var(--info); }

        """
}
