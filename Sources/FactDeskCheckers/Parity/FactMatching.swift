/// Which facts of two versions state the same thing, and which state one thing differently.
enum FactMatching {
    /// How names are paired: names written alike or naming one subject first, so that a short
    /// form pairs with a full name only when no name was written alike.
    enum Pass {
        /// The same subject, or the same folded words.
        case exact
        /// Also a short form's words ending the full name ("Al-Raisi", "Ahmed Naser Al-Raisi").
        case shortForms
    }

    /// Whether two facts state the same thing: one kind and agreeing values, or one name.
    static func same(_ a: ParityFact, _ b: ParityFact, pass: Pass = .shortForms) -> Bool {
        guard a.kind == b.kind else { return false }
        if case .name(let nameA) = a.value, case .name(let nameB) = b.value { return sameName(nameA, nameB, pass: pass) }
        return a.agrees(with: b)
    }

    /// Whether two names name one subject (see ``Pass``).
    static func sameName(_ a: ParityName, _ b: ParityName, pass: Pass) -> Bool {
        if let subjectA = a.subject, let subjectB = b.subject { return subjectA == subjectB }
        if a.folded == b.folded { return !a.folded.isEmpty }
        guard pass == .shortForms else { return false }
        let (short, long) = a.folded.count <= b.folded.count ? (a.folded, b.folded) : (b.folded, a.folded)
        return !short.isEmpty && long.suffix(short.count).elementsEqual(short)
    }

    /// Whether two names are one name spelt two ways: at least one spelling is off the reference
    /// and close to the same subject's spellings as the other, or, where the reference data
    /// knows neither, two names whose last words (two at least) share one and differ by a few
    /// edits ("Valdecy Urquiza", "Valdecy Urquisa"). Two accepted spellings of different
    /// subjects are different names; lone words are never compared by spelling alone, since
    /// place names are a few letters apart from language to language (« Chine », "China").
    static func misspelt(_ a: ParityName, _ b: ParityName) -> Bool {
        if a.subject != nil, b.subject != nil { return false }
        if a.misspeltSubject != nil || b.misspeltSubject != nil {
            guard let subjectA = a.subject ?? a.misspeltSubject, let subjectB = b.subject ?? b.misspeltSubject else {
                return false
            }
            return subjectA == subjectB
        }
        return fewEditsApart(a.folded, b.folded)
    }

    /// The most letter edits two spellings of one name differ by.
    static let maximumEdits = 2
    /// The shortest word whose spelling is compared: shorter words are particles and initials.
    static let shortestComparedWord = 4

    /// Whether the last words of two names — as many as the shorter has, at least two, so that
    /// a word taken in before a name ("Coach Rodrigo Almeida") leaves the comparison alone —
    /// share a word and differ by a few edits.
    private static func fewEditsApart(_ a: [String], _ b: [String]) -> Bool {
        let compared = min(a.count, b.count)
        guard compared >= 2 else { return false }
        var edits = 0
        var sharedWords = 0
        for (wordA, wordB) in zip(a.suffix(compared), b.suffix(compared)) {
            if wordA == wordB {
                sharedWords += 1
                continue
            }
            let scalarsA = Array(wordA.unicodeScalars)
            let scalarsB = Array(wordB.unicodeScalars)
            let length = min(scalarsA.count, scalarsB.count)
            guard length >= shortestComparedWord,
                let distance = WordDistance.between(scalarsA, scalarsB, bound: WordDistance.allowance(length: length, alone: false))
            else { return false }
            edits += distance
        }
        return sharedWords > 0 && edits > 0 && edits <= maximumEdits
    }
}
