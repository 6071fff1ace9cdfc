#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Writes the Swift file that registers the compiled-in checker modules.
// Usage: CheckerModuleRegistryGenerator OUTPUT [MODULE FOLDER]...
// Each MODULE (a Swift module name) must declare `public enum <MODULE>Module: CheckerModule`.

/// Writes a message on standard error and exits with a status.
func fail(_ message: String, status: Int32) -> Never {
    let line = "CheckerModuleRegistryGenerator: \(message)\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let output = arguments.first, arguments.count % 2 == 1 else {
    fail("usage: CheckerModuleRegistryGenerator OUTPUT [MODULE FOLDER]...", status: 2)
}
let modules = stride(from: 1, to: arguments.count, by: 2).map { (name: arguments[$0], folder: arguments[$0 + 1]) }

var source = """
    // Generated at build time by the CheckerModuleRegistry plugin from the Swift checker modules
    // under Plugins/. Do not edit: add or remove a folder under Plugins/ instead.
    import FactDeskKit

    """
for module in modules { source += "import \(module.name)\n" }
source += """

    extension SwiftCheckerModules {
        /// The compiled-in modules, by name.
        static var registered: [RegisteredModule] {
            [

    """
for module in modules {
    source += "            RegisteredModule(location: \"\(module.folder)\", entry: \(module.name)Module.self),\n"
}
source += """
            ]
        }
    }

    """

guard let file = fopen(output, "w") else { fail("cannot write \(output)", status: 1) }
fputs(source, file)
fclose(file)
