import Foundation
import Testing

/// `factdesk reference lint` and the README's "Reference data" chapter, through the real binary.
@Suite("factdesk reference lint")
struct ReferenceLintCommandTests {
    @Test func theChaptersExampleIsValidReferenceData() throws {
        let readme = try String(
            contentsOf: FactDeskBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- reference: example -->\n```yaml\n"))
        let end = try #require(readme.range(of: "\n```\n", range: marker.upperBound..<readme.endIndex))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("example.yml", Data((readme[marker.upperBound..<end.lowerBound] + "\n").utf8))
        let lint = try FactDeskBinary.run(["reference", "lint", file])
        #expect(lint.status == 0, "stderr: \(lint.stderr)")
        #expect(lint.stdout.hasPrefix("4 entities, 1 series, 1 property: no problems"), "\(lint.stdout)")
        #expect(lint.stderr.isEmpty)
    }

    @Test func everyErrorOfAFileIsReportedEachAtItsPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Five different errors; the unknown kind does not hide the duplicate id next to it.
        let file = try folder.write(
            "bad.yml",
            Data(
                """
                entities:
                  - id: radio-nord
                    kind: company
                    names: [Radio Nord]
                  - id: radio-nord
                    kind: organization
                    names: [Radio du Nord]
                    facts:
                      - {property: listeners, value: 12000}
                      - {property: founded, value: 1990, from: 2024-02-30}
                  - id: lea-martin
                    kind: person
                    names: [Léa Martin]
                    roles:
                      - {title: {fr: directrice, en: Director}, of: radio-sud}

                """.utf8))
        let lint = try FactDeskBinary.run(["reference", "lint", file])
        #expect(lint.status == 2)
        #expect(
            lint.stderr.split(separator: "\n") == [
                "\(file):3:11: error: unknown kind 'company' (expected person, organization, place, event, other)",
                "\(file):5:5: error: duplicate id 'radio-nord' (first defined at \(file):2:5)",
                "\(file):9:9: error: property 'listeners' is not declared under 'properties' "
                    + "(well-known: employees, founded, member-countries, members, population)",
                "\(file):10:48: error: 'from' must be a date YYYY, YYYY-MM or YYYY-MM-DD that exists, not '2024-02-30'",
                "\(file):15:9: error: role of 'lea-martin' refers to unknown entity 'radio-sud'",
            ])
    }

    @Test func aNameOfBothAnEntityAndASeriesIsReadAsBothByTheChecks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(
            "shared.yml",
            Data(
                """
                entities:
                  - id: radio-nord
                    kind: organization
                    names: [Radio Nord Festival]
                    facts:
                      - {property: founded, value: 1990}
                series:
                  - id: festival-radio-nord
                    names: [RADIO-NORD FESTIVAL]
                    editions:
                      - {number: 36, start: 2026-06-12, end: 2026-06-14}

                """.utf8))
        let lint = try FactDeskBinary.run(["reference", "lint", file])
        #expect(lint.status == 0)
        #expect(lint.stdout.hasPrefix("1 entity, 1 series, 0 properties: no problems (sha256:"))
        #expect(lint.stderr.isEmpty)
        // The spelling names the entity (its founding) and the series (its editions' days).
        let draft = try folder.write(
            "draft.md",
            Data(
                "The Radio Nord Festival marks its 35th anniversary. The 36th Radio Nord Festival runs from June 5 to June 7, 2026.\n"
                    .utf8))
        let check = try FactDeskBinary.run([
            "check", "--lang", "en", "--published", "2026-06-01", "--reference", file, "--no-commit", "--format", "json",
            "--fail-on", "never", draft,
        ])
        #expect(check.status == 0)
        #expect(check.stdout.contains("\"rule\" : \"anniversary-mismatch\""))
        #expect(check.stdout.contains("\"rule\" : \"edition-date-mismatch\""))
    }
}
