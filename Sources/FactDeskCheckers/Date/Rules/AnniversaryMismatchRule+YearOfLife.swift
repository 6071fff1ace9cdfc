import FactDeskKit

/// A year of life a subject is in: "now in its 30th year", « en est à sa 30e année », after a
/// possessive: counted from the founding of the subject named in the sentence (reference data),
/// else from the founding the sentence states in the passive (``StatedFounding``). The year the
/// founding falls in is the first or, as some count, none: in 2026, something founded in 2001 is
/// in its 26th year or its 25th.
enum YearOfLife {
    /// Possessives before the ordinal, folded.
    static let possessives: Set<String> = ["its", "their", "sa", "leur"]
    /// Nouns of a year after the ordinal, folded.
    static let yearNouns: Set<String> = ["year", "annee"]

    /// Each year of life, as a mention of the anniversary it has passed (one less than the
    /// ordinal), with its subject and the founding it is counted from.
    static func mentions(in check: DateCheck) -> [(mention: Mention, subject: AnniversarySubject?, founding: Founding)] {
        check.ordinals.compactMap { ordinal in
            guard case .ordinal(let value) = ordinal.value, value >= 2 else { return nil }
            let words = check.document.tokenRange(of: ordinal.span)
            guard possessives.contains(check.word(words.lowerBound - 1)), yearNouns.contains(check.word(words.upperBound))
            else { return nil }
            let sentence = check.document.sentenceIndex(of: ordinal.span.start)
            guard let (subject, founding) = StatedFounding.ofSubject(inSentence: sentence, check: check, where: { _ in true })
            else { return nil }
            let span = ordinal.span.union(check.tokens[words.upperBound].span)
            return (
                Mention(kind: .number, text: check.document.text(in: span), span: span, value: .anniversary(value - 1)),
                subject, founding
            )
        }
    }
}

extension AnniversaryMismatchRule {
    /// Years of life counted from a founding the sentence states, and an anniversary edition.
    static let yearOfLifeExamples: [RuleExample] = {
        let published = CalendarDate(iso: "2026-06-20")
        return [
            RuleExample("The Harlow Choir Festival, founded in 2001, is now in its ⟦30th year⟧.", language: .en, published: published),
            RuleExample("The Harlow Choir Festival, founded in 2001, is now in its 26th year.", language: .en, published: published),
            RuleExample("The Harlow Choir Festival, founded in 2001, is now in its 25th year.", language: .en, published: published),
            RuleExample("Créée en 2001, la Fête des chœurs de Harlow en est à sa ⟦30e année⟧.", language: .fr, published: published),
            RuleExample("Créée en 2001, la Fête des chœurs de Harlow en est à sa 26e année.", language: .fr, published: published),
            RuleExample("Founded in 2001, the choir sang in its 30th concert hall.", language: .en, published: published),
            // An anniversary edition is counted by editions too.
            RuleExample("Founded in 2001, the fair opened its 26th anniversary edition.", language: .en, published: published),
            RuleExample("Founded in 2001, the fair opened its ⟦30th anniversary⟧ edition.", language: .en, published: published),
        ]
    }()
}
