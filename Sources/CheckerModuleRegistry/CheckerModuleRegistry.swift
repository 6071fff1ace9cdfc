import Foundation
import PackagePlugin

/// Writes the list of compiled-in Swift checker modules for the target it is applied to
/// (`FactDeskModules`): each of the target's dependencies whose folder is right under
/// `Plugins/` is a checker module, whose entry point is the type `<Name>Module`.
///
/// The `Plugins/` folder is an input of the command, so adding or removing a module folder runs
/// the generator again, which stops the build with the fix when SwiftPM's cached manifest does
/// not list the folders of `Plugins/` as they are now.
@main
struct CheckerModuleRegistry: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let pluginsFolder = context.package.directoryURL.appendingPathComponent("Plugins")
        let plugins = pluginsFolder.standardizedFileURL.path
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
                arguments: [output.path, plugins] + modules.flatMap { [$0.name, $0.folder] },
                inputFiles: [pluginsFolder], outputFiles: [output])
        ]
    }
}
