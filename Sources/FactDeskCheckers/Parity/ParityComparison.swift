import FactDeskKit

/// A draft compared with its counterpart: for each fact of the draft that the other version
/// states otherwise or leaves out, what the other version has.
struct ParityComparison {
    /// What the other version has for a fact of the draft.
    enum Outcome {
        /// The same fact with another value there: that fact.
        case otherValue(ParityFact)
        /// The same name spelt otherwise there: that name.
        case otherSpelling(ParityFact)
        /// Nothing in the aligned paragraph, nor anywhere in the other version.
        case missing
    }

    /// A fact of the draft and what the other version has.
    struct Divergence {
        let fact: ParityFact
        let outcome: Outcome
        /// The other version's paragraph aligned with the fact's.
        let paragraph: Span
    }

    /// The draft.
    let ours: ParityVersion
    /// The other version.
    let theirs: ParityVersion
    /// The aligned paragraphs, as indices into the paragraphs of ours and theirs, in order.
    let pairs: [(Int, Int)]
    /// The draft's facts the other version states otherwise or lacks, in text order.
    let divergences: [Divergence]

    /// Compares two versions: paragraphs aligned first, then facts within aligned paragraphs.
    init(ours: ParityVersion, theirs: ParityVersion) {
        self.ours = ours
        self.theirs = theirs
        pairs = ParagraphAlignment.align(ours.paragraphs, theirs.paragraphs)
        var divergences: [Divergence] = []
        for (row, column) in pairs {
            divergences += Self.compare(ours.paragraphs[row].facts, theirs.paragraphs[column], theirVersion: theirs)
        }
        self.divergences = divergences.sorted { $0.fact.span < $1.fact.span }
    }

    /// The divergences between the facts of two aligned paragraphs, for ours. Facts that agree
    /// pair first, in order (names written alike or naming one subject before short forms). Of
    /// those left, a fact whose value the other paragraph gives as a fact of another kind (a year
    /// read as a count there) is set aside, and a kind with as many facts on each side pairs them
    /// in order as other values. A fact left alone is missing only
    /// when the other version states it nowhere; names pair as other spellings when
    /// ``FactMatching/misspelt(_:_:)`` says so, and are missing only when they name a reference
    /// person the other version never names.
    private static func compare(
        _ ours: [ParityFact], _ paragraph: ParityVersion.Paragraph, theirVersion: ParityVersion
    ) -> [Divergence] {
        let theirs = paragraph.facts
        var ourLeft = Array(ours.indices)
        var theirLeft = Array(theirs.indices)
        for pass in [FactMatching.Pass.exact, .shortForms] {
            ourLeft.removeAll { index in
                guard let match = theirLeft.firstIndex(where: { FactMatching.same(ours[index], theirs[$0], pass: pass) })
                else { return false }
                theirLeft.remove(at: match)
                return true
            }
        }
        var divergences: [Divergence] = []
        for kind in ParityFact.Kind.allCases where kind != .name {
            let mineOfKind = ourLeft.map { ours[$0] }.filter { $0.kind == kind }
            let otherOfKind = theirLeft.map { theirs[$0] }.filter { $0.kind == kind }
            guard !mineOfKind.isEmpty || !otherOfKind.isEmpty else { continue }
            let ourKeys = Set(ours.filter { $0.kind != kind }.flatMap(\.presenceKeys))
            let theirKeys = Set(theirs.filter { $0.kind != kind }.flatMap(\.presenceKeys))
            let mine = mineOfKind.filter { theirKeys.isDisjoint(with: $0.presenceKeys) }
            let other = otherOfKind.filter { ourKeys.isDisjoint(with: $0.presenceKeys) }
            if mine.count == other.count {
                for (fact, counterpart) in zip(mine, other) {
                    divergences.append(Divergence(fact: fact, outcome: .otherValue(counterpart), paragraph: paragraph.span))
                }
            } else if other.isEmpty {
                for fact in mine where !theirVersion.states(fact) {
                    divergences.append(Divergence(fact: fact, outcome: .missing, paragraph: paragraph.span))
                }
            }
        }
        var otherNames = theirLeft.map { theirs[$0] }.filter { $0.kind == .name }
        for fact in ourLeft.map({ ours[$0] }) where fact.kind == .name {
            guard case .name(let name) = fact.value else { continue }
            if let spelling = otherNames.firstIndex(where: { other in
                if case .name(let otherName) = other.value { return FactMatching.misspelt(name, otherName) }
                return false
            }) {
                divergences.append(Divergence(fact: fact, outcome: .otherSpelling(otherNames.remove(at: spelling)), paragraph: paragraph.span))
            } else if name.isPerson, !theirVersion.states(fact) {
                divergences.append(Divergence(fact: fact, outcome: .missing, paragraph: paragraph.span))
            }
        }
        return divergences
    }
}

extension ParityVersion {
    /// Whether the version states a fact anywhere, in whatever form: a figure as a count or a
    /// duration, a rounded figure, a date with or without its year, a name's subject.
    func states(_ fact: ParityFact) -> Bool {
        !presenceKeys.isDisjoint(with: fact.presenceKeys)
            || facts.contains { FactMatching.same(fact, $0) }
    }
}
