import FactDeskKit
import Foundation

/// Country names in English and French from Debian's `iso-codes` package: ISO 3166-1 in JSON
/// and its French gettext catalogue, as place entities (`country-ma`: Morocco, Maroc…).
public enum ISOCodesImporter {
    /// Where Debian installs the ISO 3166-1 list.
    public static let countriesPath = "/usr/share/iso-codes/json/iso_3166-1.json"
    /// Where Debian installs its French translations.
    public static let frenchCatalogPath = "/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"

    /// Something the files do not hold as expected.
    public struct ImportError: Error, CustomStringConvertible, Equatable {
        /// What is wrong.
        public var description: String
    }

    private struct Countries: Decodable {
        let countries: [Country]
        enum CodingKeys: String, CodingKey { case countries = "3166-1" }
    }

    private struct Country: Decodable {
        let alpha2: String
        let name: String
        let officialName: String?
        let commonName: String?
        enum CodingKeys: String, CodingKey {
            case alpha2 = "alpha_2", name, officialName = "official_name", commonName = "common_name"
        }
    }

    /// One place entity per country: the English common name first, then the other English and
    /// French spellings. ISO's inverted forms (`Bolivia, Plurinational State of`) are left out
    /// since drafts never write them (unless a country has no other); a spelling the same in
    /// both languages has no language.
    public static func entities(countriesJSON: Data, french: MOCatalog) throws(ImportError) -> [Entity] {
        let countries: [Country]
        do {
            countries = try JSONDecoder().decode(Countries.self, from: countriesJSON).countries
        } catch {
            throw ImportError(description: "not an iso-codes 3166-1 JSON file: \(error)")
        }
        return countries.map { country in
            let english = [country.commonName, country.name, country.officialName].compactMap { $0 }
            var names = NameList()
            for name in english { names.add(name, .en) }
            for name in english { if let translated = french[name] { names.add(translated, .fr) } }
            if names.names.isEmpty { names.add(country.name, .en, keepingCatalogueForm: true) }
            return Entity(id: "country-\(country.alpha2.lowercased())", kind: .place, names: names.names)
        }
    }

    /// Reads the installed files.
    public static func installedEntities() throws(ImportError) -> [Entity] {
        guard let json = FileManager.default.contents(atPath: countriesPath) else {
            throw ImportError(description: "\(countriesPath): cannot read (install Debian's iso-codes package)")
        }
        guard let catalog = FileManager.default.contents(atPath: frenchCatalogPath) else {
            throw ImportError(description: "\(frenchCatalogPath): cannot read (install Debian's iso-codes package)")
        }
        do {
            return try entities(countriesJSON: json, french: MOCatalog(data: catalog))
        } catch let error as MOCatalog.FormatError {
            throw ImportError(description: "\(frenchCatalogPath): \(error)")
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(description: "\(error)")
        }
    }
}

/// Spellings gathered from several sources, each once: a spelling given in two languages
/// loses its language tag, since it is used in both.
struct NameList {
    private(set) var names: [Name] = []

    /// Adds a spelling, unless it is already there or, by default, a catalogue form with a
    /// comma or parentheses (`Korea, Republic of`), which drafts never write.
    mutating func add(_ text: String, _ language: Language, keepingCatalogueForm: Bool = false) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, keepingCatalogueForm || !(text.contains(", ") || text.contains("(")) else { return }
        if let index = names.firstIndex(where: { $0.text == text }) {
            if names[index].language != language { names[index].language = nil }
            return
        }
        names.append(Name(text, language: language))
    }
}
