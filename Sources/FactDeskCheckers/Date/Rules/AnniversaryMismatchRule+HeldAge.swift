import FactDeskKit

/// An age a subject has: « La foire a 100 ans », « le club aura 50 ans en 2030 », "the fair is
/// 100 years old": years since the founding of the subject named right before the verb, else
/// since the founding the sentence gives in the passive (``StatedFounding``). The age may fall
/// one short: the founding day may not have come round yet.
enum HeldAge {
    /// French forms of « avoir » before an age, as written (« à » is a preposition, not a verb).
    static let frenchVerbs: Set<String> = ["a", "aura", "avait", "auront", "ont", "avaient"]
    /// English forms of "to be" before "N years old", folded.
    static let englishVerbs: Set<String> = ["is", "was", "be"]
    /// Words that may follow « N ans »: the year or the day of the age, or what it counts
    /// (« d’existence », « d’histoire »), folded.
    static let frenchFollowers: Set<String> = ["cette", "cet", "ce", "en", "aujourd'hui", "depuis", "et", "mais"]
    /// What « N ans d’ » may count as a whole age, folded.
    static let countedWords: Set<String> = ["existence", "histoire"]

    /// Each age held, as an anniversary mention, with the subject named before the verb (when the
    /// reference data knows its founding) and the founding it is counted from.
    static func mentions(in check: DateCheck) -> [(mention: Mention, subject: AnniversarySubject?, founding: Founding)] {
        var found: [(mention: Mention, subject: AnniversarySubject?, founding: Founding)] = []
        let tokens = check.tokens
        for verb in tokens.indices.dropFirst() {
            guard let (number, end) = age(after: verb, check: check), let years = Int(tokens[number].text),
                (1...999).contains(years)
            else { continue }
            let sentence = check.document.sentenceIndex(of: tokens[verb].span.start)
            guard
                let (subject, founding) = StatedFounding.ofSubject(
                    inSentence: sentence, check: check, where: { $0.tokens.upperBound == verb })
            else { continue }
            let span = tokens[number].span.union(tokens[end].span)
            found.append(
                (
                    Mention(kind: .number, text: check.document.text(in: span), span: span, value: .anniversary(years)),
                    subject, founding
                ))
        }
        return found
    }

    /// The number and the last token of an age right after the verb at `verb`: « a 100 ans »
    /// before a punctuation mark, the end of the text or a word of ``frenchFollowers``; "is 100
    /// years old". Not « il y a 100 ans », a time ago.
    private static func age(after verb: Int, check: DateCheck) -> (number: Int, end: Int)? {
        let tokens = check.tokens
        let number = verb + 1
        guard number + 1 < tokens.count, tokens[number].kind == .number else { return nil }
        let unit = check.word(number + 1)
        if frenchVerbs.contains(tokens[verb].text), check.word(verb - 1) != "y", unit == "ans" {
            let next = number + 2
            let follower = next < tokens.count ? check.word(next) : ""
            let counts =
                follower == "d'" ? countedWords.contains(check.word(next + 1))
                : follower.hasPrefix("d'") && countedWords.contains(String(follower.dropFirst(2)))
            guard next == tokens.count || tokens[next].kind == .punctuation || frenchFollowers.contains(follower) || counts
            else { return nil }
            return (number, number + 1)
        }
        if englishVerbs.contains(check.word(verb)), unit == "years", check.word(number + 2) == "old" {
            return (number, number + 2)
        }
        return nil
    }
}

extension AnniversaryMismatchRule {
    /// Ages reached or held, counted from a founding the sentence states.
    static let heldAgeExamples: [RuleExample] = {
        let published = CalendarDate(iso: "2026-06-20")
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: published)
        }
        return [
            example("Founded in 1931, the Harlow Choir Festival turns ⟦90⟧ this year.", .en),
            example("Founded in 1931, the Harlow Choir Festival turns 95 this year.", .en),
            example("The Harlow Choir Festival, founded in 1931, is ⟦90 years old⟧.", .en),
            example("The Harlow Choir Festival, founded in 1931, is 94 years old.", .en),
            example("Ines Marlow, who founded the Harlow Choir Festival in 1991, turns 60 this year.", .en),
            example("Fondée en 1931, la Fête des chœurs de Harlow a ⟦90 ans⟧.", .fr),
            example("Fondée en 1931, la Fête des chœurs de Harlow a 95 ans cette année.", .fr),
            example("La Fête des chœurs de Harlow, créée en 1931, a ⟦90 ans⟧ d’histoire.", .fr),
            example("Créée en 1931, la fête a été annulée une seule fois, il y a 90 ans.", .fr),
            example("Créée en 1931, la fête a 90 ans de retard sur sa voisine.", .fr),
        ]
    }()
}
