import Foundation
import Testing

@Suite("factdesk check --enable")
struct EnableRuleCommandTests {
    private let draft = "L’ONU compte 193 États membres.\n"
    private let reference = "Workspaces/interpol-ga/reference"

    private func rules(_ result: FactDeskBinary.Result) throws -> [String] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        return findings.compactMap { "\($0["checker"] ?? "")/\($0["rule"] ?? "")" }
    }

    @Test func aRuleOffByDefaultReportsOnlyWhenEnabled() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("claim.md", Data(draft.utf8))
        let plain = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "--reference", reference, path])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(try !rules(plain).contains("number/unverified-claim"))

        let enabled = try FactDeskBinary.run(
            [
                "check", "--no-commit", "--format", "json", "--reference", reference,
                "--enable", "number/unverified-claim", path,
            ])
        #expect(enabled.status == 0, "an info finding does not fail the run: \(enabled.stderr)")
        #expect(try rules(enabled).contains("number/unverified-claim"))
    }

    @Test func anUnknownRuleIsAUsageError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("claim.md", Data(draft.utf8))
        let result = try FactDeskBinary.run(["check", "--no-commit", "--enable", "number/no-such-rule", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown rule 'number/no-such-rule'"))
        #expect(result.stderr.contains("number/unverified-claim"))
        #expect(result.stdout.isEmpty)
    }
}
