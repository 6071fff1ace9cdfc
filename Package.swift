// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The Swift checker modules: every folder right under `Plugins/` that holds Swift sources is one
/// module target, named after the folder (other folders there, such as rule packs or external
/// plugins, are left alone). Adding a module needs no edit here: see "Swift checker modules" in
/// the README.
let checkerModules: [(name: String, excluded: [String])] = {
    let plugins = URL(fileURLWithPath: Context.packageDirectory).appendingPathComponent("Plugins")
    let manager = FileManager.default
    let folders = (try? manager.contentsOfDirectory(atPath: plugins.path)) ?? []
    return folders.sorted().compactMap { name in
        let folder = plugins.appendingPathComponent(name)
        guard !name.hasPrefix("."), let files = manager.enumerator(atPath: folder.path)?.allObjects as? [String]
        else { return nil }
        let regular = files.filter { file in
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(file).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }
        guard regular.contains(where: { $0.hasSuffix(".swift") }) else { return nil }
        return (name, regular.filter { !$0.hasSuffix(".swift") })
    }
}()

let package = Package(
    name: "FactDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "factdesk", targets: ["factdesk"]),
        .library(name: "FactDeskKit", targets: ["FactDeskKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The checker SDK: documents, findings, the Checker protocol. Foundation only.
        .target(name: "FactDeskKit"),
        // Extractors for dates, durations, numbers and ordinals (FR/EN).
        .target(name: "FactDeskText", dependencies: ["FactDeskKit"]),
        // Reference data: model, validated loading (YAML/JSON), queries, fuzzy name index, importers.
        .target(
            name: "FactDeskReference",
            dependencies: ["FactDeskKit", "FactDeskText", "CZlib", .product(name: "Yams", package: "Yams")]),
        // Built-in checkers.
        .target(name: "FactDeskCheckers", dependencies: ["FactDeskKit", "FactDeskText", "FactDeskReference"]),
        // Runs checkers over documents, concurrently and with failures isolated.
        .target(name: "FactDeskEngine", dependencies: ["FactDeskKit", "FactDeskText", "FactDeskCheckers"]),
        // Renderers: terminal text, JSON, SARIF 2.1.0.
        .target(name: "FactDeskReport", dependencies: ["FactDeskKit"]),
        // Rule packs: YAML house-style rules (term, pattern, required-spelling, consistency); reads
        // YAML with the reference loader's node reader.
        .target(
            name: "FactDeskRulePacks",
            dependencies: ["FactDeskKit", "FactDeskReference", .product(name: "Yams", package: "Yams")]),
        // The compiled-in Swift checker modules, registered by the CheckerModuleRegistry build plugin.
        .target(
            name: "FactDeskModules",
            dependencies: ["FactDeskKit"] + checkerModules.map { .target(name: $0.name) },
            plugins: ["CheckerModuleRegistry"]
        ),
        .plugin(
            name: "CheckerModuleRegistry", capability: .buildTool(), dependencies: ["CheckerModuleRegistryGenerator"],
            path: "Sources/CheckerModuleRegistry"
        ),
        .executableTarget(name: "CheckerModuleRegistryGenerator"),
        // External plugins: the factdesk.plugin/1 protocol over a child process, and plugin trust.
        .target(
            name: "FactDeskPluginHost",
            dependencies: ["FactDeskKit", "FactDeskReport", "FactDeskReference", .product(name: "Yams", package: "Yams")]),
        // libgit2, through pkg-config.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // zlib, through pkg-config: the Wikidata importer reads gzip dumps as it goes.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // A small Swift wrapper over the libgit2 calls FactDesk needs.
        .target(name: "FactDeskGit", dependencies: ["CLibGit2"]),
        // Workspaces: annotated revisions, decisions, history, sync.
        .target(name: "FactDeskWorkspace", dependencies: ["FactDeskKit", "FactDeskGit"]),
        // Checking a workspace's drafts and recording revisions: shared by `check` and the web workbench.
        .target(
            name: "FactDeskChecking",
            dependencies: ["FactDeskKit", "FactDeskText", "FactDeskEngine", "FactDeskReference", "FactDeskWorkspace"]),
        // The language server (`factdesk lsp`): LSP 3.17 over stdio, diagnostics, code actions, hover.
        .target(name: "FactDeskLanguageServer", dependencies: ["FactDeskKit", "FactDeskWorkspace"]),
        // The local web workbench: pages and JSON API over a workspace.
        .target(
            name: "FactDeskServer",
            dependencies: [
                "FactDeskKit", "FactDeskText", "FactDeskCheckers", "FactDeskEngine", "FactDeskReference",
                "FactDeskChecking", "FactDeskWorkspace", "FactDeskReport", .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .executableTarget(
            name: "factdesk",
            dependencies: [
                "FactDeskKit", "FactDeskText", "FactDeskCheckers", "FactDeskEngine",
                "FactDeskReport", "FactDeskWorkspace", "FactDeskReference", "FactDeskRulePacks", "FactDeskModules",
                "FactDeskPluginHost", "FactDeskChecking", "FactDeskServer", "FactDeskLanguageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "FactDeskBenchmarks",
            dependencies: [
                "FactDeskKit", "FactDeskText", "FactDeskCheckers", "FactDeskEngine", "FactDeskWorkspace",
                "FactDeskGit", "FactDeskReference", "FactDeskPluginHost", "FactDeskServer",
            ]
        ),
        .testTarget(name: "FactDeskKitTests", dependencies: ["FactDeskKit"]),
        .testTarget(name: "FactDeskTextTests", dependencies: ["FactDeskKit", "FactDeskText"]),
        .testTarget(
            name: "FactDeskCheckersTests",
            dependencies: [
                "FactDeskKit", "FactDeskText", "FactDeskEngine", "FactDeskCheckers", "FactDeskReference",
                "FactDeskModules", "FactDeskRulePacks",
            ]),
        .testTarget(name: "FactDeskRulePacksTests", dependencies: ["FactDeskKit", "FactDeskRulePacks"]),
        .testTarget(
            name: "FactDeskEngineTests",
            dependencies: ["FactDeskKit", "FactDeskEngine", "FactDeskText", "FactDeskCheckers", "FactDeskReference"]),
        .testTarget(name: "FactDeskReferenceTests", dependencies: ["FactDeskReference"]),
        .testTarget(name: "FactDeskLanguageServerTests", dependencies: ["FactDeskLanguageServer", "FactDeskKit"]),
        .testTarget(name: "FactDeskReportTests", dependencies: ["FactDeskKit", "FactDeskReport"]),
        .testTarget(name: "FactDeskGitTests", dependencies: ["FactDeskGit"]),
        .testTarget(name: "FactDeskWorkspaceTests", dependencies: ["FactDeskWorkspace", "FactDeskGit", "FactDeskKit"]),
        .testTarget(name: "FactDeskCLITests", dependencies: ["factdesk"]),
        .testTarget(
            name: "FactDeskPluginHostTests",
            dependencies: ["FactDeskPluginHost", "FactDeskKit", "FactDeskEngine", "FactDeskText", "FactDeskReference"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "FactDeskServerTests",
            dependencies: [
                "FactDeskServer", "FactDeskCheckers", "FactDeskEngine", "FactDeskWorkspace", "FactDeskKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)

package.targets += checkerModules.map { module in
    .target(
        name: module.name, dependencies: ["FactDeskKit", "FactDeskText"], path: "Plugins/\(module.name)",
        exclude: module.excluded)
}
