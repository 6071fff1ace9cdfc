/// The entry point of a Swift checker module: the one type a module under `Plugins/<Name>/`
/// names `<Name>Module`, through which FactDesk finds the module's checkers.
///
/// FactDesk compiles in every folder under `Plugins/` that holds Swift sources and registers its
/// `<Name>Module` type at build time, so adding a module needs no edit anywhere else. The
/// checkers a module lists are shown by `factdesk checkers` with the origin
/// `swift-module Plugins/<Name>`, and run by the same engine as the built-in checkers.
///
/// ```swift
/// public enum StyleModule: CheckerModule {
///     public static let checkers: [any Checker] = [ExclamationChecker()]
/// }
/// ```
public protocol CheckerModule {
    /// The module's checkers, in the order `factdesk checkers` lists them; their ids must be
    /// unique among every checker FactDesk runs.
    static var checkers: [any Checker] { get }
}
