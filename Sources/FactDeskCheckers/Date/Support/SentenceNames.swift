import FactDeskKit

/// A reference subject named in a draft, with the tokens that name it.
struct NamedSubject {
    var subject: ReferenceSubject
    var tokens: Range<Int>
}

/// The reference subjects named in a document's sentences, looked up once per sentence and
/// kept, since several rules ask about the same sentences.
final class SentenceNames {
    private let document: Document
    private let reference: (any ReferenceLookup)?
    /// The events near the publication date that a draft may name without their year.
    private let yearless: YearlessEventNames?
    private var cache: [Int: [NamedSubject]] = [:]
    /// The series each entity shares a spelling with, by the entity's id.
    private var sharedSeries: [String: [ReferenceSubject]] = [:]

    /// The names of `reference` in `document`; with `published`, also the events near it that
    /// the draft names without their year (``YearlessEventNames``).
    init(document: Document, reference: (any ReferenceLookup)?, published: CalendarDate?) {
        self.document = document
        self.reference = reference
        self.yearless = reference.flatMap { reference in
            published.flatMap { YearlessEventNames(reference: reference, around: $0, language: document.language) }
        }
    }

    /// The subjects named in sentence `index`, in text order. Names never run across
    /// punctuation, may start at any word (reference data spells some in lower case: "jury
    /// deliberations", « élection présidentielle »), and a possessive "’s" is not part of them
    /// ("INTERPOL’s") unless the name holds it ("the Women’s World Cup"); a name of one short word must be written in capitals (« Au », "Un").
    func subjects(inSentence index: Int) -> [NamedSubject] {
        if let cached = cache[index] { return cached }
        guard let reference = reference else { return [] }
        let sentence = document.sentences[index]
        var found: [NamedSubject] = []
        var run: [Int] = []
        func lookUp() {
            guard !run.isEmpty else { return }
            let runStart = found.count
            let written = run.map { document.tokens[$0].text }
            let words = written.map(Self.withoutPossessive)
            for match in reference.subjects(namedIn: words, language: document.language) {
                guard !Self.isCommonWordForAcronym(words[match.words]) else { continue }
                let tokens = run[match.words.lowerBound]..<run[match.words.upperBound - 1] + 1
                found.append(NamedSubject(subject: match.subject, tokens: tokens))
            }
            // "the Women’s World Cup": a possessive inside a name is part of it; names that hold none
            // were read above ("INTERPOL’s General Assembly" is not "General Assembly" alone).
            if words != written {
                for match in reference.subjects(namedIn: written, language: document.language)
                where match.words.dropLast().contains(where: { words[$0] != written[$0] })
                    && !found.contains(where: { $0.subject.id == match.subject.id })
                {
                    let tokens = run[match.words.lowerBound]..<run[match.words.upperBound - 1] + 1
                    found.append(NamedSubject(subject: match.subject, tokens: tokens))
                }
            }
            if document.language == .en {
                found += possessiveInversions(written: written, words: words, run: run, reference: reference)
            }
            if let yearless {
                found += yearlessEvents(yearless, written: written, run: run, alongside: found[runStart...], reference: reference)
            }
            run.removeAll()
        }
        for position in sentence.tokens {
            let token = document.tokens[position]
            if token.kind == .punctuation {
                // "the Baltic Sea Union (BSU) Leaders' Meeting": an
                // acronym in brackets inside a name is a word of it.
                if !document.tokens.isPluralPossessiveMark(at: position), !isBracketOfAcronym(at: position) { lookUp() }
            } else {
                run.append(position)
            }
        }
        lookUp()
        cache[index] = found
        return found
    }

    /// Whether the bracket at `position` opens or closes an acronym alone between brackets, with a
    /// capitalised word right after the closing one: « (BSU) Leaders' », not "(AFP) –".
    private func isBracketOfAcronym(at position: Int) -> Bool {
        let tokens = document.tokens
        func isAcronym(_ index: Int) -> Bool {
            guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
            let text = tokens[index].text
            return (2...8).contains(text.count) && text.allSatisfy { $0.isUppercase }
        }
        func isCapitalisedWord(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].kind == .word && WordFolding.isCapitalised(tokens[index].text)
        }
        switch tokens[position].text {
        case "(":
            return isAcronym(position + 1) && tokens.indices.contains(position + 2) && tokens[position + 2].text == ")"
                && isCapitalisedWord(position + 3) && isCapitalisedWord(position - 1)
        case ")":
            return isAcronym(position - 1) && position >= 2 && tokens[position - 2].text == "("
                && isCapitalisedWord(position + 1) && isCapitalisedWord(position - 3)
        default:
            return false
        }
    }

    /// The series named in sentence `index`, in text order: those named as series, and those an
    /// entity named there shares a spelling with (« le FESPACO » names the festival and, by the
    /// same spelling, the series of its editions), at the entity's tokens.
    func series(inSentence index: Int) -> [NamedSubject] {
        guard let reference else { return [] }
        return subjects(inSentence: index).flatMap { named -> [NamedSubject] in
            if named.subject.kind == .series { return [named] }
            if sharedSeries[named.subject.id] == nil {
                sharedSeries[named.subject.id] = reference.seriesSharingName(with: named.subject.id, language: document.language)
            }
            return (sharedSeries[named.subject.id] ?? []).map { NamedSubject(subject: $0, tokens: named.tokens) }
        }
    }

    /// The events near the publication date that a run names without their year: by one of their
    /// names less the year, or by a name of the festival or body that a subject of the run is;
    /// none already named there.
    private func yearlessEvents(
        _ yearless: YearlessEventNames, written: [String], run: [Int], alongside named: ArraySlice<NamedSubject>,
        reference: any ReferenceLookup
    ) -> [NamedSubject] {
        var events = yearless.named(in: written, at: run)
        for subject in named {
            events += yearless.events(spelt: subject.subject, reference: reference, language: document.language).map {
                NamedSubject(subject: $0, tokens: subject.tokens)
            }
        }
        var seen = Set(named.map(\.subject.id))
        return events.filter { seen.insert($0.subject.id).inserted }
    }

    /// The most letters a one-word name may have and still need capitals to name a subject.
    static let acronymLength = 3

    /// Whether a one-word match of at most ``acronymLength`` letters is not written all in
    /// capitals: « Au début » does not name the AU, nor "Un" the UN, though names fold for case.
    private static func isCommonWordForAcronym(_ words: ArraySlice<String>) -> Bool {
        guard words.count == 1, let word = words.first, word.count <= acronymLength else { return false }
        return word.contains(where: \.isLowercase)
    }

    /// The subjects named "NOUN of OWNER" that a run writes as the owner's possessive and the
    /// noun: "Amara Kesse’s release" for the "release of Amara Kesse", "the bridge’s
    /// opening" is not read (the owner is capitalised words), and the longest owner is tried first.
    private func possessiveInversions(
        written: [String], words: [String], run: [Int], reference: any ReferenceLookup
    ) -> [NamedSubject] {
        var found: [NamedSubject] = []
        for index in written.indices.dropLast() where words[index] != written[index] {
            let noun = written[index + 1]
            guard noun.first?.isLowercase == true else { continue }
            var start = index
            while start > 0, words[start - 1].first?.isUppercase == true, words[start - 1] == written[start - 1] {
                start -= 1
            }
            for first in start...index where words[first].first?.isUppercase == true {
                let phrase = [noun, "of"] + words[first...index]
                guard
                    let match = reference.subjects(namedIn: phrase, language: document.language).first(where: {
                        $0.words == phrase.indices
                    })
                else { continue }
                found.append(NamedSubject(subject: match.subject, tokens: run[first]..<run[index + 1] + 1))
                break
            }
        }
        return found
    }

    private static func withoutPossessive(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.last == UInt8(ascii: "s"), bytes.count > 2 else { return word }
        let beforeS = bytes.dropLast()
        if beforeS.last == UInt8(ascii: "'") { return String(word.dropLast(2)) }
        if beforeS.suffix(3).elementsEqual("’".utf8) { return String(word.dropLast(2)) }
        return word
    }
}
