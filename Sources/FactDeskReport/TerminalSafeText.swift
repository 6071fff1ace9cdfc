/// Text from a draft made safe to print on a terminal: control characters, which could move the
/// cursor or start an escape sequence, become visible symbols; tabs are kept.
///
/// Each scalar is replaced by exactly one scalar, so offsets into the text stay valid.
enum TerminalSafeText {
    /// The scalars with C0 controls shown as their Control Pictures (U+2400…), DEL as `␡`, and
    /// C1 controls as U+FFFD.
    static func scalars(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.map(visible)
    }

    /// A string with its control characters made visible.
    static func string(_ text: String) -> String {
        String(String.UnicodeScalarView(scalars(text.unicodeScalars)))
    }

    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: scalar
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: scalar
        }
    }
}
