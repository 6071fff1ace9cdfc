import FactDeskKit

/// The Swift checker modules compiled into FactDesk: every folder under `Plugins/` that holds
/// Swift sources.
///
/// The list of modules is written at build time by the `CheckerModuleRegistry` build plugin
/// (into `registered`), from the module targets `Package.swift` found under `Plugins/`.
public enum SwiftCheckerModules {
    /// Every module's checkers, in module-name order, each with the origin
    /// `swift-module Plugins/<Name>`.
    public static var checkers: [any Checker] {
        registered.flatMap { module in
            module.entry.checkers.map {
                ModuleChecker($0, origin: CheckerOrigin(kind: .swiftModule, location: module.location)) as any Checker
            }
        }
    }

    /// The folders of the compiled-in modules, relative to the package (`Plugins/Honorifics`).
    public static var locations: [String] { registered.map(\.location) }
}

/// One compiled-in module: where its sources are and its entry point.
struct RegisteredModule {
    /// The module's folder, relative to the package.
    var location: String
    /// The module's `<Name>Module` type.
    var entry: any CheckerModule.Type
}
