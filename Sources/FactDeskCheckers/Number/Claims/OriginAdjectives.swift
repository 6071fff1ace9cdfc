import FactDeskKit

/// A French adjective of one country's origin after a count's noun (« 12 spectacles
/// ukrainiens », « trois films sénégalais »): the count is of those from that country, some of
/// the whole. An adjective of a continent or a region (« 55 pays africains », « les 27 États
/// européens », « 22 pays arabes ») describes the whole and is not one.
enum OriginAdjectives {
    /// Whether `word`, as written, is a lowercase adjective of a country's origin, in any gender
    /// and number.
    static func isCountryOrigin(_ word: String) -> Bool {
        guard let first = word.utf8.first, (0x61...0x7A).contains(first) || first >= 0xC3 else { return false }
        let folded = Fold.word(word)
        // The singular: « ukrainiens » is « ukrainien », « sénégalais » is itself.
        let forms = folded.hasSuffix("s") && folded.count > 5 ? [folded, String(folded.dropLast())] : [folded]
        guard !forms.contains(where: wholeDescriptions.contains) else { return false }
        return forms.contains { FrenchNationalityWords.isNationality($0) }
    }

    /// Adjectives of a continent or a region, singular, folded: they describe a whole.
    private static let wholeDescriptions: Set<String> = [
        "africain", "africaine", "europeen", "europeenne", "americain", "americaine", "asiatique", "arabe",
        "oceanien", "oceanienne", "sud-americain", "sud-americaine", "latino-americain", "latino-americaine",
        "mediterraneen", "mediterraneenne", "caribeen", "caribeenne", "sahelien", "sahelienne", "maghrebin",
        "maghrebine", "ouest-africain", "ouest-africaine", "est-africain", "est-africaine", "nord-americain",
        "nord-americaine", "subsaharien", "subsaharienne", "insulaire",
    ]
}
