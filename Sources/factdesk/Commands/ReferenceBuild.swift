import ArgumentParser
import FactDeskReference
import Foundation

extension Reference {
    /// `factdesk reference build [PATH...]`: compiles the reference snapshot ahead of a check.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile reference data into the snapshot checks read (in $XDG_CACHE_HOME/factdesk).",
            discussion: """
                Validates the data as `reference lint` does and writes the snapshot a check of the \
                same paths, from the same folder, then maps instead of reading the YAML. A snapshot \
                already up to date is kept. Exit status: 0 when the snapshot is up to date or \
                written; 2 when the data is not valid (one line per problem) or the snapshot cannot \
                be written.
                """)

        @Argument(
            help: ArgumentHelp(
                "Reference files or folders, as a check names them (default: the current workspace's reference/ folder).",
                valueName: "PATH"))
        var paths: [String] = []

        func run() throws {
            guard let snapshots = ReferenceSnapshots.userCache(version: FactDeskVersion.current) else {
                throw ExitCode(Diagnostics.usage("no cache folder: set XDG_CACHE_HOME or HOME"))
            }
            let resolved = try ReferencePaths.resolve(paths)
            let loaded: ReferenceSnapshots.Loaded
            do {
                loaded = try snapshots.load(resolved)
            } catch {
                ReferencePaths.report(error.diagnostics)
                throw ExitCode(2)
            }
            let data = loaded.data
            let summary = "\(data.entityCount) entities, \(data.series.count) series, \(data.nameIndex.count) names"
            switch (loaded.origin, loaded.wroteSnapshot) {
            case (.snapshot, _):
                print("reference snapshot up to date: \(loaded.snapshotPath) (\(summary))")
            case (.sources, true):
                loaded.notice.map(Diagnostics.error)
                print("reference snapshot written: \(loaded.snapshotPath) (\(summary))")
            case (.sources, false):
                throw ExitCode(Diagnostics.usage(loaded.notice ?? "reference snapshot not written"))
            }
        }
    }
}
