import FactDeskKit

/// Rule `wrong-title`: a title next to a person's name that the reference data contradicts
/// ("le Secrétaire général Ahmed Naser Al-Raisi" when he is the President), by the roles held
/// on the publication date — or ever, when the date is unknown. The title is read right before
/// the name (in French, a nationality adjective between them: « le Premier ministre indien »),
/// or in apposition right after it ("Karim Benali, ministre des Sports,"). Only titles that
/// some role of the reference data has are read ("le Général-Major" is left alone), or a title
/// of the same kind as a held one (« ministre des Armées », "Defence Minister" for a minister);
/// a title after "ancien", "former", "deputy", "vice", "acting"… or before « sortant » is a
/// past, future or another role, which the reference data may not list, and is left alone;
/// a short title ("President") names the longer one it opens ("President of the Council
/// of Ministers"), and a title with more words after it ("président de la République") the
/// shorter one it extends.
struct WrongTitleRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        func example(_ text: String, _ language: Language, published: CalendarDate? = NameExamples.published)
            -> RuleExample
        {
            RuleExample(text, language: language, published: published, reference: NameExamples.reference)
        }
        let later = CalendarDate(year: 2026, month: 1, day: 10)
        return RuleDescriptor(
            id: "wrong-title", severity: .warning,
            summary: "A title before a person's name that the reference data's roles contradict.",
            examples: [
                example("Le ⟦Secrétaire général⟧ Ahmed Naser Al-Raisi a ouvert la session.", .fr),
                example("Le ⟦président⟧, Valdecy Urquisa, a salué les délégués.", .fr),
                example("Hier, le ⟦président⟧ Ahmed Naser Al-Raisi a parlé.", .fr, published: later),
                example("INTERPOL ⟦Secretary General⟧ Ahmed Naser Al-Raisi opened the session.", .en),
                example("Le président Ahmed Naser Al-Raisi et le Secrétaire général, Valdecy Urquiza, ont parlé.", .fr),
                example("Le Général-Major Ahmed Naser Al-Raisi a remercié SM le Roi Mohammed VI.", .fr),
                example("Hier, l’ancien président Ahmed Naser Al-Raisi a parlé.", .fr, published: later),
                example("INTERPOL President Ahmed Naser Al-Raisi and Secretary General Valdecy Urquiza spoke.", .en),
                example("President Ahmed Naser Al-Raisi spoke.", .en, published: nil),
                example("Former Moroccan secretary general Ahmed Naser Al-Raisi spoke.", .en),
                example("Le président de l’Organisation, Ahmed Naser Al-Raisi, a parlé.", .fr),
                example("Secretary Valdecy Urquiza spoke.", .en),
                example("Hier, le ⟦ministre des Sports⟧ Karim Benali a parlé.", .fr),
                example("Hier, le ministre de l’Intérieur Karim Benali a parlé.", .fr),
                example("Hier, le ministre de l’Intérieur et des Cultes Karim Benali a parlé.", .fr),
                example("Hier, le ministre des Sports Valdecy Urquiza a parlé.", .fr),
                example("Hier, le ⟦ministre des Sports⟧ marocain Karim Benali a parlé.", .fr),
                example("Hier, Karim Benali, ⟦ministre des Sports⟧, a parlé.", .fr),
                example("Hier, le ⟦ministre des Affaires étrangères⟧ russe Vladimir Putin a parlé.", .fr),
                example("Moroccan ⟦Sports Minister⟧ Karim Benali and Ukrainian ⟦Defence Minister⟧ Oleh Khmelchenko spoke.", .en),
                example("Karim Benali, the ⟦foreign minister⟧, spoke.", .en),
                example("Hier, le ministre de l’Intérieur marocain, Karim Benali, a parlé.", .fr),
                example("Hier, le président sortant Ahmed Naser Al-Raisi et le ministre délégué Karim Benali ont parlé.", .fr),
                example("Hier, Karim Benali, ancien ministre des Sports, a parlé.", .fr),
                example("Hier, le ministre salue Karim Benali.", .fr),
                example("Deputy Foreign Minister Karim Benali and Shadow Defence Minister Oleh Khmelchenko spoke.", .en),
                example("Karim Benali, Oleh Khmelchenko and Vladimir Putin met.", .en),
                example("Hier, Karim Benali, ministre des Sports de 2015 à 2018, a parlé.", .fr),
                example("Hier, le ⟦ministre marocain des Sports⟧ Karim Benali a parlé.", .fr),
                example("Hier, le président déchu Ahmed Naser Al-Raisi a parlé.", .fr, published: later),
                example("Ousted President Ahmed Naser Al-Raisi spoke.", .en, published: later),
                example("Hier, le ministre marocain de l’Intérieur Karim Benali a parlé.", .fr),
                example("Hier, le ⟦président⟧ du Maroc, Karim Benali, a parlé.", .fr),
                example("Karim Benali, the ⟦secretary general⟧ of the Organization, spoke.", .en),
                example("Valdecy Urquiza, the secretary general of INTERPOL, spoke.", .en),
                example("Hier, le ⟦chef de la diplomatie⟧ Karim Benali a parlé.", .fr),
                example("Hier, la cheffe de la diplomatie ukrainienne, Oleh Khmelchenko, a parlé.", .fr),
                example("Morocco’s ⟦top diplomat⟧ Karim Benali and Ukraine’s top diplomat Oleh Khmelchenko spoke.", .en),
                example("Karim Benali, the Moroccan ⟦foreign minister⟧, and Oleh Khmelchenko, the Ukrainian foreign minister, spoke.", .en),
                example("Hier, Karim Benali, ⟦ministre des Sports⟧ marocain, a parlé.", .fr),
                example("Hier, Karim Benali, ministre de l’Intérieur marocain, a parlé.", .fr),
                example("Hier, le ⟦chef de l’État⟧ Karim Benali a parlé.", .fr),
                example("Hier, le ⟦chef du gouvernement⟧ russe Vladimir Putin a parlé.", .fr),
                example("Hier, le chef de l’État russe Vladimir Putin et le chef de l’État Mohammed VI ont parlé.", .fr),
                example("Hier, le chef de l’État Ahmed Naser Al-Raisi a parlé.", .fr, published: later),
                example("The ⟦head of government⟧ Vladimir Putin and the ⟦head of state⟧ Karim Benali spoke.", .en),
                example("The head of state Vladimir Putin and Morocco’s head of state, Mohammed VI, spoke.", .en),
                example("Morocco’s ⟦president⟧, Karim Benali, spoke.", .en),
                example("Russia’s president, Vladimir Putin, spoke.", .en),
                example("Hier, le ⟦président⟧ marocain Karim Benali a parlé.", .fr),
                example("Hier, le président russe Vladimir Putin a parlé.", .fr),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        guard let book = check.book, book.titles.maximumWords > 0 else { return [] }
        let published = check.document.published
        return check.occurrences.compactMap { occurrence in
            guard let subject = occurrence.subject, let person = book.record(subject), person.kind == .person,
                !person.roles.isEmpty,
                let title = WrittenTitle(before: occurrence.tokens.lowerBound, in: check.document, titles: book.titles)
                    ?? WrittenTitle(after: occurrence.tokens.upperBound, in: check.document, titles: book.titles)
            else { return nil }
            let current = published.map { day in person.roles.filter { $0.isHeld(on: day) } } ?? person.roles
            let readings = [title.words] + title.otherReadings
            if title.isQualified
                || current.contains(where: { role in readings.contains { RoleTitles.title(of: role, matches: $0) } })
            {
                return nil
            }
            // A periphrasis with several readings is read only against roles held on the day.
            if !title.otherReadings.isEmpty, current.isEmpty { return nil }
            // A head and complement, or a portfolio and head, no role has is read only against a
            // held title of the same head: « ministre des Armées » for the ministre de
            // l’Intérieur, "Defence Minister" for the Foreign Minister.
            if let shared = title.sharedWord, !current.contains(where: { RoleTitles.title(of: $0, shares: shared) }) {
                return nil
            }
            let language = check.document.language
            let written = title.words.joined(separator: " ")
            let titles = current.compactMap { $0.title[language] ?? $0.title.values.first }
            let capitalised = written.first?.isUppercase == true
            let name = person.names.first { $0.isAccepted(in: language) }?.text ?? subject
            return check.finding(
                descriptor, span: title.span,
                message: check.wording.wrongTitle(
                    check.document.text(in: title.span), person: name, titles: titles, on: published),
                suggestions: titles.map { capitalised ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 },
                evidence: current.map { role in
                    Evidence(
                        statement:
                            "\(subject): \(role.title[.en] ?? role.title.values.first ?? "") of \(role.organization)"
                            + " from \(role.from?.description ?? "…") to \(role.to?.description ?? "…")",
                        source: role.source.citation ?? role.source.location ?? person.source.citation)
                })
        }
    }
}
