import FactDeskKit
import Foundation

/// One version of a story as parity reads it: its paragraphs, each with the facts it states.
struct ParityVersion {
    /// One paragraph and its facts, in text order.
    struct Paragraph {
        let span: Span
        let facts: [ParityFact]
    }

    let document: Document
    let paragraphs: [Paragraph]
    /// The presence keys of every fact of the version (``ParityFact/presenceKeys``).
    let presenceKeys: Set<ParityFact.PresenceKey>
    /// Every fact, in text order.
    let facts: [ParityFact]

    /// Reads a version from its mentions and its names resolved against the reference names.
    init(document: Document, mentions: [Mention], book: NameBook?) {
        self.document = document
        let names = NameCheck(document: document, candidates: mentions.filter { $0.kind == .name }, book: book)
            .occurrences.map { Self.fact($0, book: book) }
        let facts = (Self.facts(from: mentions) + names).sorted { $0.span < $1.span }
        var paragraphs: [Paragraph] = []
        var next = 0
        for span in document.paragraphs {
            while next < facts.count, facts[next].span.start < span.start { next += 1 }
            var inside: [ParityFact] = []
            while next < facts.count, facts[next].span.start < span.end {
                inside.append(facts[next])
                next += 1
            }
            paragraphs.append(Paragraph(span: span, facts: inside))
        }
        self.paragraphs = paragraphs
        self.presenceKeys = Set(facts.flatMap(\.presenceKeys))
        self.facts = paragraphs.flatMap(\.facts)
    }

    /// The figures, dates and weekdays of the mentions; a mention inside a longer one ("10th" in
    /// "10th anniversary", a date in a range) is part of it, and 0 and 1 are too often words
    /// ("un accord", "one of them") to compare.
    private static func facts(from mentions: [Mention]) -> [ParityFact] {
        var facts: [ParityFact] = []
        for mention in mentions where mention.kind != .name {
            guard let fact = fact(mention) else { continue }
            if let last = facts.last, last.span.contains(fact.span) { continue }
            while let last = facts.last, fact.span.contains(last.span) { facts.removeLast() }
            facts.append(fact)
        }
        return facts
    }

    private static func fact(_ mention: Mention) -> ParityFact? {
        let approximate = mention.bound != nil
        func make(_ kind: ParityFact.Kind, _ value: ParityFact.Value) -> ParityFact {
            ParityFact(kind: kind, span: mention.span, text: mention.text, value: value, approximate: approximate)
        }
        switch mention.value {
        case .number(let number):
            return number == 0 || number == 1 ? nil : make(.count, .number(number))
        case .numberRange(let low, let high): return make(.range, .range(low: low, high: high))
        case .percent(let number): return make(.percent, .number(number))
        case .ordinal(let number): return make(.ordinal, .number(Decimal(number)))
        case .anniversary(let number): return make(.anniversary, .number(Decimal(number)))
        case .duration(let amount, let unit): return make(.duration, .duration(amount: amount, unit: unit))
        case .date(let date, let weekday): return make(.date, .date(date, weekday: weekday))
        case .dateRange(let start, let end, _, _): return make(.dateRange, .dateRange(start: start, end: end))
        case .weekday(let weekday): return make(.weekday, .weekday(weekday))
        case .relativeDate, .name: return nil
        }
    }

    private static func fact(_ occurrence: NameOccurrence, book: NameBook?) -> ParityFact {
        var misspeltSubject: String?
        var suggestion: String?
        if case .misspelled(let suggestions) = occurrence.resolution {
            misspeltSubject = occurrence.resolution.subject
            suggestion = suggestions.first?.spelling
        }
        let subject: String?
        switch occurrence.resolution {
        case .accepted(let id), .variant(let id): subject = id
        case .misspelled, .unknown: subject = nil
        }
        let name = ParityName(
            subject: subject, misspeltSubject: misspeltSubject, suggestion: suggestion, folded: occurrence.folded,
            isPerson: (subject ?? misspeltSubject).flatMap { book?.record($0)?.kind } == .person)
        return ParityFact(kind: .name, span: occurrence.span, text: occurrence.text, value: .name(name), approximate: false)
    }
}
