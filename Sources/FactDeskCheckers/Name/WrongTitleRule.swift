import FactDeskKit
import FactDeskReference

/// Rule `wrong-title`: a title next to a person's name that the reference data contradicts
/// ("le Secrétaire général Ahmed Naser Al-Raisi" when he is the President), by the roles held
/// on the publication date — or ever, when the date is unknown. The title is read right before
/// the name (in French, a nationality adjective between them: « le Premier ministre indien »),
/// or in apposition right after it ("Karim Benali, ministre des Sports,"). Only titles that
/// some role of the reference data has are read ("le Général-Major" is left alone), or a title
/// of the same kind as a held one (« ministre des Armées », "Defence Minister" for a minister),
/// or a head of government's ("Prime Minister", « Premier ministre ») for someone holding a
/// country's role on the day;
/// a title after "ancien", "former", "deputy", "vice", "acting"… or before « sortant » is a
/// past, future or another role, which the reference data may not list, and is left alone
/// (but a deputy's title for the holder of the title itself is wrong, see ``deputyFinding``);
/// a short title ("President") names the longer one it opens ("President of the Council
/// of Ministers"), and a title with more words after it ("président de la République") the
/// shorter one it extends. A title the person held once is left alone in a paragraph that writes
/// an earlier year than the publication's (« Le 3 mars 1994 … la Première ministre X »). The
/// evidence lists the roles held on the day, or, when none is, every
/// role of the person with its dates (a president whose term ended). A held title followed by
/// an organisation or country the reference data names, and that no role with that title is of,
/// is wrong too (« la présidente de la Commission européenne X » for Italy's head of government).
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
        let earlier = CalendarDate(year: 2024, month: 6, day: 1)
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
                // A title of its time, in a paragraph that tells of an earlier year.
                example("En 2023, le président Ahmed Naser Al-Raisi a ouvert l’assemblée.", .fr, published: later),
                example("In 2023, President Ahmed Naser Al-Raisi opened the assembly.", .en, published: later),
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
                // A head of government's title that no role has, for a minister of a country.
                example("Hier, le ⟦Premier ministre⟧ Karim Benali a parlé.", .fr),
                example("Moroccan ⟦Prime Minister⟧ Karim Benali spoke.", .en),
                example("Deputy Prime Minister Karim Benali and Prime Minister Valdecy Urquiza spoke.", .en),
                example("Hier, le vice-Premier ministre Karim Benali et l’ancien Premier ministre Kwame Asante ont parlé.", .fr),
                example("Hier, le ⟦chef du gouvernement⟧ russe Vladimir Putin a parlé.", .fr),
                example("Hier, le chef de l’État russe Vladimir Putin et le chef de l’État Mohammed VI ont parlé.", .fr),
                example("Hier, le chef de l’État Ahmed Naser Al-Raisi a parlé.", .fr, published: later),
                example("The ⟦head of government⟧ Vladimir Putin and the ⟦head of state⟧ Karim Benali spoke.", .en),
                example("The head of state Vladimir Putin and Morocco’s head of state, Mohammed VI, spoke.", .en),
                example("Morocco’s ⟦president⟧, Karim Benali, spoke.", .en),
                example("Russia’s president, Vladimir Putin, spoke.", .en),
                example("Hier, le ⟦président⟧ marocain Karim Benali a parlé.", .fr),
                example("Hier, le président russe Vladimir Putin a parlé.", .fr),
                // Nationalities whose place is spelt otherwise than their stem.
                example("Hier, le ⟦président⟧ russe Kwame Asante a parlé.", .fr),
                example("Russian President Vladimir Putin spoke.", .en),
                example("⟦Spanish Interior Minister⟧ Karim Benali spoke.", .en),
                example("Hier, le ⟦ministre de l’Intérieur espagnol⟧ Karim Benali a parlé.", .fr),
                example("Spanish Prime Minister Lucía Ortega spoke yesterday.", .en),
                example("Hier, le ⟦président⟧ ghanéen Kwame Asante a parlé.", .fr),
                example("Hier, le ⟦chef de l’État⟧ Kwame Asante a parlé.", .fr),
                example("Hier, l’ancien président ghanéen Kwame Asante a parlé.", .fr),
                example("Hier, l’ex-président Kwame Asante a parlé.", .fr),
                example("Hier, Kwame Asante, ⟦président⟧ du Ghana, a parlé.", .fr),
                example("Hier, Kwame Asante, ancien président du Ghana, a parlé.", .fr),
                example("Ghanaian ⟦President⟧ Kwame Asante spoke.", .en),
                example("Former Ghanaian President Kwame Asante spoke.", .en),
                example("Kwame Asante, the ⟦president⟧ of Ghana, spoke.", .en),
                example("Kwame Asante, Ghana’s former president, spoke.", .en),
                example("Karim Benali, Morocco’s ⟦foreign minister⟧, spoke.", .en),
                example("Karim Benali, Morocco’s interior minister, spoke.", .en),
                example("Hier, le ⟦ministre des Affaires étrangères⟧ Karim Benali a parlé.", .fr),
                example("Hier, le ministre des Affaires étrangères Oleh Khmelchenko a parlé.", .fr),
                example("Hier, le chef de la diplomatie ukrainienne Oleh Khmelchenko a parlé.", .fr),
                example("Hier, Karim Benali, ⟦ministre de l’Intérieur du Ghana⟧, a parlé.", .fr),
                example("Hier, Karim Benali, ministre de l’Intérieur du Maroc, a parlé.", .fr),
                example("Hier, le ⟦ministre de l’Intérieur du Ghana⟧, Karim Benali, a parlé.", .fr),
                example("Hier, le ministre de l’Intérieur de la Wallonie, Karim Benali, a parlé.", .fr),
                example("Karim Benali, the ⟦interior minister of Ghana⟧, spoke.", .en),
                example("Karim Benali, the interior minister of Morocco, spoke.", .en),
                example("Spanish Prime Minister Lucía Ortega spoke.", .en),
                example("Le Premier ministre espagnol, Lucía Ortega, a parlé.", .fr),
                example("Spanish ⟦Foreign Minister⟧ Lucía Ortega spoke.", .en),
                example("Hier, le ⟦ministre de l’Intérieur ghanéen⟧ Karim Benali a parlé.", .fr),
                example("Hier, Karim Benali, ⟦ministre de l’Intérieur ghanéen⟧, a parlé.", .fr),
                example("⟦Ghanaian Interior Minister⟧ Karim Benali spoke.", .en),
                example("Karim Benali, the ⟦Ghanaian interior minister⟧, spoke.", .en),
                example("Moroccan Interior Minister Karim Benali spoke.", .en),
                example("Karim Benali, the Moroccan interior minister, spoke.", .en),
                example("Hier, le Secrétaire général ghanéen Valdecy Urquiza a parlé.", .fr),
                example("Le ⟦président de l’Union africaine⟧, Ahmed Naser Al-Raisi, a parlé.", .fr, published: earlier),
                example("Le président de l’Union des associations, Ahmed Naser Al-Raisi, a parlé.", .fr, published: earlier),
                example("Le président de la COP41, Karim Benali, a salué l’accord.", .fr),
                example("COP41 President Karim Benali welcomed the deal.", .en),
                example("Harbour Board President Karim Benali welcomed the deal.", .en),
                example("Yesterday ⟦President⟧ Karim Benali welcomed the deal.", .en),
                example("Le ⟦Secrétaire général⟧ Valdecy Urquiza a parlé.", .fr, published: CalendarDate(year: 2024, month: 3, day: 1)),
                example("⟦Ghana Secretary General⟧ Valdecy Urquiza spoke.", .en),
                example("INTERPOL Secretary General Valdecy Urquiza spoke.", .en),
                example("Moroccan Interior Minister Karim Benali met Ghana Secretary Valdecy Urquiza.", .en),
                example("Le nouveau Secrétaire général Valdecy Urquiza a parlé.", .fr, published: CalendarDate(year: 2024, month: 10, day: 1)),
                example("The Secretary General Valdecy Urquiza will take office in November.", .en, published: CalendarDate(year: 2024, month: 10, day: 1)),
            ] + formExamples + courtAndTeamExamples + deputyExamples)
    }()

    /// Whether the paragraph around `tokens` writes a year before the publication year, in digits.
    static func paragraphTellsEarlierYear(than day: CalendarDate, around tokens: ClosedRange<Int>, in document: Document)
        -> Bool
    {
        let paragraph = document.paragraphs[document.paragraphIndex(of: document.tokens[tokens.lowerBound].span.start)]
        return document.tokenRange(of: paragraph).contains { index in
            let token = document.tokens[index]
            guard token.kind == .number, token.text.utf8.count == 4, let year = Int(token.text) else { return false }
            return (1000..<day.year).contains(year)
        }
    }

    /// Whether a title is written with a body the reference data does not name: a code or an
    /// acronym after it (« président de la COP29 »; no start of the words after it names a
    /// record), or before it in English a body written as one ("COP29", "Harbour Board": an
    /// acronym, digits or words not merely opening the sentence; "Yesterday President X" and a
    /// country's possessive name no body) that no ending of the words names.
    private static func namesUnknownBody(_ title: WrittenTitle, in book: NameBook, document: Document) -> Bool {
        if let complement = title.complement, let whole = title.spanWithComplement {
            let written = document.text(in: Span(start: title.span.end, end: whole.end))
            return isCodeOrAcronym(written)
                && (1...complement.count).allSatisfy { book.firstRecord(foldedAs: Array(complement.prefix($0))) == nil }
        }
        guard let before = title.organizationBefore, let first = before.first,
            NameFolding.tokens(before.last?.text ?? "").last != "s", body(before, in: book) == nil
        else { return false }
        return isCodeOrAcronym(first.text) || before.count > 1
            || !document.isCapitalisedByPosition(document.tokenIndex(from: first.span.start))
    }

    /// Whether words hold a digit or two capitals in a row ("COP29", "CEDEAO", "G20").
    private static func isCodeOrAcronym(_ text: String) -> Bool {
        var previousIsCapital = false
        for character in text {
            if character.isNumber { return true }
            if character.isUppercase, previousIsCapital { return true }
            previousIsCapital = character.isUppercase
        }
        return false
    }

    /// The organisation or place that the longest ending of some words names ("Harbour Council"
    /// of "Yesterday Harbour Council", "Morocco" of "Morocco’s"), with the ending's first token,
    /// or `nil`.
    static func body(_ words: ArraySlice<Token>, in book: NameBook) -> (record: NameRecord, first: Token)? {
        let possessive = words.last.map(isPossessiveEnd) ?? false
        for start in words.indices {
            var folded = words[start...].map(\.text).flatMap(NameFolding.tokens)
            if possessive { folded.removeLast() }
            guard !folded.isEmpty else { continue }
            if let record = book.firstRecord(foldedAs: folded), record.kind == .organization || record.kind == .place {
                return (record, words[start])
            }
        }
        return nil
    }

    /// Whether a word ends an English possessive: "Morocco’s", "Morocco's", or the "s" of
    /// "Morocco ’ s" written as three tokens.
    private static func isPossessiveEnd(_ token: Token) -> Bool {
        token.text.hasSuffix("’s") || token.text.hasSuffix("'s") || token.text == "s"
    }

    /// Whether the organisation or country written after a title is one the reference data
    /// names, and none of the roles' with that title; or the person, when those roles are
    /// someone's (« l’avocate de X » for Y's lawyer).
    private static func namesOtherOrganization(_ title: WrittenTitle, than roles: [ReferenceRole], in book: NameBook)
        -> Bool
    {
        guard let complement = title.complement, let named = book.firstRecord(foldedAs: complement),
            named.kind == .place || named.kind == .organization
                || (named.kind == .person && roles.allSatisfy { book.record($0.organization)?.kind == .person })
        else { return false }
        return !roles.contains { isOf($0, named, in: book) }
    }

    /// Whether a role is of an organisation or country, or of a body named after that country
    /// ("France captain X" for the captain of the France national team).
    static func isOf(_ role: ReferenceRole, _ named: NameRecord, in book: NameBook) -> Bool {
        if role.organization == named.id { return true }
        guard named.kind == .place, let body = book.record(role.organization), body.kind == .organization else {
            return false
        }
        let placeNames = named.names.map { NameFolding.tokens($0.text) }.filter { !$0.isEmpty }
        return body.names.contains { name in
            let words = NameFolding.tokens(name.text)
            return placeNames.contains { place in
                words.count > place.count
                    && (0...(words.count - place.count)).contains { Array(words[$0..<$0 + place.count]) == place }
            }
        }
    }

    func findings(in check: NameCheck) -> [Finding] {
        guard let book = check.book, book.titles.maximumWords > 0 else { return [] }
        let published = check.document.published
        return check.occurrences.compactMap { occurrence -> Finding? in
            guard let subject = occurrence.subject, let person = book.record(subject), person.kind == .person,
                !person.roles.isEmpty
            else { return nil }
            guard
                let title = WrittenTitle(before: occurrence.tokens.lowerBound, in: check.document, titles: book.titles)
                    ?? WrittenTitle(after: occurrence.tokens, in: check.document, titles: book.titles)
            else {
                return headFinding(of: person, subject, around: occurrence.tokens, in: check, book: book)
            }
            let current = published.map { day in person.roles.filter { $0.isHeld(on: day) } } ?? person.roles
            let readings = [title.words] + title.otherReadings
            // "Prime Minister" names every head of government, whatever the title: only a role with
            // exactly such a title ("President of the Government") is read so.
            let headOfGovernment = WrittenTitle.headOfGovernmentReadings(of: title.words) ?? []
            if title.isQualified {
                return Self.deputyFinding(
                    title, readings: readings, of: person, subject, in: check, book: book, descriptor: descriptor)
            }
            // The person's roles with the title written, past, present or to come.
            let titled = person.roles.filter { role in readings.contains { RoleTitles.title(of: role, matches: $0) } }
            let matching = current.filter { role in
                (titled.contains(role) && !title.excludedTitles.contains { RoleTitles.title(of: role, is: $0) })
                    || headOfGovernment.contains { RoleTitles.title(of: role, is: $0) }
            }
            // A title that is part of one of the person's names ("Pope Clement") names them in
            // office or not; so does a monarch's or a pope's title whose reign has ended ("the late King X").
            if matching.isEmpty,
                Self.isPartOfName(title, occurrence, of: person, in: check.document)
                    || Self.isEndedReign(title, titled: titled, on: published)
            {
                return nil
            }
            // A head of government's title for someone whose roles on the day are none of a country
            // may be an office the reference data does not list.
            if matching.isEmpty, !headOfGovernment.isEmpty,
                !current.contains(where: { book.record($0.organization)?.kind == .place })
            {
                return nil
            }
            // « la présidente sortante de X » is read only against a title held on the day, for
            // its organisation: the term may have just ended.
            if title.isOutgoing, matching.isEmpty { return nil }
            // A title the person held once, in a paragraph that tells of an earlier year (« Le 20
            // mars 1994 … Ce jour-là, la Première ministre X »), is the title of that time.
            if matching.isEmpty, let day = published, !titled.isEmpty,
                Self.paragraphTellsEarlierYear(than: day, around: occurrence.tokens, in: check.document)
            {
                return nil
            }
            // A role the person takes within a few months of the day (an elected president before
            // the swearing-in, « le nouveau président X ») is how newsrooms name them already.
            if matching.isEmpty, let day = published,
                titled.contains(where: { role in
                    !role.isHeld(on: day) && role.isHeld(on: day.adding(days: Self.daysBeforeTakingOffice))
                })
            {
                return nil
            }
            // A title of a body the reference data does not name (« le président de la COP29, X »,
            // "COP29 President X") may be a role it does not list.
            if matching.isEmpty, Self.namesUnknownBody(title, in: book, document: check.document) { return nil }
            // A country's title held for another country than the nationality written with it
            // (« le président comorien X » for Mauritania's president) is wrong.
            if let nationality = title.nationality,
                let mismatch = Self.otherCountry(nationality, than: matching, in: book)
            {
                let span = title.span.union(nationality.span)
                return check.finding(
                    descriptor, span: span,
                    message: check.wording.wrongOrganization(
                        check.document.text(in: span), person: Self.name(of: person, subject, in: check.document.language),
                        held: mismatch.held.map { Self.placeName($0, in: check.document.language) },
                        written: Self.placeName(mismatch.written, in: check.document.language)),
                    evidence: Self.evidence(matching, of: person, subject: subject))
            }
            // A title some held role has word for word, or with the organisation after it, of
            // another organisation or country than the one written before it ("UEFA president X"
            // for FIFA's president, "European Council President X" for the President of the
            // European Commission).
            if let before = title.organizationBefore,
                let named = Self.otherOrganization(
                    before,
                    than: matching.filter { role in
                        readings.contains { RoleTitles.title(of: role, is: $0) || RoleTitles.title(of: role, isHeadOf: $0) }
                    },
                    in: book)
            {
                let span = named.first.span.union(title.span)
                let language = check.document.language
                return check.finding(
                    descriptor, span: span,
                    message: check.wording.wrongOrganization(
                        check.document.text(in: span), person: Self.name(of: person, subject, in: language),
                        held: named.held.map { Self.placeName($0, in: language) },
                        written: Self.placeName(named.written, in: language)),
                    evidence: Self.evidence(matching, of: person, subject: subject))
            }
            // A held title of another organisation or country than the one written after it
            // (« la présidente de la Commission européenne X » for Italy's présidente du
            // Conseil) is wrong; one the reference data does not name is left alone.
            let otherOrganization = !matching.isEmpty
            if otherOrganization, !Self.namesOtherOrganization(title, than: matching, in: book) { return nil }
            // A periphrasis with several readings is read only against roles held on the day, or
            // against a role of a country it reads that ended before the day (« le chef de l’État
            // X » after his term; not the president of an organisation).
            if !title.otherReadings.isEmpty, current.isEmpty,
                !titled.contains(where: { book.record($0.organization)?.kind == .place })
            {
                return nil
            }
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
            let name = Self.name(of: person, subject, in: language)
            // A title of another organisation is flagged with that organisation, and the role's
            // title alone is no replacement for both.
            let span = otherOrganization ? title.spanWithComplement ?? title.span : title.span
            return check.finding(
                descriptor, span: span,
                message: check.wording.wrongTitle(
                    check.document.text(in: span), person: name, titles: titles, on: published),
                suggestions: otherOrganization ? [] : titles.map { capitalised ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 },
                evidence: Self.evidence(current.isEmpty ? person.roles : current, of: person, subject: subject))
        }
    }

    /// A finding for a phrase making the person the head of an organisation that none of their
    /// roles, past or present, is of, nor of one that may be part of it ("UNICEF chief X",
    /// « X, patron de l’OMS, » for the head of another body; not "AU chief X" for the head of
    /// the AU Commission), or `nil`.
    private func headFinding(
        of person: NameRecord, _ subject: String, around name: ClosedRange<Int>, in check: NameCheck, book: NameBook
    ) -> Finding? {
        guard
            let head = WrittenHead(before: name.lowerBound, in: check.document, book: book)
                ?? WrittenHead(after: name.upperBound, in: check.document, book: book),
            !person.roles.contains(where: { role in
                role.organization == head.organization.id
                    || book.record(role.organization).map { WrittenHead.mayBePart($0, of: head.organization) } ?? false
            })
        else { return nil }
        let language = check.document.language
        let current = check.document.published.map { day in person.roles.filter { $0.isHeld(on: day) } } ?? []
        let roles = current.isEmpty ? person.roles : current
        return check.finding(
            descriptor, span: head.span,
            message: check.wording.wrongOrganization(
                check.document.text(in: head.span), person: Self.name(of: person, subject, in: language),
                held: roles.compactMap { book.record($0.organization) }.map { Self.placeName($0, in: language) },
                written: Self.placeName(head.organization, in: language)),
            evidence: Self.evidence(roles, of: person, subject: subject))
    }

    /// The titles of monarchs and popes, folded, which stay with the name after the reign.
    static let regnalTitles: Set<String> = [
        "pope", "pape", "king", "queen", "roi", "reine", "emperor", "empress", "empereur", "imperatrice",
    ]

    /// Whether a monarch's or a pope's title (``regnalTitles``) is that of a role that ended by the
    /// publication year, or of any role when the date is unknown.
    private static func isEndedReign(_ title: WrittenTitle, titled: [ReferenceRole], on published: CalendarDate?)
        -> Bool
    {
        guard regnalTitles.contains(title.words.map(NameFolding.key).joined(separator: " ")) else { return false }
        guard let day = published else { return !titled.isEmpty }
        return titled.contains { role in role.to.map { ($0.year ?? .max) <= day.year } ?? false }
    }

    /// Whether the title and the name written after it make one of the person's names in the
    /// reference data ("Pope Clement").
    private static func isPartOfName(
        _ title: WrittenTitle, _ occurrence: NameOccurrence, of person: NameRecord, in document: Document
    ) -> Bool {
        guard title.span.end <= occurrence.span.start else { return false }
        let written = NameFolding.tokens(document.text(in: title.span.union(occurrence.span)))
        return person.names.contains { NameFolding.tokens($0.text) == written }
    }

    /// How long before taking a role a person may already be called by its title.
    private static let daysBeforeTakingOffice = 120

    /// The record's first spelling accepted in a language, or the subject id.
    static func name(of person: NameRecord, _ subject: String, in language: Language) -> String {
        person.names.first { $0.isAccepted(in: language) }?.text ?? subject
    }

    /// A place's or organisation's spelling in a language: one tagged with it (« Mauritanie »),
    /// else the first accepted in it.
    private static func placeName(_ place: NameRecord, in language: Language) -> String {
        place.names.first { $0.language == language }?.text ?? name(of: place, place.id, in: language)
    }

    /// One statement per role, with its organisation and dates.
    static func evidence(_ roles: [ReferenceRole], of person: NameRecord, subject: String) -> [Evidence] {
        roles.map { role in
            Evidence(
                statement:
                    "\(subject): \(role.title[.en] ?? role.title.values.first ?? "") of \(role.organization)"
                    + " from \(role.from?.description ?? "…") to \(role.to?.description ?? "…")",
                source: role.source.citation ?? role.source.location ?? person.source.citation)
        }
    }

    /// The organisations or countries of some roles and the one the longest ending of some words
    /// names, with that ending's first token, when the reference data names it and it is none of
    /// theirs; `nil` otherwise.
    private static func otherOrganization(_ words: ArraySlice<Token>, than roles: [ReferenceRole], in book: NameBook)
        -> (held: [NameRecord], written: NameRecord, first: Token)?
    {
        guard !roles.isEmpty, let (named, first) = body(words, in: book),
            !roles.contains(where: { isOf($0, named, in: book) })
        else { return nil }
        let held = roles.compactMap { book.record($0.organization) }
        return held.isEmpty ? nil : (held, named, first)
    }

    /// The places of the held roles and the place a nationality written with their title names,
    /// when that place is none of them and some role is a country's; `nil` otherwise (a
    /// nationality of no known place, « le président mauritanien » for Mauritania's, or an
    /// organisation's title whose holder has any nationality).
    private static func otherCountry(_ nationality: Token, than roles: [ReferenceRole], in book: NameBook)
        -> (held: [NameRecord], written: NameRecord)?
    {
        let countries = roles.compactMap { book.record($0.organization) }.filter { $0.kind == .place }
        guard !countries.isEmpty, let place = DemonymPlace.place(of: nationality.text, in: book),
            !roles.contains(where: { $0.organization == place.id })
        else { return nil }
        return (countries, place)
    }
}
