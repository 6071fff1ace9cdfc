import FactDeskKit

/// Rule `needs-publication-date` (info): checks that needed the publication date and had none —
/// a weekday written with a date that has no year ("mardi 24 novembre"), an anniversary with no
/// year to count it in. One finding per document, at the first such words, rather than a guess.
/// For a draft of a workspace read on the day of the check (``DateCheck/publishedOnCheckDay``),
/// the one finding says that day was taken, at the first words told from it (a weekday, « hier »,
/// a date without a year).
struct NeedsPublicationDateRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "needs-publication-date", severity: .info,
        summary: "A check that needed the publication date (--published, front matter or dateline) and had none.",
        examples: [
            RuleExample("Les délégués se retrouvent ⟦mardi 24 novembre⟧, puis jeudi 27 novembre.", language: .fr),
            RuleExample("The vote is set for ⟦Tuesday, November 25⟧.", language: .en),
            RuleExample("La fondation, créée en 1995, fête son ⟦20e anniversaire⟧.", language: .fr),
            RuleExample(
                "Les délégués se retrouvent mardi 24 novembre.", language: .fr,
                published: CalendarDate(iso: "2025-11-20")),
            RuleExample("Les délégués se retrouvent mardi 25 novembre 2025.", language: .fr),
            RuleExample("La session a lieu du 24 au 27 novembre.", language: .fr),
            RuleExample("Jeudi 9 avril, le village a commémoré les 20 ans de la crue de 2006.", language: .fr),
            RuleExample("The 2026 edition of the fair opens on Tuesday, April 14.", language: .en),
        ])

    func findings(in check: DateCheck) -> [Finding] {
        if check.publishedOnCheckDay, let day = check.published {
            guard let first = (needingDate(check) + check.weekdays + check.relatives).min(by: { $0.span < $1.span })
            else { return [] }
            return [
                check.finding(
                    descriptor, at: first.span, message: check.wording.readOnCheckDay(quoted: first.text, day: day))
            ]
        }
        guard check.published == nil, let first = needingDate(check).min(by: { $0.span < $1.span }) else { return [] }
        return [
            check.finding(
                descriptor, at: first.span, message: check.wording.needsPublicationDate(quoted: first.text),
                evidence: [Evidence(statement: "no publication date: none given, no front matter date, no dateline")])
        ]
    }

    /// Whether sentence `index` gives the year of its dates (``RememberedYear``, ``EditionYear``).
    private static func givesYear(_ index: Int, check: DateCheck) -> Bool {
        RememberedYear.of(sentence: index, check: check) != nil || EditionYear.of(sentence: index, check: check) != nil
    }

    /// The mentions whose check needed the publication date.
    private func needingDate(_ check: DateCheck) -> [Mention] {
        let weekdaysWithoutYear = (check.dates + check.ranges).filter { mention in
            switch mention.value {
            // A sentence that marks an anniversary or names an edition's year gives its own year.
            case .date(let date, .some):
                date.year == nil && date.day != nil && !Self.givesYear(check.document.sentenceIndex(of: mention.span.start), check: check)
            case .dateRange(let start, _, let first, let last): start.year == nil && (first != nil || last != nil)
            default: false
            }
        }
        let anniversaries = check.anniversaries.filter { anniversary in
            let sentence = check.sentence(of: anniversary)
            let founded =
                AnniversarySubject.find(
                    for: anniversary, inSentence: check.document.sentenceIndex(of: anniversary.span.start), check: check)?
                .founding ?? AnniversarySubject.foundingInText(sentence.span, check: check)
            guard let founded else { return false }
            return AnniversaryYear.of(anniversary, in: sentence, check: check, excluding: founded.mention) == nil
        }
        return weekdaysWithoutYear + anniversaries
    }
}

extension DateWording {
    /// "« mardi 24 novembre » : sans date de publication, lu au jour de la vérification, …"
    func readOnCheckDay(quoted words: String, day: CalendarDate) -> String {
        language == .fr
            ? quoted(words) + colon
                + "sans date de publication, le brouillon est lu au jour de la vérification, le \(dateWithWeekday(day)) ; donnez --published ou « date: » en tête si la date prévue est une autre."
            : quoted(words) + colon
                + "with no publication date, the draft is read as of the day of the check, \(dateWithWeekday(day)); give --published or a “date:” front matter key if it will be published another day."
    }

    /// "« mardi 24 novembre » : sans date de publication, l’année de cette date est inconnue ; …"
    func needsPublicationDate(quoted words: String) -> String {
        language == .fr
            ? quoted(words) + colon
                + "sans date de publication (--published, « date: » en tête ou ligne de date), cette vérification et celles qui en dépendent n’ont pas pu être faites."
            : quoted(words) + colon
                + "with no publication date (--published, a “date:” front matter key or a dateline), this check and those like it could not be made."
    }
}
