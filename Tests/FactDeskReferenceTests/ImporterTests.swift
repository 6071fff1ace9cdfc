import Foundation
import Testing

@testable import FactDeskReference

/// The iso-codes and Wikidata importers on fixtures in their exact formats.
@Suite struct ImporterTests {
    static let countriesJSON = """
        {
          "3166-1": [
            {"alpha_2": "CI", "alpha_3": "CIV", "flag": "🇨🇮", "name": "Côte d'Ivoire", "numeric": "384", "official_name": "Republic of Côte d'Ivoire"},
            {"alpha_2": "MA", "alpha_3": "MAR", "flag": "🇲🇦", "name": "Morocco", "numeric": "504", "official_name": "Kingdom of Morocco"},
            {"alpha_2": "AE", "alpha_3": "ARE", "flag": "🇦🇪", "name": "United Arab Emirates", "numeric": "784"},
            {"alpha_2": "BO", "alpha_3": "BOL", "common_name": "Bolivia", "flag": "🇧🇴", "name": "Bolivia, Plurinational State of", "numeric": "068", "official_name": "Plurinational State of Bolivia"}
          ]
        }
        """

    static let french: [(String, String)] = [
        ("", "Project-Id-Version: iso_3166-1\nContent-Type: text/plain; charset=UTF-8\n"),
        ("Bolivia", "Bolivie"), ("Bolivia, Plurinational State of", "Bolivie, état plurinational de"),
        ("Côte d'Ivoire", "Côte d'Ivoire"), ("Kingdom of Morocco", "Royaume du Maroc"), ("Morocco", "Maroc"),
        ("Plurinational State of Bolivia", "État plurinational de Bolivie"),
        ("Republic of Côte d'Ivoire", "République de Côte d'Ivoire"), ("United Arab Emirates", "Émirats arabes unis"),
    ]

    @Test(arguments: [true, false])
    func moCatalogsReadInBothByteOrders(littleEndian: Bool) throws {
        let catalog = try MOCatalog(data: MOFile.make(Self.french, littleEndian: littleEndian))
        #expect(catalog["Morocco"] == "Maroc")
        #expect(catalog["United Arab Emirates"] == "Émirats arabes unis")
        #expect(catalog[""] == nil)
    }

    @Test func malformedMOCatalogsAreRejected() {
        #expect(throws: MOCatalog.FormatError.self) { try MOCatalog(data: Data("not a catalogue at all....!".utf8)) }
        var truncated = MOFile.make(Self.french, littleEndian: true)
        truncated.removeLast(40)
        #expect(throws: MOCatalog.FormatError.self) { try MOCatalog(data: truncated) }
    }

    @Test func isoCodesBecomeCountriesNamedInEnglishAndFrench() throws {
        let catalog = try MOCatalog(data: MOFile.make(Self.french, littleEndian: true))
        let entities = try ISOCodesImporter.entities(countriesJSON: Data(Self.countriesJSON.utf8), french: catalog)
        #expect(entities.map(\.id) == ["country-ci", "country-ma", "country-ae", "country-bo"])
        #expect(
            entities[1].names.map(\.description) == [
                "Morocco (en)", "Kingdom of Morocco (en)", "Maroc (fr)", "Royaume du Maroc (fr)",
            ])
        #expect(
            entities[0].names.map(\.description) == [
                "Côte d'Ivoire", "Republic of Côte d'Ivoire (en)", "République de Côte d'Ivoire (fr)",
            ])
        #expect(
            entities[3].names.map(\.text) == [
                "Bolivia", "Plurinational State of Bolivia", "Bolivie", "État plurinational de Bolivie",
            ])
        let yaml = try ReferenceYAML.document(entities: entities, comment: "test")
        let data = try loadReference(yaml)
        #expect(data.entities(named: "Émirats arabes unis").map(\.id) == ["country-ae"])
        #expect(data.entities(named: "Cote d'Ivoire").map(\.id) == ["country-ci"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ISOCodesImporter.frenchCatalogPath)))
    func theInstalledIsoCodesImportAndLoadClean() throws {
        let entities = try ISOCodesImporter.installedEntities()
        #expect(entities.count > 240)
        let data = try loadReference(try ReferenceYAML.document(entities: entities, comment: "installed"))
        #expect(data.entities(named: "Maroc").map(\.id) == ["country-ma"])
    }

    @Test func wikidataEntityDataBecomesEntitiesWithDatedFacts() throws {
        let entities = try WikidataImporter.entities(from: Data(WikidataFixtures.interpolEntityData.utf8))
        #expect(entities.count == 1)
        let interpol = try #require(entities.first)
        #expect(interpol.id == "wikidata:Q7256" && interpol.kind == .organization)
        #expect(
            interpol.names.map(\.description) == [
                "Interpol", "International Criminal Police Organization (en)", "ICPO (en)",
                "Organisation internationale de police criminelle (fr)", "OIPC (fr)",
            ])
        let data = try ReferenceData(entities: entities)
        #expect(
            data.fact("founded", of: "wikidata:Q7256", on: day("2025-01-01"))?.value
                == .date(ReferenceDate(iso: "1923-09-07")!))
        #expect(data.fact("members", of: "wikidata:Q7256", on: day("2019-06-01"))?.value == .number(194))
        #expect(data.fact("members", of: "wikidata:Q7256", on: day("2024-12-01"))?.value == .number(196))
        #expect(
            data.fact("members", of: "wikidata:Q7256", on: day("2024-12-01"))?.source
                == "https://www.wikidata.org/wiki/Q7256#P2124")
        #expect(
            data.fact("employees", of: "wikidata:Q7256", on: day("2021-06-01"))?.validity
                == ValidityPeriod(from: ReferenceDate(iso: "2021")!, to: ReferenceDate(iso: "2022")!))
        #expect(data.fact("employees", of: "wikidata:Q7256", on: day("2023-06-01"))?.value == .number(1100))
        let yaml = try ReferenceYAML.document(entities: entities, comment: "wikidata")
        #expect(try loadReference(yaml).contentHash == data.contentHash)
    }

    @Test func wikidataDumpsHoldManyEntities() throws {
        let entities = try WikidataImporter.entities(from: Data(WikidataFixtures.dump.utf8))
        #expect(entities.map(\.id) == ["wikidata:Q90", "wikidata:Q5928"])
        #expect(entities.map(\.kind) == [.place, .person])
        #expect(entities[0].facts.map(\.validity.description) == ["2019-01..2019-12", "2020-01.."])
        #expect(entities[1].names.map(\.text) == ["Jürgen Stock"])
    }

    @Test func notWikidataIsAnError() {
        #expect(throws: WikidataImporter.ImportError.self) { try WikidataImporter.entities(from: Data("[1, 2]".utf8)) }
    }
}

/// Writes gettext `.mo` files, to test the reader on catalogues made like msgfmt makes them.
enum MOFile {
    static func make(_ pairs: [(String, String)], littleEndian: Bool) -> Data {
        let sorted = pairs.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        let headerSize = 28
        let originalsTable = headerSize
        let translationsTable = originalsTable + 8 * sorted.count
        var strings = Data()
        var originals: [(Int, Int)] = []
        var translations: [(Int, Int)] = []
        let stringsStart = translationsTable + 8 * sorted.count
        for (original, _) in sorted {
            originals.append((original.utf8.count, stringsStart + strings.count))
            strings += Data(original.utf8) + [0]
        }
        for (_, translation) in sorted {
            translations.append((translation.utf8.count, stringsStart + strings.count))
            strings += Data(translation.utf8) + [0]
        }
        var data = Data()
        func word(_ value: Int) {
            let value = UInt32(value)
            withUnsafeBytes(of: littleEndian ? value.littleEndian : value.bigEndian) { data += $0 }
        }
        for value in [0x9504_12de, 0, sorted.count, originalsTable, translationsTable, 0, stringsStart] { word(value) }
        for (length, offset) in originals + translations {
            word(length)
            word(offset)
        }
        return data + strings
    }
}
