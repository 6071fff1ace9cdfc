import FactDeskKit

/// Finds the runs of words that may be names in one pass over a document's tokens.
///
/// A run is capitalised words joined by the particles, elisions and initials that names use
/// ("Ursula von der Leyen", "Côte d’Ivoire", "J. K. Rowling"). Titles are left out and split
/// runs ("INTERPOL President Ahmed Naser Al-Raisi" gives "INTERPOL" and "Ahmed Naser
/// Al-Raisi"); after a title, particles may open the name ("Mme von der Leyen"). A common word
/// where any word takes a capital ("Le", "The", "Selon") is dropped, as are month and weekday
/// names alone. In a sentence written in capitals, case tells nothing, so the common words
/// and titles split runs wherever they stand. A run stops after an English possessive ("’s").
struct NameScanner {
    /// The most words a run holds; longer runs (capitals over a whole paragraph) are cut, so
    /// that no mention grows with the text.
    static let maximumWords = 12

    private let document: Document
    private let tokens: [Token]

    init(document: Document) {
        self.document = document
        self.tokens = document.tokens
    }

    /// The runs, as token ranges with the span each name covers, in text order.
    func runs() -> [(tokens: Range<Int>, span: Span)] {
        var runs: [(tokens: Range<Int>, span: Span)] = []
        for sentence in document.sentences {
            var run = RunBuilder(uncased: isUncased(sentence.tokens))
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                index = step(at: index, run: &run, end: sentence.tokens.upperBound) { runs.append($0) }
            }
            if let finished = run.finish(tokens) { runs.append(finished) }
        }
        return runs
    }

    /// Reads the token at `index` into the run; returns the next index to read.
    private func step(
        at index: Int, run: inout RunBuilder, end: Int, emit: ((tokens: Range<Int>, span: Span)) -> Void
    ) -> Int {
        let attachedPeriod = index + 1 < end && tokens[index + 1].text == "." && !tokens[index + 1].followsSpace
        let next = attachedPeriod ? index + 2 : index + 1
        let word = NameWord.classify(tokens[index], beforeAttachedPeriod: attachedPeriod)
        let key = word == .other ? nil : Folding.key(tokens[index].text)
        func flush() { if let finished = run.finish(tokens) { emit(finished) } }
        if word == .capitalised || word == .initial, isTitle(index, key: key, word: word, run: run, end: end) {
            flush()
            run.afterTitle = true
            return next
        }
        switch word {
        case .capitalised:
            if let key, run.uncased, NameLexicon.functionWords.contains(key) || NameLexicon.calendarWords.contains(key)
            {
                flush()
                return index + 1
            }
            if run.isEmpty, let key,
                NameLexicon.calendarWords.contains(key)
                    || (NameLexicon.functionWords.contains(key) && document.isCapitalisedByPosition(index))
            {
                run.reset()
                return index + 1
            }
            run.add(index)
            if run.count >= Self.maximumWords || Possessive.length(of: tokens[index].text) > 0 { flush() }
            return index + 1
        case .initial:
            run.addConnector(index, canOpen: true)
            return next
        case .particle, .elision:
            if let key, run.uncased, NameLexicon.functionWords.contains(key) {
                flush()
                return index + 1
            }
            run.addConnector(index, canOpen: run.afterTitle && word == .particle)
            return index + 1
        case .other:
            flush()
            run.afterTitle = false
            return index + 1
        }
    }

    /// Whether a capitalised word is a title: a title word followed by a capitalised word, an
    /// initial, a particle or the end of the run; a secondary title ("General") only right
    /// after another title. Inside a run, a title that ends it stays part of the name
    /// ("Martin Luther King"), as does « Cheikh » in an Arabic name ("Mohamed Ould Cheikh").
    private func isTitle(_ index: Int, key: UInt64?, word: NameWord, run: RunBuilder, end: Int) -> Bool {
        let isSecondary = key.map(NameLexicon.secondaryTitles.contains) ?? false
        let isPrimary = key.map(NameLexicon.titles.contains) ?? isHyphenatedTitle(tokens[index].text)
        if isSecondary { return run.afterTitle && run.isEmpty }
        guard isPrimary else { return false }
        if run.isEmpty || run.uncased { return true }
        if let key, NameLexicon.titlesInNames.contains(key) { return false }
        var next = index + 1
        if next < end, tokens[next].text == ".", !tokens[next].followsSpace { next += 1 }
        guard next < end else { return false }
        let following = NameWord.classify(tokens[next], beforeAttachedPeriod: false)
        return following == .capitalised || following == .particle
    }

    /// "Général-Major", "Vice-President": hyphenated titles, every part a title word.
    private func isHyphenatedTitle(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
        return parts.count > 1
            && parts.allSatisfy { part in
                Folding.key(part.unicodeScalars).map {
                    NameLexicon.titles.contains($0) || NameLexicon.secondaryTitles.contains($0)
                } ?? false
            }
    }

    /// Whether a sentence is written in capitals: two words or more of two letters or more,
    /// none with a lowercase letter.
    private func isUncased(_ range: Range<Int>) -> Bool {
        var words = 0
        for index in range where tokens[index].kind == .word {
            var letters = 0
            for scalar in tokens[index].text.unicodeScalars {
                if scalar.isASCII {
                    if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                    if scalar.value >= 0x41 && scalar.value <= 0x5A { letters += 1 }
                } else if scalar.properties.isAlphabetic {
                    if scalar.properties.isLowercase { return false }
                    letters += 1
                }
            }
            if letters >= 2 { words += 1 }
        }
        return words >= 2
    }
}
