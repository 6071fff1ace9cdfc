import FactDeskKit
import FactDeskText
import Foundation

/// The number checker's messages, in the draft's language. Each quotes the words in question and
/// states the fact they conflict with.
struct NumberWording {
    let language: Language

    /// « … » in French, “…” in English.
    func quote(_ text: String) -> String {
        language == .fr ? "« \(text) »" : "“\(text)”"
    }

    /// A value in the language's digits: "196", "1 234,5", "1,234.5".
    func number(_ value: Decimal) -> String {
        WrittenNumber.digits(value, group: nil, decimal: nil, language: language)
    }

    /// "93e", "93rd"; "1re" before a feminine noun (« la 1re édition »).
    func ordinal(_ value: Int, feminine: Bool = false) -> String {
        NumberSpeller.digitOrdinal(value, language: language, feminine: feminine)
    }

    private func source(_ fact: NumericFact) -> String {
        let citation = fact.source.citation ?? fact.source.location
        switch language {
        case .fr: return citation.map { "source : \($0)" } ?? "source non indiquée"
        case .en: return citation.map { "source: \($0)" } ?? "no source given"
        }
    }

    private func when(_ period: ClosedRange<CalendarDate>?) -> String {
        period.map { " " + self.period($0) } ?? ""
    }

    /// `fact-mismatch`.
    func factMismatch(quoted: String, subject: String, period: ClosedRange<CalendarDate>?, fact: NumericFact) -> String
    {
        let value = number(fact.value)
        switch language {
        case .fr:
            return "\(quote(quoted)) : la valeur de référence pour \(subject)\(when(period)) est \(value) "
                + "(\(validity(of: fact)) ; \(source(fact)))."
        case .en:
            return "\(quote(quoted)): the reference value for \(subject)\(when(period)) is \(value) "
                + "(\(validity(of: fact)); \(source(fact)))."
        }
    }

    /// `fact-never-held`: the known values, each with its period.
    func factNeverHeld(quoted: String, subject: String, facts: [NumericFact], published: CalendarDate?) -> String {
        let known = facts.map { "\(number($0.value)) (\(validity(of: $0)))" }.joined(separator: language == .fr ? " ; " : "; ")
        switch language {
        case .fr:
            let day = published.map { " à la date de publication (\(date(PartialDate(year: $0.year, month: $0.month, day: $0.day))))" } ?? ""
            return "\(quote(quoted)) : aucune période connue n’a eu cette valeur pour \(subject) : \(known) ; "
                + "les données de référence ne disent rien\(day.isEmpty ? " sans date de publication" : day)."
        case .en:
            let day = published.map { " on the publication date (\(date(PartialDate(year: $0.year, month: $0.month, day: $0.day))))" } ?? ""
            return "\(quote(quoted)): no known period had this value for \(subject): \(known); "
                + "the reference data says nothing\(day.isEmpty ? " without a publication date" : day)."
        }
    }

    /// `fact-outdated`.
    func factOutdated(quoted: String, subject: String, current: NumericFact, earlier: NumericFact) -> String {
        switch language {
        case .fr:
            return "\(quote(quoted)) : chiffre dépassé ; la valeur pour \(subject) était \(number(earlier.value)) "
                + "\(validity(of: earlier)), elle est de \(number(current.value)) \(validity(of: current)) (\(source(current)))."
        case .en:
            return "\(quote(quoted)): out of date; the value for \(subject) was \(number(earlier.value)) "
                + "\(validity(of: earlier)) and is \(number(current.value)) \(validity(of: current)) (\(source(current)))."
        }
    }

    /// `edition-mismatch`.
    func editionMismatch(
        quoted: String, expected: ReferenceEdition, series: String, year: Int?, place: String?,
        anchor: (EditionAnchor, CalendarDate)? = nil
    ) -> String {
        var held: String
        switch (language, year, place) {
        case (.fr, let year?, let place?): held = "tenue en \(year) à \(place)"
        case (.fr, let year?, nil): held = "tenue en \(year)"
        case (.fr, nil, let place?): held = "tenue à \(place)"
        case (.en, let year?, let place?): held = "held in \(year) in \(place)"
        case (.en, let year?, nil): held = "held in \(year)"
        case (.en, nil, let place?): held = "held in \(place)"
        case (_, nil, nil): held = ""
        }
        let day = anchor.map { date(PartialDate(year: $0.1.year, month: $0.1.month, day: $0.1.day)) } ?? ""
        // An edition near the publication date may have ended just before it or open just after.
        let ended = anchor.flatMap { anchor in (expected.end ?? expected.start)?.calendarDate.map { $0 < anchor.1 } } ?? false
        let opens = anchor.flatMap { anchor in expected.start?.calendarDate.map { $0 > anchor.1 } } ?? false
        switch (language, anchor?.0) {
        case (.fr, .current), (.fr, .currentOrNext), (.fr, .underWay), (.fr, .meetingAt), (.fr, .metAt):
            held =
                ended ? "achevée peu avant la date de publication (\(day))"
                : opens ? "ouverte peu après la date de publication (\(day))" : "en cours à la date de publication (\(day))"
        case (.en, .current), (.en, .currentOrNext), (.en, .underWay), (.en, .meetingAt), (.en, .metAt):
            held =
                ended ? "ended just before the publication date (\(day))"
                : opens ? "opening just after the publication date (\(day))" : "under way on the publication date (\(day))"
        case (.fr, .next): held = "suivant la date de publication (\(day))"
        case (.en, .next): held = "following the publication date (\(day))"
        case (.fr, .laterThisYear), (.fr, .present): held = "à venir dans l’année de la publication (\(day))"
        case (.en, .laterThisYear), (.en, .present): held = "coming later in the year of publication (\(day))"
        case (.fr, .previous): held = "précédant celle en cours à la date de publication (\(day))"
        case (.en, .previous): held = "before the one under way on the publication date (\(day))"
        case (.fr, .publicationTime): held = "la plus proche de la date de publication (\(day))"
        case (.en, .publicationTime): held = "nearest the publication date (\(day))"
        case (_, nil): break
        }
        let dates = self.dates(of: expected).map { ", \($0)" } ?? ""
        switch language {
        case .fr:
            return "\(quote(quoted)) : selon les données de référence, l’édition \(held) (\(series)) est la "
                + "\(ordinal(expected.number, feminine: true))\(dates)."
        case .en:
            return "\(quote(quoted)): according to the reference data, the edition \(held) (\(series)) is the "
                + "\(ordinal(expected.number))\(dates)."
        }
    }

    /// `internal-inconsistency`.
    func internalInconsistency(quoted: String, other: String, subject: String, line: Int) -> String {
        switch language {
        case .fr:
            return "\(quote(quoted)) : le texte donne aussi \(quote(other)) pour \(subject) "
                + "(ligne \(line)) ; les deux chiffres ne peuvent être justes à la fois."
        case .en:
            return "\(quote(quoted)): the text also gives \(quote(other)) for \(subject) "
                + "(line \(line)); both figures cannot be right."
        }
    }

    /// The evidence of a round figure near the reference value.
    var roundFigure: String {
        language == .fr
            ? "Un chiffre rond à moins de 5 % de la valeur de référence : peut-être le décompte d’une autre source, à vérifier."
            : "A round figure within 5% of the reference value: perhaps another source's count, to check."
    }

    /// The evidence of a bound that is the reference value of an event's count.
    var sameBound: String {
        language == .fr
            ? "La borne est la valeur de référence elle-même, que sa source donne peut-être aussi comme borne : à vérifier."
            : "The bound is the reference value itself, which its source may give as a bound too: to check."
    }

    /// The evidence of a finding inside quotation marks.
    var quotedFigure: String {
        language == .fr
            ? "Le chiffre est entre guillemets : ce sont les mots de la personne ou du document cités, à vérifier sur l’enregistrement ou le texte d’origine."
            : "The figure is inside quotation marks: these are the words of the person or document quoted, to check against the recording or the original text."
    }

    /// "les coaccusés d’une personne nommée sont tous les accusés sauf elle : 51 en tout".
    func companionReading(total: Decimal) -> String {
        switch language {
        case .fr: return "les coaccusés d’une personne nommée sont tous les accusés sauf elle : \(number(total)) en tout"
        case .en: return "the co-defendants of a named person are all the defendants but that person: \(number(total)) in all"
        }
    }

    /// "« ses » lu comme OTAN, nommé dans la phrase précédente", "“the Alliance” read as NATO,
    /// named later in the paragraph", "“this case” in the next sentence names the harbour fraud
    /// trial, read as the figure’s subject".
    func subjectReading(_ reading: SubjectReading, subject: String) -> String {
        let place: String
        switch (reading.place, language) {
        case (.sameSentence, .fr): place = "nommé plus tôt dans la phrase"
        case (.sameSentence, .en): place = "named earlier in the sentence"
        case (.before(1), .fr): place = "nommé dans la phrase précédente"
        case (.before(1), .en): place = "named in the previous sentence"
        case (.before(let count), .fr): place = "nommé \(count) phrases plus tôt"
        case (.before(let count), .en): place = "named \(count) sentences earlier"
        case (.after, .fr): place = "nommé plus loin dans le paragraphe"
        case (.after, .en): place = "named later in the paragraph"
        case (.nextSentence, .fr):
            return "\(quote(reading.words)) dans la phrase suivante nomme \(subject), lu comme le sujet du chiffre"
        case (.nextSentence, .en):
            return "\(quote(reading.words)) in the next sentence names \(subject), read as the figure’s subject"
        case (.elsewhere, .fr): place = "seul sujet de ce genre que le texte nomme avec ce chiffre"
        case (.elsewhere, .en): place = "the only subject of its kind the draft names with this figure"
        case (.recent, .fr): place = "seul événement des données de référence avec ce chiffre en cours ou tenu dans les deux semaines avant ou après la publication"
        case (.recent, .en): place = "the only event of the reference data with this figure under way or held in the two weeks before or after publication"
        case (.founded(let year), .fr): place = "seul sujet des données de référence avec ce chiffre fondé en \(year), l’année de la phrase"
        case (.founded(let year), .en): place = "the only subject of the reference data with this figure founded in \(year), the sentence’s year"
        case (.writtenDays, .fr): place = "seul événement des données de référence avec ce chiffre dont la phrase écrit les jours"
        case (.writtenDays, .en): place = "the only event of the reference data with this figure whose days the sentence writes"
        }
        return language == .fr
            ? "\(quote(reading.words)) lu comme \(subject), \(place)"
            : "\(quote(reading.words)) read as \(subject), \(place)"
    }
}
