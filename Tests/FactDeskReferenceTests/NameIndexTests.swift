import Testing

@testable import FactDeskReference

/// The fuzzy name index finds the right entity despite the usual mistakes, and nothing for
/// words that name nothing.
@Suite struct NameIndexTests {
    let index = NameIndex(
        [
            ("ahmed-naser-al-raisi", "Ahmed Naser Al-Raisi"), ("ahmed-naser-al-raisi", "Al-Raisi"),
            ("valdecy-urquiza", "Valdecy Urquiza"), ("valdecy-urquiza", "Urquiza"),
            ("interpol", "INTERPOL"), ("interpol", "Organisation internationale de police criminelle"),
            ("marrakech", "Marrakech"), ("country-ma", "Maroc"), ("country-ci", "Côte d'Ivoire"),
            ("country-gb", "Royaume-Uni"), ("ursula-von-der-leyen", "Ursula von der Leyen"),
            ("mohamed-ben-ali", "Mohamed Ben Ali"), ("jurgen-stock", "Jürgen Stock"),
        ].map { NameIndex.Entry(id: $0.0, name: Name($0.1)) })

    @Test(arguments: [
        ("Ahmed Nasser Al-Raisi", "ahmed-naser-al-raisi"),  // transliteration variant
        ("Al-Raissi", "ahmed-naser-al-raisi"),
        ("Alraisi", "ahmed-naser-al-raisi"),  // particle glued on
        ("Raisi Ahmed Naser", "ahmed-naser-al-raisi"),  // token order
        ("Ahmed Al-Raisi", "ahmed-naser-al-raisi"),  // a middle name left out
        ("Valdecy Urquisa", "valdecy-urquiza"),  // typo
        ("Urquiza Valdecy", "valdecy-urquiza"),
        ("Vladecy Urquiza", "valdecy-urquiza"),  // swapped letters
        ("INTEPROL", "interpol"),
        ("Marakech", "marrakech"),
        ("Cote dIvoire", "country-ci"),  // dropped accent and apostrophe
        ("Jurgen Stock", "jurgen-stock"),  // dropped umlaut
        ("Ursula Von Der Leyen", "ursula-von-der-leyen"),
        ("Ursula Leyen", "ursula-von-der-leyen"),  // particles dropped
        ("Mohammed Ben Ali", "mohamed-ben-ali"),
        ("Organisation internationale de police criminele", "interpol"),
    ])
    func findsTheRightEntity(phrase: String, expected: String) {
        #expect(index.candidates(for: phrase).first?.id == expected)
    }

    @Test(arguments: ["Royaume", "Orient", "Le", "Ahmed", "Police", "Marché", "Urgence", "De la", "Monsieur"])
    func unrelatedCapitalisedWordsFindNothing(phrase: String) {
        #expect(index.candidates(for: phrase).isEmpty)
    }

    @Test func candidatesCarryTheSpellingScoreAndDistance() {
        let exact = index.candidates(for: "al raisi")
        #expect(exact.first?.spelling.text == "Al-Raisi" && exact.first?.score == 1 && exact.first?.distance == 0)
        let typo = index.candidates(for: "Ahmed Nasser Al-Raisi").first
        #expect(typo?.spelling.text == "Ahmed Naser Al-Raisi" && typo?.distance == 1)
        #expect((typo?.score ?? 1) < 1 && (typo?.score ?? 0) > 0.9)
    }

    @Test func theEditBudgetIsRespected() {
        #expect(index.candidates(for: "Valdecy Urkiza", maxDistance: 1).isEmpty)
        #expect(index.candidates(for: "Valdecy Urkiza", maxDistance: 2).first?.id == "valdecy-urquiza")
    }

    @Test func exactIDsFoldCaseAccentsAndSeparators() {
        #expect(index.exactIDs("ROYAUME UNI") == ["country-gb"])
        #expect(index.exactIDs("Royaume") == [])
    }

    @Test(arguments: [
        ("Al-Raisi", ["al", "raisi"]), ("ALRAISI", ["alraisi"]), ("Côte d’Ivoire", ["cote", "d", "ivoire"]),
        ("Œuvre Straße", ["oeuvre", "strasse"]), ("ÉMIRATS arabes", ["emirats", "arabes"]), ("Ｆｕｌｌ", ["full"]),
    ])
    func folding(text: String, tokens: [String]) {
        #expect(NameFolding.tokens(text) == tokens)
    }

    @Test(
        arguments: [
            ("naser", "nasser", 1), ("urquiza", "urquisa", 1), ("valdecy", "vladecy", 1), ("abc", "abc", 0),
            ("raisi", "raissi", 1), ("kitten", "sitting", nil), ("", "ab", 2),
        ] as [(String, String, Int?)])
    func boundedDamerauLevenshtein(a: String, b: String, expected: Int?) {
        #expect(DamerauLevenshtein.distance(a, b, bound: 2) == expected)
    }

    @Test func boundedDistanceAgreesWithTheTextbookTableOnRandomPairs() {
        var state: UInt64 = 7
        func next(_ range: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(range))
        }
        for _ in 0..<3000 {
            let a = String((0..<next(7)).map { _ in ["a", "b", "c"][next(3)] as Character })
            let b = String((0..<next(7)).map { _ in ["a", "b", "c"][next(3)] as Character })
            let full = Self.textbookOSA(Array(a.unicodeScalars), Array(b.unicodeScalars))
            #expect(DamerauLevenshtein.distance(a, b, bound: 2) == (full <= 2 ? full : nil), "\(a) \(b)")
        }
    }

    /// Optimal string alignment distance by the full table.
    static func textbookOSA(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test func deletionIndexFindsEveryWordWithinTwoEdits() {
        let words = ["marrakech", "marrakesh", "maroc", "raisi", "urquiza", "abcdefghijklmnopqrstu"]
        let table = CompactLists(words.map { $0.unicodeScalars.map(\.value) })
        let index = DeletionIndex(table) { _ in true }
        for (query, expected) in [
            ("marakech", [0, 1]), ("urqizua", [4]), ("xbcdefghijklmnopqrstu", [5]), ("bacdefghijklmnopqrstu", [5]),
        ] {
            var found: [UInt32] = []
            query.unicodeScalars.map(\.value).withUnsafeBufferPointer {
                index.candidates(of: $0, deletions: 2, into: &found)
            }
            let verified = Set(found).filter { number in
                DamerauLevenshtein.distance(query, words[Int(number)], bound: 2) != nil
            }
            #expect(verified.sorted() == expected.map(UInt32.init), "\(query)")
        }
    }

    @Test func referenceDataBuildsItsIndexOnce() throws {
        let data = try loadReference("entities:\n  - {id: a, kind: person, names: [Valdecy Urquiza]}\n")
        #expect(data.nameIndex.count == 1)
        #expect(data.nameIndex.candidates(for: "Valdecy Urquisa").first?.id == "a")
    }
}
