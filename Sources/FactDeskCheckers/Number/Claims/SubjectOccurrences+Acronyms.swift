import FactDeskKit

extension SubjectOccurrences {
    /// The series that the acronyms of a run of words stand for (``SeriesAcronyms``): "UNGA",
    /// "the 79th GA", and « AG » with the complement that names its organisation (« l’AG de
    /// l’ONU », "the GA of the UN"), which the occurrence spans. An acronym whose complement
    /// names no organisation of reference data (« l’AG du club ») stands for none. Only an acronym
    /// with digits right before or after it ("the 79th", "UNGA 79") may number an edition: others
    /// are not looked up.
    /// - Parameter matches: the names reference data finds in the run's words.
    func acronymSeries(in run: [Int], words: [String], matches: [ReferenceNameMatch]) -> [SubjectOccurrence] {
        var found: [SubjectOccurrence] = []
        let tokens = document.tokens
        func hasDigit(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].text.utf8.contains { (0x30...0x39).contains($0) }
        }
        for (offset, word) in words.enumerated()
        where SeriesAcronyms.isAcronym(word) && (hasDigit(run[offset] - 1) || hasDigit(run[offset] + 1))
            && !matches.contains(where: { $0.words.contains(offset) })
        {
            let organizations = matches.filter { $0.subject.kind == .organization }
            var following: ReferenceNameMatch?
            var after = offset + 1
            if after < words.count, ClaimWords.complementWords.contains(Fold.word(words[after])) {
                after += 1
                if after < words.count, ClaimWords.articles.contains(Fold.word(words[after])) { after += 1 }
                following = organizations.first { $0.words.lowerBound == after }
                guard following != nil else { continue }
            }
            guard
                let series = acronyms.series(
                    acronym: word, following: following?.subject.id, nearby: Set(organizations.map(\.subject.id)))
            else { continue }
            let first = run[offset]
            let last = following.map { run[$0.words.upperBound - 1] } ?? first
            let span = document.tokens[first].span.union(document.tokens[last].span)
            found.append(
                SubjectOccurrence(
                    id: series.id, kind: .series, name: Self.withoutPossessive(document.text(in: span)),
                    tokens: first..<last + 1))
        }
        return found
    }
}
