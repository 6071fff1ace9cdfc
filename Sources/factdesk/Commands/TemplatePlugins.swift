import FactDeskPluginHost
import Foundation

/// A template's external plugins whose programs lie outside the template, brought into the new
/// workspace: `Workspaces/interpol-ga` runs `../../Plugins/quotation-marks/quotation_marks.py`,
/// a path that means nothing once the workspace is elsewhere.
///
/// Each such program is copied to `plugins/<id>/` and its `command:` in `factdesk.yml` points
/// there, so the workspace carries what it declares (and an editor can read what they trust).
enum TemplatePlugins {
    /// The template itself when it needs nothing, else a copy of it in `scratch` with the plugin
    /// programs brought in.
    /// - Throws: a `PluginConfigurationError` for a malformed `plugins:` key, or a file error.
    static func staged(_ template: URL, in scratch: URL) throws -> URL {
        let configuration = template.appendingPathComponent(PluginConfiguration.file)
        guard FileManager.default.fileExists(atPath: configuration.path) else { return template }
        let outside = try PluginConfiguration.declarations(inWorkspace: template).compactMap { declaration in
            programOutside(template, of: declaration).map { (declaration, $0) }
        }
        guard !outside.isEmpty else { return template }
        let copy = scratch.appendingPathComponent(template.lastPathComponent)
        try FileManager.default.copyItem(at: template, to: copy)
        var text = try String(contentsOf: configuration, encoding: .utf8)
        for (declaration, program) in outside {
            let relative = "plugins/\(declaration.id)/\(program.lastPathComponent)"
            let target = copy.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: program, to: target)
            text = CommandLineRewrite.replacing(declaration.command, with: relative, in: text)
        }
        try Data(text.utf8).write(to: copy.appendingPathComponent(PluginConfiguration.file))
        return copy
    }

    /// The plugin's program when its command is a path to a regular file outside the template.
    private static func programOutside(_ template: URL, of declaration: PluginDeclaration) -> URL? {
        guard declaration.command.contains("/") else { return nil }
        let program = declaration.resolve(declaration.command).standardizedFileURL.resolvingSymlinksInPath()
        let root = template.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        var isFolder: ObjCBool = false
        guard !program.path.hasPrefix(root),
            FileManager.default.fileExists(atPath: program.path, isDirectory: &isFolder), !isFolder.boolValue
        else { return nil }
        return program
    }
}
