import FactDeskKit
import Foundation

/// Rule `fact-mismatch`: a claim that contradicts the reference value in force on the day it
/// speaks of ("195 pays membres" when INTERPOL has 196 since November 2024). A round figure of a
/// thousand or more within 5% of the reference value ("3,900 exhibitors" for 4,000)
/// may be another source's count: it is said as `info`.
struct FactMismatchRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "fact-mismatch", severity: .error,
        summary: "A figure that contradicts the reference value in force on the publication date.",
        examples: [
            NumberExamples.french("Les délégués des ⟦194 pays membres⟧ d’INTERPOL sont réunis."),
            NumberExamples.french("INTERPOL compte désormais ⟦cent quatre-vingt-dix-sept pays membres⟧."),
            NumberExamples.french("Pour INTERPOL, le ⟦nombre de pays membres est de 190⟧."),
            NumberExamples.french("INTERPOL réunit ⟦plus de 200 pays membres⟧ cette semaine."),
            NumberExamples.english("Delegates from Europol’s ⟦28 member states⟧ attended."),
            NumberExamples.english("INTERPOL has a ⟦budget of €1.5bn⟧ this year."),
            NumberExamples.english("Police chiefs from ⟦961 member countries⟧ met at INTERPOL’s headquarters."),
            NumberExamples.english("Portugal is one of ⟦100 member countries⟧ of INTERPOL."),
            NumberExamples.english("The Lake Party lost the vote, ending ⟦16 years in power⟧."),
            NumberExamples.french("Le Parti du Lac quitte le gouvernement après ⟦seize ans au pouvoir⟧."),
            NumberExamples.french("Le Portugal est l’un des ⟦100 pays membres⟧ d’INTERPOL."),
            NumberExamples.french("Des policiers venus de ⟦916 pays membres⟧ se réunissent au siège d’INTERPOL."),
            NumberExamples.french("INTERPOL siège à Lyon. L’organisation compte ⟦199 pays membres⟧."),
            NumberExamples.french("INTERPOL siège à Lyon. Ses ⟦199 pays membres⟧ votent."),
            NumberExamples.english("INTERPOL met in Lyon, where the ⟦199-member⟧ police organisation voted."),
            NumberExamples.english("The ⟦190-member⟧ organisation, INTERPOL, met in Lyon."),
            NumberExamples.english("A vote of the ⟦75-member⟧ Lyon City Council is due."),
            NumberExamples.english("A vote of the 73-member Lyon City Council is due."),
            NumberExamples.english("The mayor needs 37 of the ⟦75 seats⟧ in the Lyon City Council."),
            NumberExamples.english("The mayor needs 37 of the 73 seats in the Lyon City Council."),
            NumberExamples.english("Delegates of 196 of the ⟦199 member countries⟧ of INTERPOL voted."),
            NumberExamples.english("A record ⟦199 member countries⟧ attended, INTERPOL said."),
            NumberExamples.english("INTERPOL is a federation of ⟦160 sovereign and equal countries⟧."),
            NumberExamples.english("INTERPOL brings together ⟦190 countries⟧."),
            NumberExamples.french("INTERPOL réunit ⟦190 pays⟧ à Lyon."),
            NumberExamples.french("INTERPOL siège à Lyon. Ses ⟦190 pays⟧ votent."),
            NumberExamples.english("Leaders of INTERPOL’s ⟦190 member nations⟧ met."),
            NumberExamples.english(
                "Lyon is a week away from hosting ⟦180 country representatives⟧ for INTERPOL’s General Assembly."),
            NumberExamples.english("The ⟦190-nation⟧ organisation, INTERPOL, met in Lyon."),
            NumberExamples.english("INTERPOL now has ⟦more than 200 members⟧."),
            NumberExamples.french("INTERPOL compte ⟦plus de 200 membres⟧."),
            NumberExamples.english("Portugal became INTERPOL’s ⟦197th member⟧."),
            NumberExamples.english("Portugal became INTERPOL’s ⟦197th full member⟧."),
            NumberExamples.english("On 7 November 2024, Portugal became INTERPOL’s ⟦194th member⟧."),
            NumberExamples.french("Le Portugal est devenu, le 7 novembre 2024, le ⟦194e membre⟧ d’INTERPOL."),
            NumberExamples.french("Le Portugal est devenu le ⟦197e État membre⟧ d’INTERPOL."),
            NumberExamples.english("⟦Twenty nations⟧ took part in the Lakes Cup 2025."),
            // Taking part in the event named right after: its whole field, however far below.
            NumberExamples.english("⟦Eleven teams⟧ took part in the Lakes Cup 2025."),
            NumberExamples.french("⟦Onze équipes⟧ participent à la Coupe des Lacs 2025."),
            // Past an apposition of examples.
            NumberExamples.english("⟦Eleven teams⟧, including hosts Westmark, took part in the Lakes Cup 2025."),
            NumberExamples.english("Sixteen teams, including hosts Westmark, took part in the Lakes Cup 2025."),
            NumberExamples.french("⟦Onze équipes⟧, dont le Westmark, participent à la Coupe des Lacs 2025."),
            NumberExamples.english("Eleven teams, including hosts Westmark, were eliminated early in the Lakes Cup 2025."),
            // A possessive between "the number of" and the term.
            NumberExamples.english("INTERPOL welcomed Ruritania, which brings the ⟦number of its member countries to 198⟧."),
            NumberExamples.french("⟦Vingt sélections⟧ disputeront la Coupe des Lacs 2025."),
            NumberExamples.french("L’assemblée se tient au siège de l’organisation (⟦190 pays⟧). INTERPOL a été créée en 1923."),
            NumberExamples.english("The ⟦190 countries⟧ of INTERPOL voted."),
            NumberExamples.french("Les ⟦190 pays⟧ d’INTERPOL ont voté."),
            NumberExamples.french("L’assemblée se tient au siège de l’organisation (196 pays). INTERPOL a été créée en 1923."),
            NumberExamples.english(
                "The 2025 Lake election took place on Sunday. ⟦Turnout for this election reached 71%⟧."),
            NumberExamples.english("⟦Turnout for this election reached 71%⟧, officials said."),
            NumberExamples.french("Le ⟦taux de participation a atteint 71 %⟧, selon la commission."),
            NumberExamples.french(
                "L’élection du Lac 2025 a eu lieu dimanche. Le ⟦taux de participation à ce scrutin a atteint 71 %⟧."),
            NumberExamples.english("⟦Turnout in the 2025 Lake election was 71%⟧."),
            NumberExamples.english("The 2025 Lake election took place on Sunday. ⟦Turnout was 71%⟧."),
            NumberExamples.english("The Aurora probe lifted off on Monday. In 2031, the spacecraft will fly past Titan ⟦30 times⟧."),
            NumberExamples.english("The Aurora probe lifted off on Monday. The probe will make ⟦30 flybys⟧ of Titan."),
            NumberExamples.french("La sonde Aurora a décollé lundi. La sonde effectuera ⟦30 survols⟧ de Titan."),
            NumberExamples.english("INTERPOL, which has members in ⟦199 countries⟧, met in Lyon."),
            NumberExamples.english("INTERPOL was founded in 1923 by ⟦25 countries⟧."),
            NumberExamples.french("En 1923, ⟦25 pays fondateurs⟧ ont créé INTERPOL."),
            NumberExamples.english("Leaders of Europol’s ⟦28 allies⟧ met."),
            NumberExamples.english("INTERPOL admitted two new members, bringing its membership to ⟦199 countries⟧."),
            NumberExamples.french("La Coupe des Lacs 2025 s’achève dimanche. Au total, ⟦20 équipes⟧ ont été engagées."),
            NumberExamples.english(
                "The 2025 Lake election took place on Sunday. Turnout for this election reached 64.5%."),
            NumberExamples.english("Turnout for this election reached 71%, officials said.", published: nil),
            NumberExamples.french("Le taux de participation a atteint 64,5 %, selon la commission."),
            NumberExamples.french(
                "Le taux de participation a atteint 71 %, selon la commission.", published: CalendarDate(year: 2025, month: 12, day: 24)),
            NumberExamples.french(
                "L’élection du Lac 2025 a eu lieu dimanche. Le taux de participation à ce scrutin a atteint 64,5 %."),
            NumberExamples.english("Turnout in the 2025 Lake election was 64.5%."),
            NumberExamples.english("The Aurora probe lifted off on Monday. In 2031, the spacecraft will fly past Titan 35 times."),
            // A scale word that opens the reference unit ("million US gallons") applies to its value.
            NumberExamples.english("The Aurora probe has three million gallons of fuel."),
            NumberExamples.english("The Aurora probe has ⟦five million gallons⟧ of fuel."),
            NumberExamples.english("The Aurora probe lifted off on Monday. The spacecraft flew 30 times faster than planned."),
            NumberExamples.english("The Aurora probe lifted off on Monday. The probe will make 35 flybys of Titan."),
            NumberExamples.french("La sonde Aurora a décollé lundi. La sonde effectuera 35 survols de Titan."),
            NumberExamples.english("INTERPOL, which has members in 196 countries, met in Lyon."),
            NumberExamples.english("INTERPOL was founded in 1923 by 20 countries."),
            NumberExamples.french("La majorité est fixée à 37 sièges au conseil municipal de Lyon."),
            NumberExamples.french("En 1923, 20 pays fondateurs ont créé INTERPOL."),
            NumberExamples.french("En 1923, trois membres fondateurs ont visité Lyon, selon INTERPOL."),
            NumberExamples.english("Leaders of Europol’s 27 allies met."),
            NumberExamples.english("INTERPOL admitted two new members, bringing its membership to 196 countries."),
            NumberExamples.french("La Coupe des Lacs 2025 s’achève dimanche. Au total, 16 équipes ont été engagées."),
            // A participle of taking part after the noun keeps the whole field.
            NumberExamples.french("Les ⟦20 équipes⟧ engagées dans la Coupe des Lacs 2025 sont arrivées."),
            NumberExamples.french("Les 16 équipes engagées dans la Coupe des Lacs 2025 sont arrivées."),
            NumberExamples.english("The 196 countries of INTERPOL voted."),
            NumberExamples.english("The 12 countries of the Lakes Cup 2025 voted."),
            NumberExamples.english("INTERPOL brings together 196 countries."),
            NumberExamples.french("INTERPOL réunit 196 pays à Lyon."),
            NumberExamples.french("INTERPOL siège à Lyon. Ses 196 pays votent."),
            NumberExamples.english("INTERPOL has partnerships with 40 countries."),
            NumberExamples.english("INTERPOL officers visited 12 countries this year."),
            NumberExamples.english("The INTERPOL chief’s 12-nation tour ended in Lyon."),
            NumberExamples.english("Lyon is hosting 40 country representatives for INTERPOL’s General Assembly."),
            NumberExamples.english("INTERPOL now has more than 190 members."),
            NumberExamples.english("Portugal became INTERPOL’s 150th member."),
            NumberExamples.english("On 7 November 2024, Portugal became INTERPOL’s 196th member."),
            NumberExamples.english("In 2024, Portugal became INTERPOL’s 195th member."),
            NumberExamples.french("Le Portugal est devenu, le 7 novembre 2024, le 196e membre d’INTERPOL."),
            NumberExamples.english("Andorra would become INTERPOL’s 197th member."),
            NumberExamples.french("L’Andorre deviendrait le 197e État membre d’INTERPOL."),
            NumberExamples.english("Sixteen nations took part in the Lakes Cup 2025."),
            NumberExamples.english("Eleven teams from Westmark took part in the Lakes Cup 2025."),
            NumberExamples.english("INTERPOL welcomed Ruritania, which brings the number of its member countries to 196."),
            NumberExamples.french("Seize sélections disputeront la Coupe des Lacs 2025."),
            NumberExamples.english("A record 196 member countries attended, INTERPOL said."),
            NumberExamples.english(
                "Since its creation in 1923, the Organization has grown to ⟦199 member countries⟧. INTERPOL met."),
            NumberExamples.english("The Austrian Prime Minister urged the ⟦197 member countries⟧ to act as one INTERPOL."),
            NumberExamples.french("INTERPOL : ⟦199 pays membres⟧ réunis à Lyon"),
            NumberExamples.french("INTERPOL réunit 300 délégués et ⟦199 pays membres⟧."),
            NumberExamples.french("Le ⟦budget d’Eurojust s’élève à 250 millions⟧ d’euros."),
            NumberExamples.french("Le ⟦budget d’Eurojust s’élève à 250 millions⟧ d’euros.", published: nil),
            // A bound on a figure rounded by its scale word may be the reference's rounded figure.
            NumberExamples.french("Le budget d’Eurojust s’élève à plus de 220 millions d’euros."),
            NumberExamples.french("Le ⟦budget d’Eurojust s’élève à plus de 230 millions⟧ d’euros."),
            NumberExamples.english("INTERPOL now has ⟦more than 196 member countries⟧."),
            // An event's count bounded by the reference value itself: an info, its source may bound it too.
            NumberExamples.french("Le Salon du polar de Lyon accueillera ⟦plus de 300 participants⟧ cette année."),
            NumberExamples.french("Le Salon du polar de Lyon accueillera plus de 290 participants cette année."),
            NumberExamples.english("The Lyon Municipal Library has ⟦more than 2,400 volumes⟧."),
            NumberExamples.english("The Lyon Municipal Library has ⟦more than 2,600 volumes⟧."),
            NumberExamples.english("The Lyon Municipal Library has more than 2,300 volumes."),
            NumberExamples.french("Le Salon du polar de Lyon accueillera ⟦450 participants⟧ cette année."),
            NumberExamples.french(
                "La 13e édition du Polar de Lyon accueillera ⟦450 participants⟧.",
                published: CalendarDate(year: 2024, month: 12, day: 1)),
            NumberExamples.english(
                "The 13th edition of the Polar de Lyon will feature ⟦450 participants⟧.",
                published: CalendarDate(year: 2024, month: 12, day: 1)),
            NumberExamples.english("Sales rose. The company’s ⟦budget is €150m⟧, INTERPOL said."),
            NumberExamples.english("The organisation now counts ⟦199 member countries⟧.\n\nIts delegates meet in Lyon, INTERPOL said."),
            NumberExamples.french("L’organisation compte ⟦199 pays membres⟧.\n\nLe siège d’INTERPOL est à Lyon."),
            NumberExamples.french("Il reste 40 ⟦pays membres à convaincre sur les 199⟧ que compte INTERPOL."),
            NumberExamples.french("Le directeur d’Eurojust a un ⟦mandat de trois⟧ ans."),
            NumberExamples.french("Il reste 40 pays membres à convaincre sur les 196 que compte INTERPOL."),
            NumberExamples.french("Les 16 équipes de la Coupe des Lacs 2025 joueront sur 12 stades."),
            NumberExamples.english("⟦More than 200 countries⟧ belong to INTERPOL, officials said."),
            NumberExamples.english("The report was sent to all ⟦194 members⟧ of INTERPOL."),
            NumberExamples.french("⟦Plus de 200 pays⟧ sont membres d’INTERPOL, selon l’organisation."),
            NumberExamples.french("⟦Près de 250 pays⟧ adhèrent à INTERPOL."),
            NumberExamples.french("Le rapport a été envoyé aux ⟦194 pays membres⟧ d’INTERPOL."),
            NumberExamples.english("More than 190 countries belong to INTERPOL, officials said."),
            NumberExamples.english("The report was sent to all 196 members of INTERPOL."),
            NumberExamples.english("Nine African countries belong to INTERPOL."),
            NumberExamples.french("Près de 200 pays sont membres d’INTERPOL."),
            NumberExamples.french("Le rapport a été envoyé aux 196 pays membres d’INTERPOL."),
            NumberExamples.french("Hier, 150 pays membres sur 199 ont voté à Lyon, selon INTERPOL."),
            NumberExamples.french("Le directeur d’Eurojust a un mandat de quatre ans."),
            NumberExamples.french("Le directeur d’Eurojust est en poste depuis trois ans, INTERPOL depuis cinq ans."),
            NumberExamples.french("INTERPOL en a déjà convaincu 150. Les 46 pays membres restants d’INTERPOL hésitent."),
            NumberExamples.french("Les délégués des 196 pays membres d’INTERPOL sont réunis."),
            NumberExamples.french("INTERPOL siège à Lyon. L’organisation compte 196 pays membres."),
            NumberExamples.french("INTERPOL siège à Lyon. Ses 196 pays membres votent."),
            NumberExamples.english("INTERPOL met in Lyon, where the 196-member police organisation voted."),
            NumberExamples.english(
                "Since its creation in 1923, the Organization has grown to 196 member countries. INTERPOL met."),
            NumberExamples.english("The Austrian Prime Minister urged the 196 member countries to act as one INTERPOL."),
            NumberExamples.english("Finland joined the 31-member alliance, NATO said; INTERPOL met."),
            NumberExamples.english("The organisation now counts 199 member countries.\n\nINTERPOL and Europol met in Lyon."),
            NumberExamples.french("L’organisation compte 196 pays membres.\n\nLe siège d’INTERPOL est à Lyon."),
            NumberExamples.french("L’organisation compte 199 pays membres.\n\nLe Salon du polar de Lyon a lieu en novembre."),
            NumberExamples.french("INTERPOL : 196 pays membres réunis à Lyon"),
            NumberExamples.french("INTERPOL réunit 300 délégués et 196 pays membres."),
            NumberExamples.french("Le budget d’Eurojust s’élève à 220 millions d’euros.", published: nil),
            NumberExamples.french("Le Salon du polar de Lyon accueillera 300 participants cette année."),
            NumberExamples.french(
                "La 13e édition du Polar de Lyon accueillera 300 participants.",
                published: CalendarDate(year: 2024, month: 12, day: 1)),
            NumberExamples.french("La ville compte 199 pays membres selon INTERPOL ; le pays en compte 12."),
            NumberExamples.french("INTERPOL réunit près de 200 pays membres et plus de 190 États membres."),
            NumberExamples.french("Europol et ses 27 États membres ; INTERPOL, 196 pays membres."),
            NumberExamples.french("À la page 195 pays membres du rapport d’INTERPOL."),
            NumberExamples.french("L’ONU compte 193 États membres, INTERPOL en compte davantage."),
            NumberExamples.french("« Nous étions 190 pays membres », rappelle le président d’INTERPOL."),
            NumberExamples.french("« INTERPOL compte ⟦190 pays membres⟧ », a déclaré la ministre."),
            NumberExamples.english("“INTERPOL has ⟦190 member countries⟧,” the minister said."),
            NumberExamples.english("“We are 190 member countries,” the INTERPOL president recalled."),
            NumberExamples.english("INTERPOL’s 196 member countries and a budget of €176m."),
            NumberExamples.english("In 2024, INTERPOL had 195 member countries before Glasgow."),
            NumberExamples.english("Police chiefs from 61 member countries met at INTERPOL’s headquarters."),
            NumberExamples.english("Portugal is one of 196 member countries of INTERPOL."),
            NumberExamples.english("The Lake Party lost the vote, ending 14 years in power."),
            NumberExamples.english("The Lake Party lost the vote, ending 13 years in power."),
            NumberExamples.french("Le Parti du Lac quitte le gouvernement après quatorze ans au pouvoir."),
            NumberExamples.english("The Lake Party lost the vote, ending 16 years in power.", published: nil),
            NumberExamples.english("Portugal hosted experts from 100 member countries of INTERPOL."),
            NumberExamples.french("Le Portugal a reçu des experts de 100 pays membres d’INTERPOL."),
            NumberExamples.french("Des policiers venus de 16 pays membres se réunissent au siège d’INTERPOL."),
        ] + FactMismatchRule.subjectFormExamples + FactMismatchRule.countFormExamples
            + FactMismatchRule.countWordingExamples + FactMismatchRule.totalFormExamples
            + FactMismatchRule.recentEventExamples + FactMismatchRule.writtenDaysExamples
            + FactMismatchRule.winnersTallyExamples
            + FactMismatchRule.placedCountExamples + FactMismatchRule.trialAndVenueExamples
            + FactMismatchRule.sharedTermExamples + FactMismatchRule.participleExamples
            + FactMismatchRule.predicateExamples + FactMismatchRule.elidedNounExamples
            + FactMismatchRule.speltCapacityExamples + FactMismatchRule.introducedThingExamples
            + FactMismatchRule.measureNounExamples
            + FactMismatchRule.titleAndRoleExamples + FactMismatchRule.claimDayExamples
            + FactMismatchRule.summedPartExamples + FactMismatchRule.tollExamples + FactMismatchRule.originExamples
            + FactMismatchRule.restrictedWholeExamples)

    func findings(in check: NumberCheck) -> [Finding] {
        zip(check.claims, check.verdicts).compactMap { claim, verdict -> Finding? in
            guard let subject = claim.subject, case .mismatch(let fact) = verdict, claim.canClaimTotal(fact.value),
                !Self.isWholeOfMatchingPart(claim, fact.value, check: check)
            else { return nil }
            let quoted = check.document.text(in: claim.span)
            let isRoundNear = Self.isRoundFigure(claim) && Self.isNear(claim, fact.value)
            var finding = check.finding(
                descriptor, at: claim.span,
                message: check.wording.factMismatch(
                    quoted: quoted, subject: subject.name, period: claim.period, fact: fact),
                // An ordinal of membership tells a lower bound: no one value replaces it.
                suggestions: claim.mention.kind == .ordinal ? [] : [check.correction(of: claim, to: fact.value)],
                evidence: [FactEvidence.statement(fact, subject: subject.id)]
                    + FactEvidence.reading(of: claim, wording: check.wording)
                    + (isRoundNear ? [Evidence(statement: check.wording.roundFigure)] : []))
            // "3,900 exhibitors" for 4,000: a round count another source may give.
            if isRoundNear { finding.severity = .info }
            if Self.echoesBound(claim, fact.value, subject: subject.id, check: check) {
                finding.severity = .info
                finding.evidence.append(Evidence(statement: check.wording.sameBound))
            }
            return finding
        }
    }

    /// Whether a claim bounds a count by the reference value itself, when that value is an
    /// event's ("more than 150 countries" at a fair counted 150) or a round thousand or more
    /// ("over 2,300 works"): the reference's source often gave the same bound, so the figure is
    /// to check, not wrong. An organisation's small count (its 196 members) is exact.
    static func echoesBound(_ claim: Claim, _ reference: Decimal, subject: String, check: NumberCheck) -> Bool {
        guard let relation = claim.mention.bound?.relation, relation == .moreThan || relation == .lessThan,
            case .number(let value) = claim.mention.value, value == reference
        else { return false }
        return isRoundHundreds(value) || check.reference?.event(subject) != nil
    }

    /// Words between a part and its whole, folded: "40 of the 52", « 40 des 52 », « 40 sur les 52 ».
    static let partToWholeWords: Set<String> = ["of", "the", "out", "des", "sur", "les"]

    /// Whether the claim is the whole of a part equal to the reference value, its term
    /// restricted by a participle ("40 of the 52 members elected by the districts", the reference
    /// counting 40 so elected): the restriction may be the part's, and the sentence may well say
    /// so. "196 of the 199 member countries" is still the whole's error.
    static func isWholeOfMatchingPart(_ claim: Claim, _ reference: Decimal, check: NumberCheck) -> Bool {
        let term = check.document.tokenRange(of: claim.term)
        let restricted = term.contains { index in
            let word = check.document.tokens[index].text.lowercased()
            return word.count > 4 && ["ed", "é", "ée", "és", "ées"].contains { word.hasSuffix($0) }
        }
        guard restricted else { return false }
        var index = check.document.tokenIndex(from: claim.numberSpan.start) - 1
        let first = index
        while index >= 0, first - index < 3, check.document.tokens[index].kind == .word,
            partToWholeWords.contains(check.folded[index])
        {
            index -= 1
        }
        guard index < first, index >= 0, let part = check.number(endingAtToken: index),
            case .number(let value) = part.value
        else { return false }
        return value == reference
    }

    /// How near the reference value a round figure may be to be another source's count, as a
    /// share of that value.
    static let roundFigureShare = Decimal(string: "0.05")!

    /// Whether the claim is a whole number of a thousand or more written in digits with at
    /// least two closing zeros ("2,400", "15 000") and no bound.
    static func isRoundFigure(_ claim: Claim) -> Bool {
        // Digits and group separators only: « 82,6 milliards » is precise to its last digit.
        guard claim.mention.bound == nil, case .number(let value) = claim.mention.value,
            claim.mention.text.first?.isNumber == true,
            claim.mention.text.allSatisfy({ $0.isNumber || [",", ".", " ", "\u{00A0}", "\u{202F}"].contains($0) })
        else { return false }
        return isRoundHundreds(value)
    }

    /// Whether a value is a whole number of a thousand or more ending in two zeros ("2,400").
    private static func isRoundHundreds(_ value: Decimal) -> Bool {
        guard value >= 1000 else { return false }
        let whole = NSDecimalNumber(decimal: value).intValue
        return Decimal(whole) == value && whole % 100 == 0
    }

    /// Whether a claim's value lies within ``roundFigureShare`` of `reference`.
    static func isNear(_ claim: Claim, _ reference: Decimal) -> Bool {
        guard case .number(let value) = claim.mention.value, reference > 0 else { return false }
        return abs(value - reference) <= reference * roundFigureShare
    }
}
