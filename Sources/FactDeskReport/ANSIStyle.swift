import FactDeskKit

/// The ANSI SGR styles the text report uses.
enum ANSIStyle: String {
    case bold = "1"
    case red = "1;31"
    case yellow = "1;33"
    case blue = "1;34"
    case green = "32"
    /// Faint, for decided findings.
    case dim = "2"

    /// The colour of a severity: error red, warning yellow, info blue.
    init(_ severity: Severity) {
        switch severity {
        case .error: self = .red
        case .warning: self = .yellow
        case .info: self = .blue
        }
    }

    /// Wraps text in this style when `enabled`, else returns it unchanged.
    func apply(_ text: String, enabled: Bool) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}
