import Foundation
import Testing

@testable import FactDeskReference

/// Hostile or mistaken reference data is refused before it can exhaust time, memory or the stack.
@Suite struct ReferenceLimitsTests {
    /// The classic "billion laughs": nine levels of nine aliases, 9⁹ nodes once expanded, and the
    /// last level used as a mapping key, which Yams would hash in full.
    static let billionLaughs: String = {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip(
            ["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return yaml + "z: {? *i : 1}\n"
    }()

    @Test func billionLaughsIsRefusedWithinSecondsAndLowMemory() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("laughs.yml")
        try ReferenceLimitsTests.billionLaughs.write(to: file, atomically: true, encoding: .utf8)
        let memoryBefore = peakResidentBytes()
        let start = ContinuousClock.now
        let found = ReferenceLoader().lint([file.path])
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(peakResidentBytes() - memoryBefore < 256 << 20)
        // 9 anchors and 82 aliases: the first 20 are listed, the rest counted in one line.
        #expect(found.count == YAMLEventScreen.reportedAliases + 1)
        #expect(
            found.first?.description
                == "\(file.path):1:4: error: YAML anchors are not allowed in reference data (quote a value that starts with '&')"
        )
        #expect(
            found.contains {
                $0.description
                    == "\(file.path):2:8: error: YAML aliases are not allowed in reference data (quote a value that starts with '*')"
            })
        #expect(found.last?.reason == "62 more YAML anchors and aliases not listed")
    }

    /// Lines after a block scalar, indented less than its text but more than its line, are
    /// ordinary mapping entries: libyaml's own events see the anchors there.
    @Test func anchorsAfterABlockScalarAreFound() {
        let yaml = "- z: |\n   text\n  a: &a [lol]\n  b: [*a, *a]\n"
        #expect(
            problems(yaml) == [
                "3:6: YAML anchors are not allowed in reference data (quote a value that starts with '&')",
                "4:7: YAML aliases are not allowed in reference data (quote a value that starts with '*')",
                "4:11: YAML aliases are not allowed in reference data (quote a value that starts with '*')",
            ])
    }

    @Test(arguments: [
        "entities:\n  - {id: a, kind: organization, names: [\"*Star\", 'R&D', AT&T, R *D]}\n",
        "entities:\n  - id: a\n    kind: organization\n    names: [A]  # *not an alias\n",
        "entities:\n  - id: a\n    kind: organization\n    names:\n      - |\n        *literal text\n",
    ])
    func starsAndAmpersandsInsideValuesAreNotAliases(yaml: String) {
        #expect(YAMLEventScreen.problems(in: yaml, limits: .standard).isEmpty)
        #expect(problems(yaml).isEmpty)
    }

    /// Nesting is refused at the limit, long before libyaml's own limit of a thousand levels.
    @Test func deepNestingIsRefusedBeforeComposing() {
        let yaml = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(problems(yaml) == ["1:33: nested more than 32 levels deep"])
    }

    @Test func aFileWithTooManyNodesIsRefusedBeforeComposing() {
        var limits = ReferenceLimits.standard
        limits.maxNodesPerFile = 10
        let yaml = "entities:\n  - {id: a, kind: person, names: [A, B, C]}\n"
        #expect(problems(yaml, limits: limits) == ["2:35: more than 10 YAML nodes in one file: split the data"])
    }

    @Test func anOverLongNameIsReportedAtItsPlace() {
        var limits = ReferenceLimits.standard
        limits.maxNameLength = 10
        let yaml = "entities:\n  - {id: a, kind: person, names: [Short, {name: Much too long a name}]}\n"
        #expect(problems(yaml, limits: limits) == ["2:49: name is 20 characters long, over the 10 limit"])
    }

    @Test func aDeviceBehindALinkIsNeverRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("zero.yml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        #expect(
            ReferenceLoader().lint([folder.path]).map(\.description) == [
                "\(link.path):1:1: error: not a regular file (a device, pipe or socket is never read)"
            ])
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.yml")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        #expect(
            ReferenceLoader().lint([pipe.path]).map(\.description) == [
                "\(pipe.path):1:1: error: not a regular file (a device, pipe or socket is never read)"
            ])
    }

    /// The process's peak resident memory so far, in bytes.
    private func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
