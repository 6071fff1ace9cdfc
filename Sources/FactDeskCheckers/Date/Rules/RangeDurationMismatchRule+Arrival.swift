import FactDeskKit

/// A journey's length against the year of its arrival: "The probe will take eight years to get
/// to Saturn, with an arrival in 2030", « la sonde mettra huit ans pour atteindre Jupiter, avec une
/// arrivée prévue en 2030 ».
extension RangeDurationMismatchRule {
    /// Words of an arrival, folded.
    static let arrivalWords: Set<String> = [
        "arrival", "arriving", "arrive", "arrives", "arrivee", "arrivera", "arriver", "arrivant",
    ]
    /// Verbs of time taken right before a length, folded: "will take eight years", « mettra huit ans ».
    static let takingVerbs: Set<String> = ["take", "takes", "taking", "mettra", "mettre", "mettront", "faudra"]
    /// How many words after the length the arrival word may come.
    static let arrivalReach = 10
    /// How many words after the arrival word its year may come ("arrival expected in 2030").
    static let arrivalYearReach = 4

    /// Years until an arrival in a later year, counted from year `start` (the publication's, the
    /// text's own, or, in an undated text, the start of the one reference event its paragraph
    /// names: the launch of the probe), one off either way (the months are not given); silent
    /// when the sentence writes another year, from which the journey may start.
    func arrivalFinding(
        _ duration: Mention, stated: Int, from start: Int, evidence: [Evidence], check: DateCheck
    ) -> Finding? {
        let sentence = check.sentence(of: duration)
        let range = check.document.tokenRange(of: duration.span)
        guard DurationContext(check: check, duration: duration).describesLength
            || Self.takingVerbs.contains(check.word(range.lowerBound - 1))
        else { return nil }
        guard let arrival = Self.arrivalWord(after: duration, check: check) else { return nil }
        let from = check.tokens[arrival].span.end
        let to = check.tokens[min(sentence.tokens.upperBound, arrival + 1 + Self.arrivalYearReach) - 1].span.end
        let years = check.mentions(check.dates, in: sentence.span).filter { mention in
            if case .date(let date, _) = mention.value { return date.year != nil }
            return false
        }
        guard years.count == 1, let yearMention = years.first, yearMention.span.start >= from, yearMention.span.end <= to,
            case .date(let date, _) = yearMention.value, date.month == nil, let year = date.year
        else { return nil }
        let expected = year - start
        guard expected >= 1, !(expected - 1...expected + 1).contains(stated) else { return nil }
        let span = duration.span.union(yearMention.span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.yearsToArrival(
                quoted: check.document.text(in: span), start: start, year: year, years: expected),
            evidence: evidence + [Evidence(statement: "\(start) to \(year) is \(expected) years")])
    }

    /// The token of an arrival word within ``arrivalReach`` words after the duration, in its sentence.
    static func arrivalWord(after duration: Mention, check: DateCheck) -> Int? {
        let sentence = check.sentence(of: duration)
        let after = check.document.tokenRange(of: duration.span).upperBound
        let end = min(sentence.tokens.upperBound, after + arrivalReach)
        return (after..<end).first { arrivalWords.contains(check.word($0)) }
    }

    /// The start of the one reference event with a start date that the duration's paragraph
    /// names, with the evidence.
    static func namedEventStart(of duration: Mention, check: DateCheck) -> (year: Int, evidence: [Evidence])? {
        guard let reference = check.reference else { return nil }
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: duration.span.start)]
        var starts: [String: (year: Int, evidence: Evidence)] = [:]
        for (index, sentence) in check.document.sentences.enumerated()
        where sentence.span.start >= paragraph.start && sentence.span.end <= paragraph.end {
            for named in check.names.subjects(inSentence: index) {
                guard let event = reference.event(named.subject.id), let year = event.start?.year else { continue }
                starts[named.subject.id] = (
                    year,
                    Evidence(
                        statement: "\(named.subject.name) (\(named.subject.id)) started in \(year)",
                        source: event.source.description)
                )
            }
        }
        guard starts.count == 1, let only = starts.values.first else { return nil }
        return (only.year, [only.evidence])
    }
}

extension DateWording {
    /// "“eight years … arrival in 2030”: from 2024, 2030 is six years away."
    func yearsToArrival(quoted words: String, start: Int, year: Int, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "depuis \(start), \(year) est à \(numberInWords(years)) ans."
            : quoted(words) + colon + "from \(start), \(year) is \(numberInWords(years)) years away."
    }
}
