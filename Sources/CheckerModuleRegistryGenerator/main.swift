import Foundation

// Writes the Swift file that registers the compiled-in checker modules.
// Usage: CheckerModuleRegistryGenerator OUTPUT PLUGINS-FOLDER [MODULE FOLDER]...
// Each MODULE (a Swift module name) must declare `public enum <MODULE>Module: CheckerModule`.

/// Writes a message on standard error and exits with a status.
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(status)
}

/// The folders right under `plugins` that hold Swift sources, by name.
func moduleFolders(in plugins: String) -> Set<String> {
    let manager = FileManager.default
    let names = (try? manager.contentsOfDirectory(atPath: plugins)) ?? []
    return Set(
        names.filter { name in
            let folder = (plugins as NSString).appendingPathComponent(name)
            let files = manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []
            return !name.hasPrefix(".") && files.contains { $0.hasSuffix(".swift") }
        })
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, arguments.count % 2 == 0 else {
    fail("usage: CheckerModuleRegistryGenerator OUTPUT PLUGINS-FOLDER [MODULE FOLDER]...", status: 2)
}
let output = arguments[0]
let modules = stride(from: 2, to: arguments.count, by: 2).map { (name: arguments[$0], folder: arguments[$0 + 1]) }

let listed = Set(modules.map { ($0.folder as NSString).lastPathComponent })
let present = moduleFolders(in: arguments[1])
if listed != present {
    let changed = present.symmetricDifference(listed).sorted().map { "Plugins/\($0)" }.joined(separator: ", ")
    fail(
        "checker modules changed (\(changed)) since SwiftPM last read Package.swift; "
            + "run `touch Package.swift && swift build --manifest-cache none` once to pick them up (or `swift test --manifest-cache none`)", status: 1)
}

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

do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    fail("cannot write \(output): \(error.localizedDescription)", status: 1)
}
