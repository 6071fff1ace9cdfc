import FactDeskKit
import Foundation

/// People said to come from more countries than there are of them: « une délégation de 18
/// auteurs provenant de 25 pays », "300 speakers from 40 countries" written "from 400
/// countries". Each one comes from at least one country, so the countries cannot outnumber them.
struct OriginCountries {
    let check: NumberCheck

    /// A count of countries above the people it says they come from.
    struct Excess {
        var countries: Mention
        var people: Decimal
    }

    /// Words that bring in where people come from, folded, as word sequences.
    static let origins: [[String]] = [
        ["from"], ["provenant", "de"], ["venus", "de"], ["venues", "de"], ["venant", "de"], ["originaires", "de"],
        ["issus", "de"], ["representing"], ["representant"], ["de"],
    ]
    /// Nouns of countries, folded.
    static let countryNouns: Set<String> = ["countries", "nations", "pays", "nationalites", "nationalities"]
    /// Nouns of people, folded: only they come from one country each.
    static let peopleNouns: Set<String> = [
        "participants", "athletes", "authors", "auteurs", "artists", "artistes", "delegates", "delegues", "speakers",
        "intervenants", "writers", "ecrivains", "journalists", "journalistes", "students", "etudiants", "players",
        "joueurs", "joueuses", "competitors", "concurrents", "runners", "coureurs", "coureuses", "filmmakers",
        "cineastes", "realisateurs", "volunteers", "benevoles", "visitors", "visiteurs", "exhibitors", "exposants",
        "guests", "invites", "scientists", "chercheurs", "researchers", "experts", "ministers", "ministres",
    ]

    /// The counts of countries above their people, in text order.
    func excesses() -> [Excess] {
        let tokens = check.document.tokens
        let numbers = check.numbers
        return numbers.indices.dropFirst().compactMap { index -> Excess? in
            let people = numbers[index - 1]
            let countries = numbers[index]
            let peopleEnd = check.document.tokenRange(of: people.span).upperBound
            let countriesRange = check.document.tokenRange(of: countries.span)
            guard peopleEnd < tokens.count, Self.peopleNouns.contains(check.folded[peopleEnd]),
                countriesRange.upperBound < tokens.count,
                Self.countryNouns.contains(check.folded[countriesRange.upperBound]),
                Self.origins.contains(where: { check.folded.words(peopleEnd + 1..<countriesRange.lowerBound) == $0 }),
                let peopleCount = BreakdownSums.plainCount(people), let countryCount = BreakdownSums.plainCount(countries),
                countryCount > peopleCount
            else { return nil }
            return Excess(countries: countries, people: peopleCount)
        }
    }
}
