import FactDeskKit

/// A reference subject named in a draft, with the tokens that name it.
struct SubjectOccurrence {
    var id: String
    var kind: ReferenceSubject.Kind
    /// Its name as the draft writes it there ("INTERPOL", "Assemblée générale d’INTERPOL").
    var name: String
    var tokens: Range<Int>
}

/// The reference subjects each sentence names, looked up once per sentence on demand.
///
/// A name inside a longer name counts too: "Assemblée générale d’INTERPOL" names the series
/// and INTERPOL. A possessive "’s" is not part of a name ("INTERPOL’s").
final class SubjectOccurrences {
    let document: Document
    let reference: any ReferenceLookup
    private var bySentence: [Int: [SubjectOccurrence]] = [:]
    private var counted: (entity: SubjectOccurrence?, series: SubjectOccurrence?)?
    private var onlySeriesFound: SubjectOccurrence??
    /// The markers of the series that share a name, by that name (``sharingSeries(spelt:)``).
    var sharedNames: [String: [String: String]] = [:]
    /// The subjects named inside longer names, by the longer name's text, with tokens counted
    /// from the longer name's first token (``names(inside:written:initials:)``).
    private var namesInsideNames: [String: [SubjectOccurrence]] = [:]
    /// Whether each event named with common words only is this draft's, by id.
    private var eventsOfDraft: [String: Bool] = [:]
    /// The editions of the series the draft names, read once for every use.
    let seriesEditions: SeriesEditions
    /// The series acronyms of reference names stand for (« AG », "UNGA"), read on first use.
    private(set) lazy var acronyms = SeriesAcronyms(reference: reference, language: document.language)

    init(document: Document, reference: any ReferenceLookup) {
        self.document = document
        self.reference = reference
        self.seriesEditions = SeriesEditions(reference: reference)
    }

    /// The subjects named in sentence `index`, ordered by their first token.
    func inSentence(_ index: Int) -> [SubjectOccurrence] {
        if let cached = bySentence[index] { return cached }
        var found: [SubjectOccurrence] = []
        var run: [Int] = []
        var initials: [Int: (letters: String, end: Int)] = [:]
        func lookUp() {
            found += names(in: run, nested: true, initials: initials)
            run.removeAll(keepingCapacity: true)
        }
        let tokens = document.sentences[index].tokens
        // The draft's tokens, read once here rather than from the document at each token.
        let allTokens = document.tokens
        var position = tokens.lowerBound
        while position < tokens.upperBound {
            // "U.N. General Assembly": initials with periods are one word, "UN", of the run. They
            // start with a word of one letter: other tokens are not read for them.
            if allTokens[position].text.utf8.count == 1,
                let found = Self.initials(from: position, in: allTokens, before: tokens.upperBound)
            {
                run.append(position)
                initials[position] = found
                position = found.end
                continue
            }
            // "the Northern Rail Workers' Guild": a plural possessive does not end the name.
            if allTokens[position].kind == .punctuation {
                if !allTokens.isPluralPossessiveMark(at: position) { lookUp() }
            } else {
                run.append(position)
            }
            position += 1
        }
        lookUp()
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        found = resolvingSharedNames(found, sentence: index)
        bySentence[index] = found
        return found
    }

    /// How many tokens around a claim its sentence is searched for names and dates: far enough
    /// for any news sentence, near enough that a sentence of a million numbers stays linear.
    static let window = 40

    /// The subjects named in sentence `index` that start within ``window`` tokens of `range`.
    func inSentence(_ index: Int, near range: Range<Int>) -> ArraySlice<SubjectOccurrence> {
        let all = inSentence(index)
        func firstIndex(from token: Int) -> Int { all.partitionPoint { $0.tokens.lowerBound >= token } }
        let first = firstIndex(from: range.lowerBound - Self.window)
        return all[first..<max(first, firstIndex(from: range.upperBound + Self.window))]
    }

    /// The entity (not a series) the draft names most often, the first named on a tie: the
    /// subject of claims that name none.
    var mainEntity: SubjectOccurrence? { mostNamed.entity }

    /// The series the draft names most often: the series of editions that name none.
    var mainSeries: SubjectOccurrence? { mostNamed.series }

    /// The series the draft names, when it names only one: an edition noun far from any name of
    /// a series can only be that one's (a draft that names the Cannes festival and the
    /// Francophonie summit leaves « la 76e édition » of another paragraph to neither).
    var onlySeries: SubjectOccurrence? {
        if let onlySeriesFound { return onlySeriesFound }
        guard let main = mostNamed.series else { return nil }
        let isOnly = document.sentences.indices.allSatisfy { sentence in
            inSentence(sentence).allSatisfy { $0.kind != .series || $0.id == main.id }
        }
        let result = isOnly ? main : nil
        onlySeriesFound = .some(result)
        return result
    }

    /// The entity and the series named most often, counted once over every sentence.
    private var mostNamed: (entity: SubjectOccurrence?, series: SubjectOccurrence?) {
        if let counted { return counted }
        // Each subject's count and first occurrence, in the order the draft first names them: a
        // tie goes to the first named, never to the dictionary's order ("INTERPOL Innovation
        // Centre" names the centre and INTERPOL from the same word).
        var counts: [String: (count: Int, first: SubjectOccurrence, order: Int)] = [:]
        for sentence in document.sentences.indices {
            for subject in inSentence(sentence) {
                let order = counts.count
                counts[subject.id, default: (0, subject, order)].count += 1
            }
        }
        func most(_ isWanted: (SubjectOccurrence) -> Bool) -> SubjectOccurrence? {
            counts.values.filter { isWanted($0.first) }.max { ($0.count, $1.order) < ($1.count, $0.order) }?.first
        }
        let result = (most { $0.kind != .series }, most { $0.kind == .series })
        counted = result
        return result
    }

    /// The event whose name is a subject's name followed or preceded by a year ("Fringe 2024"
    /// after "the Fringe", "2023 FIFA Women's World Cup"), with the subject's tokens.
    func event(namedAfter subject: SubjectOccurrence, year: Int) -> SubjectOccurrence? {
        guard subject.kind != .event, subject.kind != .person, subject.kind != .place else { return nil }
        let name = subject.name.split(separator: " ").map(String.init)
        // The reference spelling too: « la Coupe d’Afrique » is the "Coupe d'Afrique des nations".
        let spelling = reference.subjects(namedIn: name, language: document.language)
            .first { $0.subject.id == subject.id && $0.words == 0..<name.count }
            .map { $0.subject.name.split(separator: " ").map(String.init) }
        for base in [name] + (spelling.map { $0 == name ? [] : [$0] } ?? []) {
            for words in [base + [String(year)], [String(year)] + base] {
                if let event = reference.subjects(namedIn: words, language: document.language).first(where: {
                    $0.words == 0..<words.count && $0.subject.kind == .event
                }) {
                    return SubjectOccurrence(
                        id: event.subject.id, kind: .event, name: event.subject.name, tokens: subject.tokens)
                }
            }
        }
        return event(ofEdition: subject, year: year)
    }

    /// The one event that starts the day a series' edition of `year` starts: « la Coupe du monde
    /// féminine 2023 » is the event "Women's World Cup 2023" even when the event has no French name.
    private func event(ofEdition series: SubjectOccurrence, year: Int) -> SubjectOccurrence? {
        guard series.kind == .series,
            let start = seriesEditions.editions(ofSeries: series.id).first(where: { $0.start?.year == year })?.start,
            let month = start.month, let day = start.day, let first = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        let events = reference.events(endedWithin: 0, of: first, language: document.language).filter { $0.kind == .event && reference.event($0.id)?.start == start }
        guard events.count == 1, let event = events.first else { return nil }
        return SubjectOccurrence(id: event.id, kind: .event, name: event.name, tokens: series.tokens)
    }

    /// Initials written with periods from token `start` ("U.N.", "U.S."): their letters and the
    /// token after the last period, when two or more capital letters each have a period glued on.
    static func initials(from start: Int, in tokens: [Token], before end: Int) -> (letters: String, end: Int)? {
        var letters = ""
        var index = start
        while index + 1 < end, tokens[index].kind == .word, tokens[index].text.utf8.count == 1,
            let letter = tokens[index].text.utf8.first, (0x41...0x5A).contains(letter), tokens[index + 1].text == ".",
            tokens[index + 1].span.start == tokens[index].span.end,
            index == start || tokens[index].span.start == tokens[index - 1].span.end
        {
            letters += tokens[index].text
            index += 2
        }
        return letters.count >= 2 ? (letters, index) : nil
    }

    /// The subjects a run of word tokens names, and those named inside them.
    /// - Parameter initials: initials written with periods, by their first token: their letters
    ///   and the token after their last period.
    private func names(
        in run: [Int], nested: Bool, initials: [Int: (letters: String, end: Int)] = [:]
    ) -> [SubjectOccurrence] {
        guard !run.isEmpty else { return [] }
        let tokens = document.tokens
        let raw = initials.isEmpty ? run.map { tokens[$0].text } : run.map { initials[$0]?.letters ?? tokens[$0].text }
        // Most runs have no possessive: their words are the raw words, neither copied nor compared.
        let hasPossessive = raw.contains { Self.withoutPossessive($0).utf8.count != $0.utf8.count }
        let words = hasPossessive ? raw.map(Self.withoutPossessive) : raw
        var matches = reference.subjects(namedIn: words, language: document.language)
        if hasPossessive {
            // "FIFA Women's World Cup": a possessive inside a name is part of it.
            for match in reference.subjects(namedIn: raw, language: document.language)
            where !matches.contains(where: { $0.words.overlaps(match.words) && $0.words.count >= match.words.count }) {
                matches.removeAll { $0.words.overlaps(match.words) }
                matches.append(match)
            }
        }
        var found: [SubjectOccurrence] = nested ? eventsWithYearMoved(in: run, words: raw) : []
        if nested { found += acronymSeries(in: run, words: words, matches: matches) }
        for match in matches
        where !Self.isCommonWord(raw, match.words)
            && !isIndefiniteCommonNoun(raw, match.words, first: run[match.words.lowerBound])
            && isOfDraft(match, words: raw, first: run[match.words.lowerBound])
        {
            let positions = Array(run[match.words])
            // Initials with periods end on their last period.
            let last = initials[positions.last!].map { $0.end - 1 } ?? positions.last!
            let span = tokens[positions.first!].span.union(tokens[last].span)
            let written = document.text(in: span)
            found.append(
                SubjectOccurrence(
                    id: match.subject.id, kind: match.subject.kind, name: Self.withoutPossessive(written),
                    tokens: positions.first!..<last + 1))
            if nested, positions.count > 1 {
                // "Assemblée générale d’INTERPOL" and "INTERPOL General Assembly" name INTERPOL too.
                let inner = names(inside: positions, written: written, initials: initials)
                let outer = found.last!
                for subject in inner
                where !found.contains(where: { $0.id == subject.id && $0.tokens == subject.tokens })
                    && !isHead(subject, of: outer, words: raw[match.words])
                {
                    found.append(subject)
                }
            }
        }
        return found
    }

    /// The subjects named inside a longer name, without its first or its last word, and inside
    /// a series or event named there the same way, looked up once for each way the draft writes the name: a draft names the same bodies again and again.
    /// - Parameter written: the longer name's text, which the cache is keyed by.
    private func names(
        inside positions: [Int], written: String, initials: [Int: (letters: String, end: Int)]
    ) -> [SubjectOccurrence] {
        let first = positions[0]
        func shifted(_ found: [SubjectOccurrence], by offset: Int) -> [SubjectOccurrence] {
            found.map { occurrence in
                var moved = occurrence
                moved.tokens = occurrence.tokens.lowerBound + offset..<occurrence.tokens.upperBound + offset
                return moved
            }
        }
        if let known = namesInsideNames[written] { return shifted(known, by: first) }
        var found =
            names(in: Array(positions.dropFirst()), nested: false, initials: initials)
            + names(in: Array(positions.dropLast()), nested: false, initials: initials)
        // "NATO summit in Lakeville", an event, holds the series "NATO summit", which holds NATO.
        for inner in found where inner.kind == .series || inner.kind == .event {
            let innerPositions = positions.filter { inner.tokens.contains($0) }
            guard innerPositions.count > 1 else { continue }
            for deeper in names(in: Array(innerPositions.dropFirst()), nested: false, initials: initials)
                + names(in: Array(innerPositions.dropLast()), nested: false, initials: initials)
            where !found.contains(where: { $0.id == deeper.id && $0.tokens == deeper.tokens }) {
                found.append(deeper)
            }
        }
        namesInsideNames[written] = shifted(found, by: -first)
        return found
    }

    /// Whether an organisation named inside a longer name of another subject is that name's head,
    /// which names the longer one's kind, not its owner: "General Assembly" in "INTERPOL General
    /// Assembly", « Assemblée générale » in « Assemblée générale d’INTERPOL » (while "INTERPOL" is
    /// named in both). The head ends an English name without "of" and opens any other.
    private func isHead(_ inner: SubjectOccurrence, of outer: SubjectOccurrence, words: ArraySlice<String>) -> Bool {
        guard inner.kind == .organization, inner.id != outer.id else { return false }
        let hasComplement = words.contains { ClaimWords.complementWords.contains(Fold.word($0)) }
        return document.language == .en && !hasComplement
            ? inner.tokens.upperBound == outer.tokens.upperBound : inner.tokens.lowerBound == outer.tokens.lowerBound
    }

    /// Whether a match may name a subject of this draft. An event named only with common words
    /// (« l’élection présidentielle », "the general election") is one of many: it is this
    /// draft's when the publication date is within a year of it, or, without a publication date,
    /// when the draft names its place. Other names always are, and so is a name whose first word
    /// takes a capital inside its sentence ("the Harbor Bay disaster"), a proper name. `first` is
    /// the token of the match's first word.
    private func isOfDraft(_ match: ReferenceNameMatch, words: [String], first: Int) -> Bool {
        guard match.subject.kind == .event, Self.isCommon(words[match.words]),
            document.opensSentence(tokenAt: first) || !Fold.isCapitalised(words[match.words.lowerBound]),
            let event = reference.event(match.subject.id)
        else { return true }
        if let cached = eventsOfDraft[match.subject.id] { return cached }
        let isOfDraft: Bool
        if let published = document.published, let start = event.start?.year {
            isOfDraft = abs(published.year - start) <= 1
        } else {
            isOfDraft = event.placeSpellings.contains { document.text.contains($0) }
        }
        eventsOfDraft[match.subject.id] = isOfDraft
        return isOfDraft
    }

    /// Whether every word is written in lowercase, but for the first letter of the first.
    private static func isCommon(_ words: ArraySlice<String>) -> Bool {
        words.enumerated().allSatisfy { offset, word in
            word.dropFirst(offset == 0 ? 1 : 0).allSatisfy { !$0.isUppercase }
        }
    }

    /// How many words of a name a year written before or after it may go with.
    static let yearNameReach = 8

    /// The events a run names with their year on the other side of the name than reference data
    /// writes it: "the 2023 Lakes Cup" for "Lakes Cup 2023", "the Lakes Cup 2023" for "2023 Lakes Cup".
    private func eventsWithYearMoved(in run: [Int], words: [String]) -> [SubjectOccurrence] {
        var found: [SubjectOccurrence] = []
        let tokens = document.tokens
        for (offset, position) in run.enumerated() where tokens[position].isModernYear {
            let year = words[offset]
            // The longest name first: after the year, then before it.
            for count in stride(from: min(Self.yearNameReach, words.count - offset - 1), through: 1, by: -1) {
                if let event = event(named: Array(words[offset + 1...offset + count]) + [year]) {
                    found.append(occurrence(of: event, at: run[offset...offset + count]))
                    break
                }
            }
            for count in stride(from: min(Self.yearNameReach, offset), through: 1, by: -1) {
                if let event = event(named: [year] + Array(words[offset - count..<offset])) {
                    found.append(occurrence(of: event, at: run[offset - count...offset]))
                    break
                }
            }
        }
        return found
    }

    /// The event reference data names with exactly `words`.
    private func event(named words: [String]) -> ReferenceSubject? {
        reference.subjects(namedIn: words, language: document.language).first {
            $0.words == 0..<words.count && $0.subject.kind == .event
        }?.subject
    }

    private func occurrence(of event: ReferenceSubject, at positions: ArraySlice<Int>) -> SubjectOccurrence {
        let span = document.tokens[positions.first!].span.union(document.tokens[positions.last!].span)
        return SubjectOccurrence(
            id: event.id, kind: .event, name: document.text(in: span), tokens: positions.first!..<positions.last! + 1)
    }

    /// Whether a one-word match is a short word in lowercase ("au" for "AU", "un" for "UN"), or a
    /// function word with a capital (« Au total », "In May"): a common word that folds like an
    /// acronym, not a name.
    private static func isCommonWord(_ words: [String], _ range: Range<Int>) -> Bool {
        guard range.count == 1 else { return false }
        let word = words[range.lowerBound]
        let bytes = word.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // The same tests byte by byte, without Unicode properties: in ASCII the lowercase
            // letters are a-z and the uppercase ones A-Z.
            if bytes.count <= 4 && bytes.allSatisfy({ (0x61...0x7A).contains($0) }) { return true }
            return !bytes.allSatisfy({ (0x41...0x5A).contains($0) }) && functionWords.contains(word.lowercased())
        }
        if word.count <= 4 && word.allSatisfy({ $0.isLetter && $0.isLowercase }) { return true }
        // « Au total, … », "In May": a capitalised function word is not the acronym "AU", "IN".
        return !word.allSatisfy(\.isUppercase) && functionWords.contains(word.lowercased())
    }

    /// Short function words that fold like acronyms of reference names (« au », "UA"; "in", "IN"):
    /// written with a capital only at the start of a sentence, they name nothing.
    private static let functionWords: Set<String> = [
        "au", "aux", "en", "la", "le", "les", "un", "une", "du", "de", "des", "et", "ou", "on", "ce", "ces", "sa",
        "se", "son", "il", "ne", "ni", "par", "sur", "si", "in", "an", "as", "at", "it", "is", "to", "of", "or",
        "us", "we", "be", "by", "so", "no", "do", "up",
    ]

    /// Whether a match written all in lowercase follows an indefinite article (« une assemblée
    /// générale », "a general assembly"): a common noun phrase, not the name it folds like.
    private func isIndefiniteCommonNoun(_ words: [String], _ range: Range<Int>, first: Int) -> Bool {
        guard first > 0, words[range].allSatisfy({ $0.first?.isLowercase ?? false }) else { return false }
        let before = document.tokens[first - 1]
        return before.kind == .word && ClaimWords.indefiniteArticles.contains(before.text.lowercased())
    }

    /// A word without a possessive "’s" ("INTERPOL’s" → "INTERPOL").
    static func withoutPossessive(_ word: String) -> String {
        // Most words do not end in "s", and most that do have no apostrophe before it ("'", or
        // "’" whose UTF-8 ends in 0x99): no suffix comparison for them.
        let bytes = word.utf8
        guard bytes.last == UInt8(ascii: "s"), bytes.count >= 3,
            case let beforeS = bytes[bytes.index(bytes.endIndex, offsetBy: -2)],
            beforeS == UInt8(ascii: "'") || beforeS == 0x99
        else { return word }
        for suffix in ["’s", "'s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
    }
}
