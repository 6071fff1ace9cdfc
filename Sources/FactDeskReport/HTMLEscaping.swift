extension String {
    /// The text safe to place in HTML content or a quoted attribute value: `&`, `<`, `>`, `"`
    /// and `'` become character references, and characters HTML does not allow in a document
    /// (C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls)
    /// become U+FFFD.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\u{0C}", "\r": result.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
