import ArgumentParser

/// `factdesk rules`: rule packs.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with rule packs (YAML house-style rules).", subcommands: [RulesTest.self])
}
