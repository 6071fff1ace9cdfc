import FactDeskKit

/// Rule `internal-inconsistency`: the same subject and property given two values that cannot
/// both be right in one draft ("196 pays membres" in one paragraph, "195 pays membres" in another),
/// or a count whose breakdown in parentheses or in a later clause adds up to something else
/// or after a colon (``BreakdownSums``, ``CompositionSums``), or restated after « soit » or between
/// dashes (``RestatedParts``), a share restated as its shares after « soit » (``RestatedShares``), a list followed by the total it makes (``TotalsAfterParts``), a sum written out (« 8 + 8 + 8 = 26 »,
/// ``ArithmeticSums``), or a balance that with the part paid first does not
/// make the total (``BalanceSums``), or groups of one size that do not make the count they split
/// (``GroupSizes``), or a count taken up again after "these", « ces » with another value
/// (``DemonstrativeCounts``), or a majority mark that is not half the chamber plus one (``MajorityMarks``),
/// or a rate that is not its parts' ratio, beside them or as a turnout given apart from its counts
/// in one paragraph (``RateParts``, ``TurnoutFigures``), or a tally of medals that its gold, silver
/// and bronze do not make (``MedalTallies``), or an ordinal of times that the earlier times listed
/// after it do not make (``TimesAfterList``), or a count of times that the years listed after it
/// do not make (``TimesWithYears``), or a gap between two percentages or two counts that
/// they do not make (``StatedGaps``), or a share of spoilt ballots that their counts do not make (``SpoiltShares``),
/// or a measure written in two units that do not convert into each other (``ConvertedUnits``),
/// or a figure said to be below or above another that it is not (``ComparedFigures``).
///
/// Claims a sentence ties to an earlier date ("en 2020") are compared only with claims about the
/// same period; parts are not totals and are left out. Each claim is compared with the first
/// few claims of its group, so the rule stays linear in the number of claims.
struct InternalInconsistencyRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "internal-inconsistency", severity: .warning,
        summary: "The same subject and property given two values that cannot both be right.",
        examples: [
            NumberExamples.french("INTERPOL compte 196 pays membres.\n\nLes ⟦199 pays membres⟧ d’INTERPOL ont voté."),
            NumberExamples.english("INTERPOL has more than 190 member countries. Its ⟦150 member countries⟧ voted."),
            NumberExamples.english("Europol counts 27 member states. Europol’s ⟦28 member states⟧ agreed."),
            NumberExamples.french("INTERPOL compte 196 pays membres. Les 196 pays membres d’INTERPOL ont voté."),
            NumberExamples.french("INTERPOL compte près de 200 pays membres ; ses 196 pays membres ont voté."),
            NumberExamples.french(
                "En 2020, INTERPOL comptait 194 pays membres. Aujourd’hui, INTERPOL compte 196 pays membres."),
            NumberExamples.english("Europol’s 27 member states and INTERPOL’s 196 member countries met."),
            NumberExamples.french("La course réunit ⟦30 voitures (10 en catégorie A, 10 en B et 12 en C)⟧ samedi."),
            NumberExamples.french(
                "⟦Quarante élus ont siégé dès lundi (18 élus de la majorité, 15 élus de l’opposition et huit élus sans étiquette)⟧."),
            NumberExamples.english("The panel heard ⟦25 witnesses (9 for the defence, 12 for the prosecution and 3 experts)⟧."),
            NumberExamples.english(
                "He faces ⟦20 charges. The charges stem from 4 fraud cases, 9 false invoices and 8⟧ forged letters."),
            NumberExamples.french(
                "Le tournoi réunit ⟦24 équipes. Les équipes se répartissent en 6 d’Europe, 10 d’Afrique et 9⟧ d’Asie."),
            NumberExamples.english(
                "He faces 21 charges. The charges stem from 4 fraud cases, 9 false invoices and 8 forged letters."),
            NumberExamples.english("He faces 21 charges. The charges stem from 4 fraud cases filed in 2019."),
            NumberExamples.french(
                "Le tournoi réunit 24 équipes. Les équipes se répartissent en 6 d’Europe, 10 d’Afrique et 8 d’Asie."),
            NumberExamples.french("La course réunit 30 voitures (10 en catégorie A, 10 en B et 10 en C) samedi."),
            NumberExamples.french("La grille compte ⟦8 + 8 + 8 = 26⟧ voitures."),
            NumberExamples.french("La grille compte 8 + 8 + 8 = 24 voitures."),
            NumberExamples.english("The squad has ⟦26 players: 8 from Spain, 8 from France and 12⟧ from Italy."),
            NumberExamples.english("The squad has 26 players: 8 from Spain, 8 from France and 10 from Italy."),
            NumberExamples.english("The squad has 26 players: 8 from Spain and 8 from France."),
            NumberExamples.french(
                "Il est poursuivi pour ⟦35 chefs d’accusation : 11 pour des factures, 12 pour des bons et 13⟧ pour des chèques."),
            NumberExamples.english("He faces ⟦35 charges, which stem from 11 invoices, 12 receipts and 13⟧ checks."),
            NumberExamples.english("He faces 36 charges, which stem from 11 invoices, 12 receipts and 13 checks."),
            // The parts picked out after « dont », "including", and the others, make the whole.
            NumberExamples.french("⟦Neuf équipages courront, dont un de Kesra et les sept autres⟧ de l’étranger."),
            NumberExamples.french("Neuf équipages courront, dont un de Kesra et les huit autres de l’étranger."),
            NumberExamples.english("⟦Nine crews will race, including two from Kesra and the other six⟧ from abroad."),
            NumberExamples.english("Nine crews will race, including two from Kesra and the other seven from abroad."),
            NumberExamples.french("Neuf équipages courront, dont un skippé par une femme de 5 ans son aînée, et les huit autres."),
            NumberExamples.french("Neuf équipages courront. Les sept autres bateaux resteront au port."),
            // Names and the count in apposition beside them.
            NumberExamples.english("The league will tour ⟦Kesra and Lomé, three cities⟧ it has never played in."),
            NumberExamples.english("The league will tour Kesra and Lomé, two cities it has never played in."),
            NumberExamples.french("La ligue ira ⟦à Kesra et à Lomé, trois villes⟧ où elle n’a jamais joué."),
            NumberExamples.french("La ligue ira à Kesra et à Lomé, deux villes où elle n’a jamais joué."),
            NumberExamples.french("À Kesra et à Lomé, 3 000 supporters sont attendus."),
            NumberExamples.french("La ligue ira notamment à Kesra et à Lomé, trois villes où elle n’a jamais joué."),
            NumberExamples.french("⟦Trois d’entre eux, Ana Ruiz et Léa Marr⟧, ont renoncé."),
            NumberExamples.english("⟦Three of them, Ana Ruiz and Lea Marr⟧, stayed home."),
            NumberExamples.english("Two of them, Ana Ruiz and Lea Marr, stayed home."),
            // A count of periods, a colon, then the dates of each.
            NumberExamples.french("La foire se tient sur ⟦trois week-ends : du 4 au 6 juin et du 11 au 13 juin⟧."),
            NumberExamples.french("La foire se tient sur deux week-ends : du 4 au 6 juin et du 11 au 13 juin."),
            NumberExamples.english("The fair takes place on ⟦three weekends: June 4-6 and June 11-13⟧."),
            NumberExamples.english("The fair takes place on two weekends: June 4-6 and June 11-13."),
            NumberExamples.english("The fair takes place on three weekends: June 4-6, June 11-13 and one in July."),
            NumberExamples.french(
                "Quarante élus ont siégé dès lundi (17 élus de la majorité, 15 élus de l’opposition et huit élus sans étiquette)."),
            NumberExamples.french("La course réunit 30 voitures (dont 10 en catégorie A et 10 en B) samedi."),
            NumberExamples.english("The panel heard 25 witnesses (in 3 sessions, over 12 days) last week."),
            NumberExamples.english("Turnout reached 61% (4,519,253 of 7,371,890 voters) on Sunday."),
            NumberExamples.french("L’équipe compte deux finales perdues (2002, 2019) et un titre."),
            NumberExamples.french("Le jury a retenu ⟦douze (14)⟧ films pour la compétition."),
            NumberExamples.english(
                "He met the heads of ⟦six other states: Ghana, Kenya, Mali and Chad⟧."),
            NumberExamples.english("The ⟦seven members – Ghana, Kenya, Mali, Niger, Togo and Chad⟧ – met."),
            NumberExamples.french("Trois pays ont signé : le Mali, le Niger et le Tchad."),
            NumberExamples.english("The six members – Ghana, Kenya, Mali, Niger, Togo and Chad – met."),
            NumberExamples.english("He met the heads of two states: Ghana, Trinidad and Tobago."),
            NumberExamples.english("He met the heads of three states: Trinidad and Tobago, Ghana and Kenya."),
            NumberExamples.english("Five priorities stood out: trade, security and climate were among them."),
            NumberExamples.english("2025 Highlights: Finals and Awards"),
            NumberExamples.english("The panel shortlisted ⟦14 (twelve)⟧ films."),
            NumberExamples.french("Le jury a retenu douze (12) films pour la compétition."),
            NumberExamples.english("The panel shortlisted twelve films (14 last year)."),
            NumberExamples.french(
                "La participation atteint ⟦58,20 % (1 204 300 votants sur 2 180 000⟧ inscrits) dimanche."),
            NumberExamples.english("Turnout was ⟦64% (2,100,000 of 3,000,000⟧ voters)."),
            NumberExamples.french("Il y a eu ⟦300 votants sur 1 000 inscrits, soit 35 %⟧."),
            NumberExamples.french("Il y a eu 300 votants sur 1 000 inscrits, soit 30 %."),
            NumberExamples.french("Sur ⟦1 000 inscrits, 300 ont voté, soit un taux de participation de 35 %⟧."),
            NumberExamples.english("Of ⟦1,000 registered voters, 300 cast a ballot, a turnout of 35%⟧."),
            NumberExamples.english("Turnout was ⟦35%, with 300 of the 1,000⟧ registered voters casting a ballot."),
            NumberExamples.french("Sur 1 000 inscrits, 300 ont voté, soit un taux de participation de 30 %."),
            NumberExamples.english("Of 1,000 respondents, 300 said yes, and 35% of them were women."),
            NumberExamples.english("Turnout was 30%, with 300 of the 1,000 registered voters casting a ballot."),
            NumberExamples.french(
                "La participation atteint 55,24 % (1 204 300 votants sur 2 180 000 inscrits) dimanche."),
            NumberExamples.english("Turnout was 70% (2,100,000 of 3,000,000 voters), against 64% in 2019."),
            NumberExamples.english("Sales rose 12% as 300 of 1,000 stores reopened."),
            NumberExamples.french(
                "Eurojust versera une prime de 12 euros. Un acompte de 5 euros a été payé. Le ⟦solde de 8⟧ euros suivra."),
            NumberExamples.english("The fee is $10m. An advance of $4m was paid in May; the ⟦balance of $7m⟧ is due."),
            NumberExamples.french(
                "Eurojust versera une prime de 12 euros. Un acompte de 5 euros a été payé. Le solde de 7 euros suivra."),
            NumberExamples.english("The fee is $10m. An advance of $4m was paid in May; the balance of $6m is due."),
            NumberExamples.english("The fee is $10m. The balance of $7m is due."),
        ] + ListedPartsExamples.inconsistent + RestatedPartsExamples.inconsistent + TurnoutFiguresExamples.inconsistent
            + TallyExamples.totals + ApposedPartsExamples.inconsistent + TimesAfterListExamples.inconsistent
            + StatedGapsExamples.inconsistent + SpoiltSharesExamples.inconsistent + ConvertedUnitsExamples.inconsistent + ComparedFiguresExamples.inconsistent + EnumerationCountsExamples.inconsistent
            + ChangeRatesExamples.inconsistent + ChangeDirectionsExamples.inconsistent
            + RemainingPartsExamples.inconsistent)

    /// Claims that can contradict each other: about the same thing at the same time.
    private struct Group: Hashable {
        var subject: String
        var property: String
        var time: ClaimTime
        var unit: String?
        var isPercent: Bool
    }

    /// Whether two claims of a group cannot both be right; a weak count far from the other is
    /// taken as some of the whole, not a contradiction.
    private static func contradict(_ first: Claim, _ second: Claim) -> Bool {
        !first.value.overlaps(second.value) && first.canClaimTotal(ClaimBuilder.writtenValue(second.mention))
            && second.canClaimTotal(ClaimBuilder.writtenValue(first.mention))
    }

    /// How many earlier claims of its group each claim is compared with.
    static let comparedClaims = 8

    func findings(in check: NumberCheck) -> [Finding] {
        let breakdowns =
            BreakdownSums(check: check).mismatches() + CompositionSums(check: check).mismatches()
            + BalanceSums(check: check).mismatches() + ArithmeticSums(check: check).mismatches()
            + ListedParts(check: check).mismatches() + BulletedBreakdowns(check: check).mismatches()
            + RemainingParts(check: check).mismatches() + OtherParts(check: check).mismatches()
        // A list another reading already reports (« neuf membres : cinq femmes et trois hommes ») is reported once.
        let restated = (RestatedParts(check: check).mismatches() + RestatedShares(check: check).mismatches()
            + TotalsAfterParts(check: check).mismatches()).filter { mismatch in
            !breakdowns.contains { $0.span.overlaps(mismatch.span) }
        }
        let medals = MedalTallies(check: check).mismatches().filter { mismatch in
            !(breakdowns + restated).contains { $0.span.overlaps(mismatch.span) }
        }
        return claimFindings(in: check) + writingFindings(in: check)
            + (breakdowns + restated + medals).map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.breakdownMismatch(
                        quoted: check.document.text(in: mismatch.span), whole: mismatch.whole.text,
                        parts: mismatch.parts))
            }
    }

    /// A number written twice with two values, and rates that are not their parts' ratio.
    private func writingFindings(in check: NumberCheck) -> [Finding] {
        WrittenTwice(check: check).mismatches().map { mismatch in
            check.finding(
                descriptor, at: mismatch.span,
                message: check.wording.writtenTwice(
                    quoted: check.document.text(in: mismatch.span), first: ClaimBuilder.writtenValue(mismatch.first),
                    second: ClaimBuilder.writtenValue(mismatch.second)))
        }
            + (EnumerationCounts(check: check).mismatches() + ApposedNameCounts(check: check).mismatches()
                + ListedPeriods(check: check).mismatches()).map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.enumerationMismatch(
                        quoted: check.document.text(in: mismatch.span),
                        count: ClaimBuilder.writtenValue(mismatch.count), listed: mismatch.listed))
            }
            + BoundedTolls(check: check).mismatches().map { mismatch in
                let span = mismatch.bound.bound.map { $0.span.union(mismatch.bound.span) } ?? mismatch.bound.span
                return check.finding(
                    descriptor, at: span,
                    message: check.wording.boundAgainstExact(
                        quoted: check.document.text(in: span), exact: mismatch.exact.text,
                        line: check.document.location(of: mismatch.exact.span.start).line))
            }
            + (DemonstrativeCounts(check: check).mismatches() + DefiniteCounts(check: check).mismatches()).map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.demonstrativeMismatch(
                        quoted: check.document.text(in: mismatch.span), earlier: mismatch.earlier.text,
                        line: check.document.location(of: mismatch.earlier.span.start).line))
            }
            + MajorityMarks(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.majorityMismatch(
                        quoted: check.document.text(in: mismatch.span), mark: ClaimBuilder.writtenValue(mismatch.mark),
                        size: ClaimBuilder.writtenValue(mismatch.chamber), majority: mismatch.majority))
            }
            + GroupSizes(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.groupsMismatch(
                        quoted: check.document.text(in: mismatch.span), whole: mismatch.whole.text,
                        groups: mismatch.groups, size: mismatch.size))
            }
            + ComparedFigures(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.comparisonMismatch(
                        quoted: check.document.text(in: mismatch.span), first: mismatch.first, other: mismatch.other,
                        saysLess: mismatch.saysLess))
            }
            + ConvertedUnits(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.conversionMismatch(
                        quoted: check.document.text(in: mismatch.span), expected: mismatch.expected, unit: mismatch.unit),
                    evidence: [Evidence(statement: mismatch.rate)])
            }
            + StatedGaps(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.gapMismatch(
                        quoted: check.document.text(in: mismatch.span), difference: mismatch.difference,
                        isPercent: mismatch.isPercent))
            }
            + ChangeRates(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.changeMismatch(
                        quoted: check.document.text(in: mismatch.span), change: mismatch.change))
            }
            + ChangeDirections(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.directionMismatch(
                        quoted: check.document.text(in: mismatch.span), saysRise: mismatch.saysRise))
            }
            + TimesAfterList(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.timesMismatch(
                        quoted: check.document.text(in: mismatch.span), listed: mismatch.listed))
            }
            + TimesWithYears(check: check).mismatches().map { mismatch in
                check.finding(
                    descriptor, at: mismatch.span,
                    message: check.wording.timesYearsMismatch(
                        quoted: check.document.text(in: mismatch.span), count: mismatch.count, listed: mismatch.listed,
                        ofTimes: mismatch.isOfTimes))
            }
            + rateFindings(in: check)
    }

    private func claimFindings(in check: NumberCheck) -> [Finding] {
        var groups: [Group: [Claim]] = [:]
        var findings: [Finding] = []
        for claim in check.claims where !claim.isPart {
            guard let subject = claim.subject else { continue }
            let key = Group(
                subject: subject.id, property: claim.property, time: claim.time, unit: claim.mention.unit,
                isPercent: claim.isPercent)
            let earlier = groups[key, default: []]
            if let other = earlier.first(where: { Self.contradict($0, claim) }) {
                let quoted = check.document.text(in: claim.span)
                findings.append(
                    check.finding(
                        descriptor, at: claim.span,
                        message: check.wording.internalInconsistency(
                            quoted: quoted, other: check.document.text(in: other.span), subject: subject.name,
                            line: check.document.location(of: other.span.start).line)))
            }
            if earlier.count < Self.comparedClaims { groups[key, default: []].append(claim) }
        }
        return findings
    }
}
