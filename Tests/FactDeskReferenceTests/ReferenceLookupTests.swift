import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// Reference data as the checkers reach it (``ReferenceLookup``), and where a check finds a
/// workspace's reference folder.
@Suite struct ReferenceLookupTests {
    static let data = try! ReferenceLoader().load([exampleReferenceFolder])

    @Test func namesAreFoundInADraftsWordsWhateverTheirApostrophesAndCase() {
        let words = [
            "le", "11e", "anniversaire", "du", "Centre", "d’", "innovation", "d’", "INTERPOL", "à", "Marrakesh",
        ]
        let matches = Self.data.subjects(namedIn: words, language: .fr)
        #expect(matches.map(\.subject.id) == ["interpol-innovation-centre", "marrakech"])
        #expect(matches.map(\.words) == [4..<9, 10..<11])
        #expect(matches.first?.subject.kind == .organization)
        #expect(matches.first?.subject.name == "Centre d’innovation d’INTERPOL")
    }

    @Test func theLongestNameWinsAndNamesEndOnWordBoundaries() {
        let english = Self.data.subjects(namedIn: ["the", "INTERPOL", "General", "Assembly"], language: .en)
        #expect(english.map(\.subject.id) == ["interpol-general-assembly"])
        #expect(english.first?.subject.name == "INTERPOL General Assembly")
        #expect(Self.data.subjects(namedIn: ["INTERPOLS"], language: .en).isEmpty)
    }

    @Test func aNameOpeningWithAnArticleGivesWayToALongerOneAfterIt() throws {
        let data = try loadReference(
            """
            entities:
              - {id: nights-association, kind: organization, names: [Les Nuits, The Nights]}
            series:
              - id: kesra-port-nights
                names: [Nuits du Port de Kesra]
                editions: [{number: 30, start: 2025-12-03, end: 2025-12-07}]
            """)
        let words = ["les", "Nuits", "du", "Port", "de", "Kesra", "et", "les", "Nuits", "à", "Kesra"]
        let matches = data.subjects(namedIn: words, language: .fr)
        #expect(matches.map(\.subject.id) == ["kesra-port-nights", "nights-association"])
        #expect(matches.map(\.words) == [1..<6, 7..<9])
    }

    @Test func foundingYearsComeWithTheirSource() throws {
        let centre = try #require(Self.data.founding(of: "interpol-innovation-centre"))
        #expect(centre.value == PartialDate(year: 2015))
        #expect(centre.source.citation == "https://www.interpol.int/How-we-work/Innovation")
        #expect(centre.source.location?.contains("interpol.yml:13:") == true)
        #expect(Self.data.founding(of: "marrakech") == nil)
    }

    @Test func firstAndLastOccurrencesMayBePlainYears() throws {
        let data = try loadReference(
            """
            entities:
              - id: lakeland
                kind: place
                names: [Lakeland]
                facts:
                  - {property: last-final, value: 1964}
                  - {property: first-final, value: 1931-06}
                  - {property: finals, value: 1964}
            properties:
              - {id: last-final, terms: {en: [last final]}}
              - {id: first-final, terms: {en: [first final]}}
              - {id: finals, terms: {en: [finals]}}
            """)
        let facts = data.dateFacts(of: "lakeland")
        #expect(facts["last-final"]?.value == PartialDate(year: 1964))
        #expect(facts["first-final"]?.value == PartialDate(year: 1931, month: 6))
        #expect(facts["finals"] == nil)
    }

    @Test func editionsComeInNumberOrderWithEverySpellingOfTheirPlace() {
        let editions = Self.data.editions(ofSeries: "interpol-general-assembly")
        #expect(editions.map(\.number) == [91, 92, 93])
        #expect(editions.last?.start == PartialDate(year: 2025, month: 11, day: 24))
        #expect(editions.last?.placeSpellings == ["Marrakech", "Marrakesh"])
        #expect(editions.first?.source.location?.contains("interpol.yml:") == true)
        #expect(Self.data.editions(ofSeries: "interpol").isEmpty)
    }

    @Test func entitiesAndSeriesGiveTheirNamesOfTheLanguage() {
        let series = Self.data.names(of: "interpol-general-assembly", language: .en)
        #expect(series.contains("INTERPOL General Assembly"))
        #expect(!series.contains("Assemblée générale d’INTERPOL"))
        #expect(Self.data.names(of: "interpol-innovation-centre", language: .fr).contains("Centre d’innovation d’INTERPOL"))
        #expect(Self.data.names(of: "no-such-subject", language: .en).isEmpty)
    }

    @Test func eventsGiveTheirDaysAndPlace() throws {
        let data = try loadReference(
            """
            entities:
              - id: paris
                kind: place
                names: [Paris]
              - id: paris-2024
                kind: event
                names: [Paris 2024 Summer Olympics]
                start: 2024-07-26
                end: 2024-08-11
                place: paris
            """)
        let event = try #require(data.event("paris-2024"))
        #expect(event.start == PartialDate(year: 2024, month: 7, day: 26))
        #expect(event.end == PartialDate(year: 2024, month: 8, day: 11))
        #expect(event.placeSpellings == ["Paris", "paris"], "the place entity's name first, its id last")
        #expect(data.event("paris") == nil)
    }

    @Test func aDraftInAWorkspaceFindsItsReferenceFolderAndNoPathIsReadTwice() throws {
        let draft = URL(fileURLWithPath: exampleReferenceFolder).deletingLastPathComponent()
            .appendingPathComponent("drafts/assemblee-generale.fr.md").path
        let folder = try #require(WorkspaceReference.folder(forDraft: draft))
        #expect(
            URL(fileURLWithPath: folder).standardizedFileURL.path
                == URL(fileURLWithPath: exampleReferenceFolder).standardizedFileURL.path)
        #expect(WorkspaceReference.paths(given: [], drafts: [draft, draft]) == [folder])
        #expect(WorkspaceReference.paths(given: [exampleReferenceFolder], drafts: [draft]) == [exampleReferenceFolder])
        #expect(WorkspaceReference.paths(given: [], drafts: ["-", "/nonexistent/x.md"]).isEmpty)
    }
}
