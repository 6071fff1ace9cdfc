import Foundation

/// Whether to colour terminal output: only on a terminal, never with `NO_COLOR` or `TERM=dumb`.
enum TerminalColour {
    static var enabledForStandardOutput: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
