import Foundation
import PackagePlugin

/// Writes the list of compiled-in Swift checker modules for the target it is applied to
/// (`FactDeskModules`): each of the target's dependencies whose folder is right under
/// `Plugins/` is a checker module, whose entry point is the type `<Name>Module`.
@main
struct CheckerModuleRegistry: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let plugins = context.package.directoryURL.appendingPathComponent("Plugins").standardizedFileURL.path
        let modules = target.dependencies.compactMap { dependency -> (name: String, folder: String)? in
            guard case .target(let module) = dependency,
                module.directoryURL.deletingLastPathComponent().standardizedFileURL.path == plugins
            else { return nil }
            return (module.name, "Plugins/" + module.directoryURL.lastPathComponent)
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("RegisteredCheckerModules.swift")
        return [
            .buildCommand(
                displayName: "Registering \(modules.count) checker module(s) for \(target.name)",
                executable: try context.tool(named: "CheckerModuleRegistryGenerator").url,
                arguments: [output.path] + modules.flatMap { [$0.name, $0.folder] },
                inputFiles: [], outputFiles: [output])
        ]
    }
}
