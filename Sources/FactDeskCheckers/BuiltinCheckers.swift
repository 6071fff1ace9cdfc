import FactDeskKit

/// The checkers that ship with FactDesk.
public enum BuiltinCheckers {
    /// Every built-in checker, in the order `factdesk checkers` lists them.
    public static let all: [any Checker] = [DateChecker(), NumberChecker(), NameChecker(), ParityChecker()]
}
