/// The rule id of the findings that report a checker's failure (the engine's `checker-error`),
/// which a pack reports itself when one of its rules is stopped, so that its other rules'
/// findings still come out.
enum CheckerFailureRule {
    static let id = "checker-error"
}
