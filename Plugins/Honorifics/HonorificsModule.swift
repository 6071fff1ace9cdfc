import FactDeskKit

/// The Honorifics checker module: how news copy writes titles and honorifics before names.
public enum HonorificsModule: CheckerModule {
    /// The module's one checker.
    public static let checkers: [any Checker] = [HonorificsChecker()]
}
