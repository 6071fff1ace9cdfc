import FactDeskKit
import FactDeskRulePacks
import Foundation
import Testing

/// Reading packs: the four kinds, and every malformed pack refused with its line and reason.
@Suite("Rule pack loading")
struct RulePackLoadingTests {
    @Test("a pack of each kind of rule loads, with its examples and the lines they are on")
    func loadsEachKind() throws {
        let pack = try RulePackLoader().parse(PackFixtures.allKinds, file: "rules/house.yml")
        #expect(pack.id == "house")
        #expect(pack.version == "1.2.0")
        #expect(pack.rules.map(\.id) == ["marrakech", "interpol", "email", "percent"])
        #expect(pack.rules[0].examples.map(\.line) == [14, 15])
        #expect(pack.rules[0].languages == [.fr])
        #expect(pack.rules[1].languages == [.fr, .en])
        guard case .pattern(let pattern) = pack.rules[3].kind else {
            Issue.record("the percent rule is not a pattern")
            return
        }
        #expect(pattern.captureNames == ["number"])
    }

    @Test(
        "a malformed pack is refused with its line and reason",
        arguments: [
            (PackFixtures.replacing("kind: term", with: "kind: spelling"), 8, "unknown rule kind 'spelling'"),
            (PackFixtures.replacing("severity: warning", with: "severity: fatal"), 9, "unknown severity 'fatal'"),
            (PackFixtures.replacing("    reject: [Marrakesh]\n", with: ""), 7, "a term rule needs 'reject'"),
            (
                PackFixtures.replacing("pattern: '(?<number>", with: "pattern: '(?<number>("), 31,
                "not a valid regular expression"
            ),
            (PackFixtures.replacing("« {preferred} »", with: "« {city} »"), 12, "uses '{city}'"),
            (
                PackFixtures.replacing("  - id: interpol", with: "  - id: marrakech"), 16,
                "two rules share the id 'marrakech'"
            ),
            (PackFixtures.replacing("pack: house", with: "pack: House Style"), 1, "must be kebab-case"),
            (
                PackFixtures.replacing("    prefer: Marrakech\n", with: "    prefer: Marrakech\n    colour: red\n"), 12,
                "unknown key 'colour'"
            ),
            (PackFixtures.replacing("      - \"À ⟦Marrakesh⟧.\"\n", with: ""), 14, "at least one text with ⟦…⟧"),
            (
                PackFixtures.replacing("    phrase: INTERPOL\n", with: "    phrase: INTERPOL\n    prefer: Interpol\n"),
                16, "'prefer' is not used by a required-spelling rule"
            ),
            (
                PackFixtures.replacing("rules:\n", with: "base: &base {severity: info}\nrules:\n"), 5,
                "anchors are not allowed in rule packs"
            ),
            (PackFixtures.replacing("version: 1.2.0\n", with: "version: [1.2.0\n"), 4, "malformed YAML"),
        ])
    func malformed(_ text: String, line: Int, reason: String) throws {
        let error = try #require(throws: RulePackError.self) {
            try RulePackLoader().parse(text, file: "rules/house.yml")
        }
        let match = error.diagnostics.first { $0.reason.contains(reason) }
        #expect(match?.location.line == line, "\(error)")
        #expect(match?.location.file == "rules/house.yml")
    }

    @Test("a pack over the size or rule-count limit is refused with the limit named")
    func limits() throws {
        var limits = RulePackLimits()
        limits.rules = 3
        let tooMany = try #require(throws: RulePackError.self) {
            try RulePackLoader(limits: limits).parse(PackFixtures.allKinds, file: "rules/house.yml")
        }
        #expect(tooMany.description.contains("4 rules, more than the limit of 3"))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yml")
        try Data((PackFixtures.allKinds + "# " + String(repeating: "x", count: 300_000) + "\n").utf8).write(to: big)
        let tooBig = try #require(throws: RulePackError.self) { try RulePackLoader().load([folder.path]) }
        #expect(tooBig.description.hasPrefix("\(big.path):1:1: error: rule pack is"))
        #expect(tooBig.description.contains("more than the limit of 262144"))

        limits = RulePackLimits()
        limits.patternLength = 10
        let longPattern = try #require(throws: RulePackError.self) {
            try RulePackLoader(limits: limits).parse(PackFixtures.allKinds, file: "rules/house.yml")
        }
        #expect(longPattern.description.contains("more than the limit of 10"))
    }

    @Test("two packs with the same id are refused")
    func duplicatePackIDs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.yml", "b.yaml"] {
            try Data(PackFixtures.allKinds.utf8).write(to: folder.appendingPathComponent(name))
        }
        let error = try #require(throws: RulePackError.self) { try RulePackLoader().load([folder.path]) }
        #expect(error.description.contains("pack id 'house' is already used by \(folder.path)/a.yml"))
    }
}
