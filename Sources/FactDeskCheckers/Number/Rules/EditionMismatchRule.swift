import FactDeskKit
import FactDeskText

/// Rule `edition-mismatch`: the ordinal of an edition of a reference series that does not match
/// the year or place the text gives ("la 94e session … à Marrakech en 2025", when the 2025
/// session in Marrakech is the 93rd). A weekday or a day told from the publication date ("la 94e
/// session s’achève jeudi") gives the publication's year. With neither, the tense and the
/// publication date tell the edition (``EditionAnchor``): "as the 28th meeting opened", published
/// while the 27th was under way, is wrong.
struct EditionMismatchRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "edition-mismatch", severity: .error,
        summary: "An edition number of a reference series that does not match the year or place the text gives.",
        examples: [
            NumberExamples.french(
                "Marrakech accueille du 24 au 27 novembre 2025 la ⟦94e session⟧ de l’Assemblée générale d’INTERPOL."),
            NumberExamples.french("La ⟦92e Assemblée générale d’INTERPOL⟧ s’est ouverte à Marrakech."),
            NumberExamples.french(
                "En 2023, la ⟦quatre-vingt-douzième session⟧ de l’Assemblée générale s’est tenue à Vienne."),
            NumberExamples.english(
                "The ⟦94th session⟧ of the General Assembly opened in Marrakesh on November 24, 2025."),
            NumberExamples.french("La ⟦95e session⟧ de l’Assemblée générale d’INTERPOL s’achève demain."),
            NumberExamples.english("The ⟦92nd session⟧ of the General Assembly closes on Thursday."),
            NumberExamples.english("The ⟦90th session⟧ of the General Assembly meets this week."),
            NumberExamples.french("La ⟦94e session⟧ de l’Assemblée générale s’ouvre le mois prochain."),
            NumberExamples.english("Delegates cheered as the ⟦94th session⟧ of the General Assembly opened."),
            NumberExamples.french(
                "La ⟦94e session⟧ de l’Assemblée générale se tiendra à l’automne.",
                published: CalendarDate(year: 2025, month: 6, day: 2)),
            NumberExamples.english("A new phase of the ⟦Cosmos-4⟧ mission is just beginning."),
            NumberExamples.english("The first General Assembly met in Vienna; the ⟦92nd⟧ was in Marrakesh in 2025."),
            NumberExamples.french("La première Assemblée générale s’est tenue à Vienne, la ⟦91e⟧ à Glasgow."),
            NumberExamples.french("Après la 91e session de l’Assemblée générale, à Vienne en 2023, la ⟦94e⟧ s’est tenue à Glasgow."),
            NumberExamples.french(
                "Le Salon du polar de Lyon ouvre du 20 au 30 novembre 2025. Voici les chiffres de cette ⟦14e édition⟧."),
            NumberExamples.english(
                "The ⟦12th edition⟧ of the Salon du polar de Lyon closes in Lyon on November 30, 2025."),
            NumberExamples.english("Officers of the INTERPOL General met as the ⟦94th assembly⟧ opened in Marrakesh."),
            NumberExamples.english("Delegates praised the recently ended ⟦92nd General Assembly⟧ in a statement."),
            NumberExamples.english("Officers flew home after ⟦INTERPOL General Assembly 94⟧, held in Marrakesh."),
            NumberExamples.english("Delegates praised the recently ended 93rd General Assembly in a statement."),
            NumberExamples.english("The ⟦94th annual General Assembly⟧ opened in Marrakesh on November 24, 2025."),
            NumberExamples.english("The 93rd annual General Assembly opened in Marrakesh on November 24, 2025."),
            NumberExamples.english("Officers flew home after INTERPOL General Assembly 93, held in Marrakesh."),
            NumberExamples.english("The INTERPOL General Assembly 2025 drew 150 delegations to Marrakesh."),
            NumberExamples.english("Delegates cheered as the 93rd session of the General Assembly opened."),
            NumberExamples.english("Delegates attending the ⟦94th General Assembly⟧ have backed the plan."),
            NumberExamples.english("Delegates attending the 93rd General Assembly have backed the plan."),
            NumberExamples.english("The ⟦15th Salon du polar de Lyon⟧ opened in Lyon."),
            NumberExamples.english("The Salon du polar de Lyon, its ⟦14th⟧, opened on Thursday."),
            NumberExamples.english("Crowds came to the ⟦12th Salon du polar de Lyon⟧ (SPL) 2025."),
            NumberExamples.english("Lyon is hosting the Salon du polar de Lyon for the ⟦15th year running⟧ in 2025."),
            NumberExamples.french("Lyon accueille le Salon du polar de Lyon pour la ⟦15e année consécutive⟧ en 2025."),
            NumberExamples.english("Writers came to the Salon du polar de Lyon in 2025, the ⟦14th such meeting⟧."),
            NumberExamples.english("The Salon du polar de Lyon 2025, the ⟦14th⟧, opened in Lyon."),
            NumberExamples.french("Le Salon du polar de Lyon 2025, ⟦14e⟧ du nom, s’est ouvert à Lyon."),
            NumberExamples.french("Le Salon du polar de Lyon s’ouvre jeudi. Il s’agit de sa ⟦14e édition⟧."),
            NumberExamples.english("The Salon du polar de Lyon 2025, the 13th, opened in Lyon."),
            NumberExamples.french("Le Salon du polar de Lyon 2025, 13e du nom, s’est ouvert à Lyon."),
            NumberExamples.french("Le Salon du polar de Lyon s’ouvre jeudi. Il s’agit de sa 13e édition."),
            NumberExamples.english("The 13th Salon du polar de Lyon opened in Lyon."),
            NumberExamples.english("The Salon du polar de Lyon, its 13th, opened on Thursday."),
            NumberExamples.english("Crowds came to the 13th Salon du polar de Lyon (SPL) 2025."),
            NumberExamples.english("Lyon is hosting the Salon du polar de Lyon for the 13th year running in 2025."),
            NumberExamples.french("Lyon accueille le Salon du polar de Lyon pour la 13e année consécutive en 2025."),
            NumberExamples.english("A Lyon author topped the Salon du polar de Lyon for the 15th year running in 2025."),
            NumberExamples.english("Writers came to the Salon du polar de Lyon in 2025, the 13th such meeting."),
            NumberExamples.english("Delegates recalled how the previous 92nd session of the General Assembly opened."),
            NumberExamples.french(
                "La 93e session de l’Assemblée générale se tiendra à l’automne.",
                published: CalendarDate(year: 2025, month: 6, day: 2)),
            NumberExamples.english("A new phase of the Cosmos-5 mission is just beginning."),
            NumberExamples.english("The first General Assembly met in Vienna; the 93rd was in Marrakesh in 2025."),
            NumberExamples.french("La première Assemblée générale s’est tenue à Vienne, la 92e à Glasgow."),
            NumberExamples.french("Après la 91e session de l’Assemblée générale, à Vienne en 2023, la 92e s’est tenue à Glasgow."),
            NumberExamples.english("At the General Assembly in Marrakesh, the 92nd to speak was from Vienna."),
            NumberExamples.french("À l’Assemblée générale de Glasgow, le 91e orateur venait de Vienne."),
            NumberExamples.english("The General Assembly ranked cities; Glasgow came the 95th in 2024."),
            NumberExamples.english("The Cosmos-4 mission failed in 2019."),
            NumberExamples.french(
                "Le Salon du polar de Lyon ouvre du 20 au 30 novembre 2025. Voici les chiffres de cette 13e édition."),
            NumberExamples.english("Officers of the INTERPOL General met as the 93rd assembly opened in Marrakesh."),
            NumberExamples.french(
                "Marrakech accueille du 24 au 27 novembre 2025 la 93e session de l’Assemblée générale d’INTERPOL."),
            NumberExamples.french("La 92e session de l’Assemblée générale s’était tenue à Glasgow en 2024."),
            NumberExamples.french("Le 11e anniversaire du centre tombe en 2025 à Marrakech."),
            NumberExamples.french("La 95e session de l’Assemblée générale aura lieu en 2026."),
            NumberExamples.english(
                "The 93rd session of the General Assembly opened in Marrakesh on November 24, 2025."),
            NumberExamples.english("Louis XIV and the XXIe siècle have nothing to do with the 2025 General Assembly."),
            NumberExamples.french("Le ministre a ouvert la 25e édition du Salon du polar de Lyon, à Lyon."),
            NumberExamples.french("La 91e session de l’Assemblée générale, tenue depuis 2023 à Vienne, reste un repère."),
            NumberExamples.english("Lyon won a third Salon du polar de Lyon title in 2025."),
            NumberExamples.english("She attended her fifth General Assembly session in 2025 in Marrakesh."),
            NumberExamples.french("La 93e session de l’Assemblée générale d’INTERPOL s’achève jeudi."),
            NumberExamples.french("La 92e session de l’Assemblée générale s’était ouverte un lundi."),
            NumberExamples.english("The 91st session of the General Assembly met every Tuesday."),
            NumberExamples.english("Delegates met in Marrakesh for INTERPOL’s ⟦94th General Assembly⟧ in November 2025."),
            NumberExamples.english("Delegates met in Marrakesh for INTERPOL’s 93rd General Assembly in November 2025."),
        ] + EditionMismatchRule.bodyExamples + EditionMismatchRule.yearlessMonthExamples + EditionMismatchRule.formExamples + EditionMismatchRule.anchorExamples
            + EditionMismatchRule.wordingExamples + EditionMismatchRule.proseExamples
            + EditionMismatchRule.meetingExamples + EditionMismatchRule.metAtExamples
            + EditionMismatchRule.lastYearExamples
            + EditionMismatchRule.sharedNameExamples + EditionMismatchRule.acronymExamples
            + EditionMismatchRule.romanAfterNameExamples
            + EditionMismatchRule.shortHeadExamples + EditionMismatchRule.relativeEditionExamples
            + EditionMismatchRule.otherBodyExamples + EditionMismatchRule.sharedDayExamples
            + EditionMismatchRule.pairedDayExamples + EditionMismatchRule.dayFormExamples
            + EditionMismatchRule.elidedPlaceExamples + EditionMismatchRule.routePlaceExamples
            + EditionMismatchRule.sinceClauseExamples + EditionMismatchRule.publicationTimeExamples)

    func findings(in check: NumberCheck) -> [Finding] {
        check.editions.compactMap { claim -> Finding? in
            var anchored: (EditionAnchor, CalendarDate)?
            var expected = expectedEdition(for: claim)
            // A place that every known edition shares ("in Barcelona") leaves the tense to tell,
            // as does a year that holds two editions, one ending and one opening ("opened on
            // Tuesday", in the September a session of a year ends and the next one opens).
            if expected == nil, let anchor = claim.anchor, let published = check.document.published,
                let (found, edition) = anchor.resolved(among: claim.editions, published: published),
                claim.years.map({ years in years.contains { Self.isHeld(edition, in: $0) } }) ?? true,
                claim.place == nil || edition.place == claim.place,
                !found.isMeetingAt || Self.isOneOff(claim, from: edition, anchor: anchor),
                found != .metAt || (claim.number == edition.number + 1 && claim.days == nil),
                found.reports(claim.number, against: edition)
            {
                expected = edition
                anchored = (found, published)
            }
            if expected == nil,
                let shared = Self.sharedDayEditions(against: claim) ?? Self.pairedSharedDayEditions(against: claim, in: check)
            {
                // "the 31st and 32nd summits opened today", when the 30th and 31st did; "the 29th and
                // 31st summits" days after the 30th and 31st.
                return sharedDayFinding(claim, editions: shared, check: check)
            }
            guard let expected, expected.number != claim.number else { return nil }
            let quoted = check.document.text(in: claim.span)
            let year = claim.years.flatMap { years in
                (years.lowerBound...years.upperBound).first { year in Self.isHeld(expected, in: year) }
            }
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.editionMismatch(
                    quoted: quoted, expected: expected, series: claim.series.name, year: year, place: claim.place,
                    anchor: anchored),
                suggestions: [
                    corrected(
                        quoted, ordinal: claim.mention.text, number: expected.number, language: check.document.language)
                ],
                evidence: [
                    Evidence(
                        statement:
                            "edition \(expected.number) of \(claim.series.id): \(expected.start?.description ?? "?")"
                            + "..\(expected.end?.description ?? "?")" + (expected.place.map { " in \($0)" } ?? ""),
                        source: expected.source.citation ?? expected.source.location)
                ])
        }
    }

    /// The one edition that the year and place of the claim's sentence point to, if they point to
    /// exactly one.
    private func expectedEdition(for claim: EditionNumberClaim) -> ReferenceEdition? {
        var candidates = claim.editions
        var isConstrained = false
        if let years = claim.years {
            let held = candidates.filter { edition in years.contains { Self.isHeld(edition, in: $0) } }
            if !held.isEmpty {
                candidates = held
                isConstrained = true
            }
            // Two editions in one year (January and July): the one whose days the date gives.
            if candidates.count > 1, let days = claim.days {
                let onDays = candidates.filter { EditionAnchor.days(of: $0)?.overlaps(days) == true }
                // "opened on Tuesday": of the editions those days touch, the one they open.
                let opened = onDays.filter { edition in claim.isOpening && EditionAnchor.days(of: edition).map { days.contains($0.lowerBound) } == true }
                if onDays.count == 1 { candidates = onDays } else if opened.count == 1 { candidates = opened }
            }
        }
        if let place = claim.place {
            // A place alone tells an edition only when the known editions were held in several
            // places: Addis Ababa hosts every African Union summit, known or not.
            if isConstrained || Set(claim.editions.compactMap(\.place)).count > 1 {
                candidates = candidates.filter { $0.place == place }
                isConstrained = true
            }
        }
        return isConstrained && candidates.count == 1 ? candidates[0] : nil
    }

    /// Whether a claim of people meeting at an edition (``EditionAnchor/meetingAt(orNext:)``)
    /// numbers it one off from the edition under way, with no days of its own: a claim further
    /// off may be of another edition on purpose. The edition after it, in the future (« les chefs
    /// d’État se retrouveront lors du 20e sommet » during the 19th), may be the next one named as
    /// such: only a length of the meeting (« Pendant deux jours, … ») puts it in the days at hand.
    private static func isOneOff(_ claim: EditionNumberClaim, from edition: ReferenceEdition, anchor: EditionAnchor)
        -> Bool
    {
        guard abs(claim.number - edition.number) == 1, claim.days == nil else { return false }
        let isNextInFuture = claim.number > edition.number && anchor == .meetingAt(orNext: true)
        return !isNextInFuture || claim.givesLength
    }

    static func isHeld(_ edition: ReferenceEdition, in year: Int) -> Bool {
        guard let first = (edition.start ?? edition.end)?.year, let last = (edition.end ?? edition.start)?.year else {
            return false
        }
        return first <= year && year <= last
    }

    /// The quoted words with the ordinal rewritten in the same style: "93e", "93rd", "quatre-vingt-treizième";
    /// a first edition of a feminine noun is « 1re édition », « première session ».
    private func corrected(_ quoted: String, ordinal: String, number: Int, language: Language) -> String {
        let rewritten: String
        let noun = quoted.hasPrefix(ordinal)
            ? quoted.dropFirst(ordinal.count).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).first : nil
        let feminine = language == .fr && noun.map { Self.feminineNouns.contains(Fold.word(String($0))) } ?? false
        if let first = ordinal.first, first.isASCII, first.isNumber {
            // "94ème" → "93ème"; the suffixes of "1er", "1re" do not carry over.
            let suffix = String(ordinal.drop { $0.isASCII && $0.isNumber })
            let isOfFirst = ["er", "re", "ère", "ere", "ᵉʳ", "ʳᵉ"].contains(suffix)
            rewritten = NumberSpeller.digitOrdinal(
                number, language: language, frenchSuffix: suffix.isEmpty || isOfFirst ? "e" : suffix,
                feminine: feminine)
        } else {
            let speller = NumberSpeller(matching: ordinal, language: language)
            let spelt = speller.ordinal(number, feminine: feminine || ordinal.lowercased().hasSuffix("re")) ?? String(number)
            rewritten = Fold.isCapitalised(ordinal) ? spelt.prefix(1).uppercased() + spelt.dropFirst() : spelt
        }
        if quoted.hasPrefix(ordinal) { return rewritten + quoted.dropFirst(ordinal.count) }
        // "Chandrayaan-2" → "Chandrayaan-3".
        guard quoted.hasSuffix(ordinal) else { return quoted }
        return quoted.dropLast(ordinal.count) + String(number)
    }

    /// French nouns of numbered editions that are feminine, folded: « la 1re édition », « la première session ».
    static let feminineNouns: Set<String> = [
        "edition", "editions", "session", "sessions", "conference", "assemblee", "foire", "fete", "coupe", "course",
        "rencontre", "rencontres", "biennale", "reunion", "journee", "journees", "semaine", "nuit", "ceremonie",
        "exposition", "saison", "mission", "legislature", "convention", "olympiade", "universite", "transat", "route",
    ]
}
