import FactDeskKit

/// The Honorifics checker module: how news copy writes titles and honorifics before names.
public enum HonorificsModule: CheckerModule {
    public static let checkers: [any Checker] = [HonorificsChecker()]
}
