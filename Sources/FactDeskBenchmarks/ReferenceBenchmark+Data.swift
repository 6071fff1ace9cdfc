import FactDeskReference

/// Distinct synthetic full names — given name, sometimes a second one, sometimes a particle,
/// a family name — made of syllables with a fixed seed, and letter typos of them.
///
/// As in real populations, a few words are very common: names draw from 5,000 given names and
/// 250,000 family names with a skewed (Zipf-like) choice, so a million names hold about as many
/// distinct words as a million real people's names.
enum SyntheticNames {
    private static let onsets = [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "kh", "br",
        "tr", "st", "gr",
    ]
    private static let vowels = ["a", "e", "i", "o", "u", "ou", "ai", "é", "ü", "ia"]
    private static let codas = ["", "", "", "n", "r", "s", "l", "m", "d"]
    private static let particles = ["al-", "el-", "ben ", "de ", "van ", "von ", "da "]

    static func make(count: Int, using generator: inout SplitMix64) -> [String] {
        let givenNames = (0..<5_000).map { _ in
            capitalised(word(syllables: 2 + Int(generator.next() % 2), using: &generator))
        }
        let familyNames = (0..<250_000).map { _ in
            capitalised(word(syllables: 2 + Int(generator.next() % 3), using: &generator))
        }
        var seen = Set<String>()
        var names: [String] = []
        names.reserveCapacity(count)
        while names.count < count {
            var name = skewedPick(givenNames, using: &generator)
            if generator.next() % 10 < 3 { name += " " + skewedPick(givenNames, using: &generator) }
            name += " "
            if generator.next() % 10 < 2 { name += particles[Int(generator.next() % UInt64(particles.count))] }
            name += skewedPick(familyNames, using: &generator)
            if seen.insert(NameFolding.key(name)).inserted { names.append(name) }
        }
        return names
    }

    /// An element chosen with the first ones far likelier (density falling as 1/∛rank).
    private static func skewedPick(_ pool: [String], using generator: inout SplitMix64) -> String {
        let uniform = Double(generator.next() >> 11) / Double(1 << 53)
        return pool[min(pool.count - 1, Int(Double(pool.count) * uniform * uniform * uniform))]
    }

    /// The name with `edits` letter edits (insert, delete, substitute, swap) inside words, at
    /// exactly that Damerau–Levenshtein distance once folded (edits that undo or overlap each
    /// other are drawn again).
    static func typo(_ name: String, edits: Int, using generator: inout SplitMix64) -> String {
        let original = NameFolding.key(name).unicodeScalars.map(\.value)
        while true {
            let typo = randomEdits(name, edits: edits, using: &generator)
            let folded = NameFolding.key(typo).unicodeScalars.map(\.value)
            if BruteForceScan.distance(original, folded, bound: edits) == edits { return typo }
        }
    }

    private static func randomEdits(_ name: String, edits: Int, using generator: inout SplitMix64) -> String {
        var letters = Array(name)
        for _ in 0..<edits {
            let positions = letters.indices.filter { letters[$0].isLetter }
            let at = positions[Int(generator.next() % UInt64(positions.count))]
            let letter = Character(Unicode.Scalar(UInt8(97 + generator.next() % 26)))
            switch generator.next() % 4 {
            case 0: letters.insert(letter, at: at)
            case 1 where positions.count > 4: letters.remove(at: at)
            case 2 where at + 1 < letters.count && letters[at + 1].isLetter && letters[at + 1] != letters[at]:
                letters.swapAt(at, at + 1)
            default: letters[at] = letters[at] == letter ? "q" : letter
            }
        }
        return String(letters)
    }

    private static func word(syllables: Int, using generator: inout SplitMix64) -> String {
        (0..<syllables).map { _ in
            onsets[Int(generator.next() % UInt64(onsets.count))] + vowels[Int(generator.next() % UInt64(vowels.count))]
                + codas[Int(generator.next() % UInt64(codas.count))]
        }.joined()
    }

    private static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}

/// The baseline: every folded name compared with the query by bounded Damerau–Levenshtein.
struct BruteForceScan {
    private let keys: [[UInt32]]

    init(names: [String]) {
        keys = names.map { NameFolding.key($0).unicodeScalars.map(\.value) }
    }

    /// The position of the name closest to the query within two edits, or `nil`.
    func closest(to query: String) -> Int? {
        let folded = NameFolding.key(query).unicodeScalars.map(\.value)
        var best: (distance: Int, position: Int)?
        for (position, key) in keys.enumerated() {
            let bound = min(2, (best?.distance ?? 3) - 1)
            guard bound >= 0, let distance = Self.distance(folded, key, bound: bound) else { continue }
            best = (distance, position)
        }
        return best?.position
    }

    /// Optimal string alignment distance, or `nil` past `bound` (length check first): the textbook
    /// row-by-row version, without the index's prefix trimming and banding, as a brute-force scan
    /// would be written.
    static func distance(_ a: [UInt32], _ b: [UInt32], bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                var value = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
