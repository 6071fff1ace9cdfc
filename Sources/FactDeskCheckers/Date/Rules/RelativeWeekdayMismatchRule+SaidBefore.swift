import FactDeskKit

/// "Some 5,000 walkers finished the Kesra trail on Sunday (May 3), organisers said on Tuesday"
/// in a piece published on Monday 4 May: the words were said, so their Tuesday is the last one,
/// 28 April, before the Sunday they report. A weekday right after a verb of saying in the past
/// is read back from the publication date; a date of the same sentence, in the six days before
/// the publication and after that Tuesday, dates what was said. The sentence must report it as
/// done: a verb in the past before that date, and no word of the future or of a plan ("would",
/// « devait », "is expected to"), which words said beforehand may hold.
extension RelativeWeekdayMismatchRule {
    /// Words that make what was said a plan or a forecast, folded.
    static let planWords: Set<String> = [
        "will", "would", "could", "may", "might", "expected", "scheduled", "set", "plans", "planned", "due",
        "sera", "seront", "serait", "devrait", "devraient", "devait", "pourrait", "prevu", "prevue", "prevus",
        "prevues", "va", "vont", "aura", "auront",
    ]
    /// How many days before the publication the date reported may be.
    static let reportedReach = 6

    /// The weekdays of saying that fall before the day their sentence reports.
    func saidBeforeFindings(
        _ candidates: [WeekdayReading], published: CalendarDate, flagged: Set<Int>, check: DateCheck
    ) -> [Finding] {
        candidates.compactMap { candidate -> Finding? in
            guard candidate.tense == .past, !flagged.contains(candidate.mention.span.start),
                Self.datesSpeech(candidate.mention, check: check)
            else { return nil }
            let sentence = check.document.sentences[candidate.sentence]
            // In lowercase only: "May 3" is a month.
            guard
                !sentence.tokens.contains(where: {
                    Self.planWords.contains(check.word($0)) && check.tokens[$0].text.first?.isLowercase == true
                }),
                let (reported, day) = reportedDay(
                    in: sentence, after: candidate.reading, published: published, check: check)
            else { return nil }
            return check.finding(
                descriptor, at: candidate.mention.span,
                message: check.wording.saidBeforeReported(
                    quoted: candidate.mention.text, reading: candidate.reading, reported: day, published: published),
                suggestions: [],
                evidence: [
                    Evidence(
                        statement:
                            "published \(published.isoDay), a \(published.weekday.englishName); read back, \(candidate.mention.text) is \(candidate.reading.isoDay), before \(day.isoDay) (“\(reported.text)”)"
                    )
                ])
        }
    }

    /// A date of `sentence` after `reading` and within ``reportedReach`` days before
    /// `published` (its year that of the publication when it writes none), governed by a verb
    /// in the past.
    private func reportedDay(
        in sentence: Sentence, after reading: CalendarDate, published: CalendarDate, check: DateCheck
    )
        -> (Mention, CalendarDate)?
    {
        for mention in check.mentions(check.dates, in: sentence.span) {
            guard case .date(let date, _) = mention.value, let month = date.month, let dayOfMonth = date.day,
                let day = CalendarDate(year: date.year ?? published.year, month: month, day: dayOfMonth),
                day > reading, day <= published, day >= published.adding(days: -Self.reportedReach),
                Self.tellsPast(before: check.document.tokenIndex(from: mention.span.start), in: sentence, check: check)
            else { continue }
            return (mention, day)
        }
        return nil
    }

    /// Endings of French past participles, lowercase: « a terminé », « ont franchi », « a couru ».
    static let participleEndings = ["é", "ée", "és", "ées", "i", "is", "ie", "u", "us", "ue", "ert", "erte"]

    /// Whether a verb in the past stands before token `index` in its sentence: an English simple
    /// past ("finished", or a word in "-ed"), a French auxiliary of the past before a participle.
    private static func tellsPast(before index: Int, in sentence: Sentence, check: DateCheck) -> Bool {
        (sentence.tokens.lowerBound..<index).contains { position in
            let word = check.word(position)
            if check.document.language == .en {
                return TenseLexicon.englishPastForms.contains(word)
                    || (word.hasSuffix("ed") && word.count > 4
                        && check.tokens[position].text.first?.isLowercase == true)
            }
            guard TenseLexicon.frenchPastAuxiliaries.contains(check.tokens[position].text.lowercased()),
                position + 1 < index
            else { return false }
            let next = check.tokens[position + 1].text.lowercased()
            return Self.participleEndings.contains { next.hasSuffix($0) } && next.count > 3
        }
    }
}

extension DateWording {
    /// `relative-weekday-mismatch`, a weekday of saying read back before the day it reports.
    func saidBeforeReported(
        quoted words: String, reading: CalendarDate, reported: CalendarDate, published: CalendarDate
    )
        -> String
    {
        if language == .fr {
            return quoted(words) + colon
                + "au passé, depuis la publication (\(dateWithWeekday(published))), c’est le \(dateWithWeekdayWithoutYear(reading)), avant le \(dateWithWeekdayWithoutYear(reported)) dont la phrase rend compte."
        }
        return quoted(words) + colon
            + "in the past tense, from the publication date (\(dateWithWeekday(published))), this is \(dateWithWeekdayWithoutYear(reading)), before \(dateWithWeekdayWithoutYear(reported)), which the sentence reports."
    }
}
