import FactDeskKit

/// A module's checker with its origin set to where the module was found, whatever the module's
/// own descriptor says.
struct ModuleChecker: Checker {
    /// The checker as the module made it.
    let base: any Checker
    let descriptor: CheckerDescriptor

    /// Wraps a module's checker.
    init(_ base: any Checker, origin: CheckerOrigin) {
        self.base = base
        var descriptor = base.descriptor
        descriptor.origin = origin
        self.descriptor = descriptor
    }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        try base.check(document, context: context)
    }
}
