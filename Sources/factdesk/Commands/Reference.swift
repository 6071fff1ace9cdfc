import ArgumentParser

/// `factdesk reference`: lint, show and import the newsroom's reference data.
struct Reference: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint, show, import and compile reference data (entities, facts, series, properties).",
        subcommands: [Lint.self, Show.self, Import.self, Build.self])
}
