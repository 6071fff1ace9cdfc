import FactDeskKit
import Foundation

/// Rule `part-exceeds-whole`: a part larger than its whole — "250 of the 196 member countries",
/// "250 des pays membres" of an organisation that has 196, a share above 100 %, or shares of one
/// whole adding up to more than 100 % ("60 % des voix … 45 % des voix", ``NamedShares``), or more
/// voters than registered voters, or valid votes than voters, in one paragraph (``TurnoutFigures``),
/// or a vote's tally above the members of the body that voted (``VoteTallies``), or a score of
/// matches above the matches of its series (``SeriesScores``), or seats won above the results
/// declared so far (``DeclaredResults``), or an ordinal of times above the occasions it is
/// counted in (``TimesInCount``: "for the 14th time in 12 races"), or more countries than the
/// people said to come from them (``OriginCountries``: "18 authors from 25 countries").
struct PartExceedsWholeRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "part-exceeds-whole", severity: .warning,
        summary: "A part larger than its whole, or shares of one whole adding up to more than 100 %.",
        examples: [
            NumberExamples.english("Yesterday ⟦250 of the 196 member countries⟧ voted."),
            NumberExamples.english("The Hill Party won ⟦419 seats⟧ in the 400-seat parliament."),
            NumberExamples.french("Hier, ⟦250 pays membres sur 196⟧ ont voté."),
            NumberExamples.french("Hier, ⟦250 des pays membres⟧ d’INTERPOL ont voté."),
            NumberExamples.french("Selon le vote, ⟦120 % des pays membres⟧ approuvent."),
            NumberExamples.french("La liste A obtient ⟦60 % des voix, la liste B 45 %⟧."),
            NumberExamples.french("Les deux listes obtiennent ⟦64 % et 46 %⟧ des voix."),
            // A share of one of the parts alone is within the share before it.
            NumberExamples.french("Trois pays réalisent 87 % des ventes, et le Norland à lui seul 55 % des ventes."),
            NumberExamples.english("Three countries make 87% of the sales, and Norland alone 55% of the sales."),
            NumberExamples.french("Trois pays réalisent ⟦87 % des ventes, et le Norland à lui seul 95 %⟧ des ventes."),
            NumberExamples.french("⟦1 500 des 1 200⟧ blessés sont dans un état grave."),
            NumberExamples.english("The fair drew ⟦600,000 visitors, 640,000⟧ of whom were professionals."),
            NumberExamples.english("The quake injured ⟦1,200 people; 1,500⟧ of them were hospitalised."),
            NumberExamples.french("Le séisme a fait ⟦1 200 blessés ; 1 500⟧ d’entre eux sont à l’hôpital."),
            NumberExamples.french("Le séisme a fait 1 200 blessés ; 500 d’entre eux sont à l’hôpital."),
            NumberExamples.english("The prize will shortlist ⟦12 poets and reward thirteen⟧ of them."),
            NumberExamples.english("The prize will shortlist 12 poets and reward three of them."),
            NumberExamples.english("At the regatta, ⟦1,250 out of 1,100⟧ moorings were let."),
            NumberExamples.english("At the regatta, 250 out of 1,100 moorings were let."),
            NumberExamples.english("Three out of four moorings were let."),
            NumberExamples.french("Sur les ⟦600 000 visiteurs, 640 000⟧ étaient des professionnels."),
            NumberExamples.english("Of the ⟦600,000 visitors, 640,000⟧ were professionals."),
            // A rank above the count it ranks among.
            NumberExamples.english("The rally is the ⟦ninth⟧ stage of eight on the island."),
            NumberExamples.english("The rally is the sixth stage of eight on the island."),
            NumberExamples.english("The tour has eight stages, the ⟦ninth⟧ of which ends in Kesra."),
            NumberExamples.english("The tour has eight stages, the sixth of which ends in Kesra."),
            NumberExamples.french("Le tour compte dix étapes, la ⟦12e⟧ d’entre elles à Kesra."),
            NumberExamples.french("Lyon accueille la ⟦12e⟧ étape sur 10."),
            NumberExamples.french("Lyon accueille la huitième des dix étapes."),
            NumberExamples.french("Kesra prépare la 30e édition des 12 Heures de Kesra."),
            NumberExamples.english("The town marks the 15th anniversary of the 3/11 floods."),
            NumberExamples.english("Of the estimated ⟦1,800 guests at the gala, more than 2,100⟧ stayed for the concert."),
            NumberExamples.english("Of the estimated 1,800 guests at the gala, more than 1,100 stayed for the concert."),
            NumberExamples.french("Sur les ⟦1 800 invités du gala, plus de 2 100⟧ sont restés pour le concert."),
            NumberExamples.french("Sur les 1 800 invités du gala, plus de 1 100 sont restés pour le concert."),
            NumberExamples.english("Out of the ⟦180 towns surveyed, some 190⟧ reported floods."),
            NumberExamples.english("Out of the 180 towns surveyed, some 120 reported floods."),
            NumberExamples.french("Sur les ⟦180 communes sondées, environ 190⟧ signalent des crues."),
            NumberExamples.french("Sur les 180 communes sondées, environ 120 signalent des crues."),
            NumberExamples.french("500 des 1 200 blessés sont dans un état grave."),
            // People from more countries than there are of them.
            NumberExamples.french("Le salon reçoit 18 auteurs provenant de ⟦25⟧ pays différents."),
            NumberExamples.french("Le salon reçoit 18 auteurs provenant de 12 pays différents."),
            NumberExamples.english("The forum gathers 30 speakers from ⟦42⟧ countries."),
            NumberExamples.english("The forum gathers 300 speakers from 42 countries."),
            NumberExamples.english("The fund gives 30 grants to projects from 42 countries."),
            // An ordinal of times against the occasions it is counted in.
            NumberExamples.english("She made the podium for the ⟦14th time in 12 races⟧."),
            NumberExamples.english("She made the podium for the 11th time in 12 races."),
            NumberExamples.english("She visited Kesra for the 14th time in 12 years."),
            NumberExamples.french("Elle monte sur le podium pour la ⟦14e fois en 12 courses⟧."),
            NumberExamples.french("Elle monte sur le podium pour la 11e fois en 12 courses."),
            // A count that opens its sentence and points back to the count before.
            NumberExamples.english("The season offered 60 recitals. ⟦75⟧ of these were sold out."),
            NumberExamples.english("The season offered 60 recitals. 12 of these were sold out."),
            // A participle's clause between the part's noun and its whole.
            NumberExamples.french("Le festival montre ⟦11 films réalisés par des femmes sur 9⟧ en compétition."),
            NumberExamples.french("Le festival montre 5 films réalisés par des femmes sur 9 en compétition."),
            NumberExamples.english("The festival shows ⟦11 films directed by women out of 9⟧ in competition."),
            NumberExamples.english("The festival shows 5 films directed by women out of 9 in competition."),
            NumberExamples.french("Il a marqué 11 buts inscrits de la tête sur 9 matchs."),
            // « dont » after a whole and its verb, past a length.
            NumberExamples.french("Au Kesra, ⟦64 reporters ont perdu la vie en 90 jours, dont 71⟧ en mission."),
            NumberExamples.french("Au Kesra, 64 reporters ont perdu la vie en 90 jours, dont 12 en mission."),
            // The opener comes after the whole: two parts picked out, then the others, are no part and whole.
            NumberExamples.english("Nine crews will race, including two from Kesra and the other seven from abroad."),
            NumberExamples.french("Neuf équipages courront, dont deux de Kesra et les sept autres de l’étranger."),
            NumberExamples.french("Au Kesra, ⟦64 reporters ont perdu la vie depuis mai, dont 71⟧ en mission."),
            NumberExamples.english("The fair drew 600,000 visitors, 140,000 of whom were professionals."),
            NumberExamples.english("The quake injured 1,200 people; 500 of them were hospitalised."),
            NumberExamples.english("The Hill Party won 219 seats in the 400-seat parliament."),
            NumberExamples.english("The Hill Party won 419 votes in the 400-seat parliament."),
            NumberExamples.french("Sur les 600 000 visiteurs, 140 000 étaient des professionnels."),
            NumberExamples.english("Of the 20 candidates, 35 percent were women, 2,000 miles away."),
            NumberExamples.english("In 2019, 12 of 2020's 10 finalists returned."),
            NumberExamples.english("The candidates won ⟦54%, 35%, 8% and 9%⟧ of the votes."),
            NumberExamples.french("Les deux listes obtiennent 54 % et 46 % des voix."),
            NumberExamples.english("The candidates won 54%, 35%, 2% and 9% of the votes."),
            NumberExamples.english("Sales rose 5%, and 60% of the votes went to list A."),
            NumberExamples.english("List A won ⟦60% of the vote and list B 45%⟧ of the vote."),
            NumberExamples.english("The motion passed with ⟦71% in favour and 39%⟧ against."),
            NumberExamples.french("Le texte est adopté avec ⟦62 % pour et 41 %⟧ contre."),
            NumberExamples.french("Sur les ⟦196 pays membres d’INTERPOL, 205⟧ étaient représentés."),
            NumberExamples.english("Of INTERPOL's ⟦196 member countries, 240⟧ sent a minister."),
            NumberExamples.french("Demain, ⟦197 pays membres⟧ d’INTERPOL seront représentés."),
            NumberExamples.english("⟦205 INTERPOL member countries⟧ sent a delegation."),
            NumberExamples.french("Le bilan fait état de ⟦1.420 blessés dont 1.610⟧ grièvement."),
            NumberExamples.english("With ⟦180 participants⟧, the 150-participant forum was full."),
            NumberExamples.french("On attendait ⟦512.300 visiteurs, dont 530.000⟧ professionnels."),
            NumberExamples.french("On attendait ⟦4.200 stands, dont « un tiers d’artisans, 5.000⟧ commerçants »."),
            NumberExamples.french("On attendait 4.200 stands, dont « un tiers d’artisans, 1.500 commerçants »."),
            NumberExamples.english("Some ⟦4,100 homes were damaged, including more than 4,600⟧ in the north."),
            NumberExamples.english("Yesterday 150 of the 196 member countries voted."),
            NumberExamples.french("Hier, 150 pays membres sur 196 ont voté, soit 150 des pays membres d’INTERPOL."),
            NumberExamples.french("La liste A obtient 60 % des voix, la liste B 40 % des voix."),
            NumberExamples.french("Une hausse de 60 % des ventes et une baisse de 45 % des coûts."),
            NumberExamples.french("Soit 12,5 % de plus que l’an dernier et 95 % de plus qu’en 2020."),
            NumberExamples.english("Turnout rose 60% and costs fell 45%."),
            NumberExamples.english("The motion passed with 61% in favour and 39% against."),
            NumberExamples.french("La formation affiche 78 % de placement, dont 30 % dans la fonction publique."),
            NumberExamples.english("The list won 64% of the votes, including 41% in the capital."),
            NumberExamples.french("Le texte est adopté avec 52 % pour et 48 % contre."),
            NumberExamples.french("Sur les 196 pays membres d’INTERPOL, 180 étaient représentés."),
            NumberExamples.french("Demain, 150 pays membres d’INTERPOL seront représentés."),
            NumberExamples.english("180 INTERPOL member countries sent a delegation."),
            NumberExamples.english("With 120 participants, the 150-participant forum was full."),
            NumberExamples.english("The 150-participant forum expects 300 delegates."),
            NumberExamples.french("Le bilan fait état de 1.420 blessés dont 610 grièvement, et de 2.300 morts."),
            NumberExamples.english("The toll rose to more than 4,100, including more than 4,600 in the north since Monday."),
            NumberExamples.english("Some 4,100 homes were damaged, including 12 schools, and 5,000 were flooded."),
            NumberExamples.english("INTERPOL has 196 member countries, 2025 was a record year."),
            NumberExamples.french("L’aide va à 60 % pour les ménages et à 45 % pour les entreprises."),
            NumberExamples.french("Parmi les visiteurs, 70 % des visiteurs étaient satisfaits, 45 % sont venus en famille."),
            NumberExamples.english("Of the fans, 70% of the fans were locals and 55% said they would return."),
        ] + ListedPartsExamples.exceeding + ListedPartsExamples.adjacent + RestatedPartsExamples.exceeding
            + TurnoutFiguresExamples.exceeding + TallyExamples.votes + ApposedPartsExamples.exceeding
            + EarlierWholePartsExamples.exceeding + EarlierWholePartsExamples.seriesScores
            + EarlierWholePartsExamples.declaredResults + ReferenceTotalsExamples.exceeding + [
                // The sum of the things counted just before a figure, some of the subject's.
                FactMismatchRule.summedPartExample(
                    "La Classique de Kesra 2026 part dimanche. Les coureurs affrontent 18 côtes pour un total de ⟦480 kilomètres⟧.",
                    .fr),
                FactMismatchRule.summedPartExample(
                    "The Kesra Classic 2026 starts on Sunday. Riders face 18 climbs for a total of 41 kilometres.",
                    .en),
                // A whole with decimals, rounded.
                FactMismatchRule.summedPartExample(
                    "The Kesra Classic 2026 starts on Sunday. 232 kilometres await the riders.", .en),
            ])

    /// A part's value as written: a count's, or a rank's number ("eighth" is 8).
    private static func value(of part: Mention) -> Decimal {
        if case .ordinal(let rank) = part.value { return Decimal(rank) }
        return ClaimBuilder.writtenValue(part)
    }

    func findings(in check: NumberCheck) -> [Finding] {
        let claimFindings = check.claims.compactMap { finding(for: $0, in: check) }
        let parts =
            WholeFirstParts(check: check).partsOverWhole() + IncludedParts(check: check).partsOverWhole()
            + RankedParts(check: check).partsOverWhole()
        let earlier = EarlierWholeParts(check: check).partsOverWhole().filter { part in
            !claimFindings.contains { $0.span.overlaps(part.mention.span) }
                && !parts.contains { $0.mention.span.overlaps(part.mention.span) }
        }
        // A part next to its whole that a claim or another reading already reports is reported once.
        let adjacent = AdjacentParts(check: check).partsOverWhole().filter { part in
            !claimFindings.contains { $0.span.overlaps(part.mention.span) }
                && !parts.contains { $0.mention.span.overlaps(part.mention.span) }
        }
        return claimFindings
            + (parts + adjacent)
            .map { part in
                let span = part.wholeSpan.map(part.mention.span.union) ?? part.mention.span
                return check.finding(
                    descriptor, at: span,
                    message: check.wording.partExceedsWhole(
                        quoted: check.document.text(in: span), part: Self.value(of: part.mention), whole: part.whole))
            }
            + earlier.map { wholeFinding(part: $0.mention, partSpan: $0.mention.span, whole: $0.whole, wholeSpan: $0.whole.span, in: check) }
            + OriginCountries(check: check).excesses().map { excess in
                check.finding(
                    descriptor, at: excess.countries.span,
                    message: check.wording.countriesExceedPeople(
                        quoted: check.document.text(in: excess.countries.span),
                        countries: ClaimBuilder.writtenValue(excess.countries), people: excess.people))
            }
            + TimesInCount(check: check).excesses().map { excess in
                check.finding(
                    descriptor, at: excess.span,
                    message: check.wording.partExceedsWhole(
                        quoted: check.document.text(in: excess.span), part: Decimal(excess.times), whole: excess.occasions))
            }
            + CapacityParts(check: check).partsOverCapacity().map { found in
                check.finding(
                    descriptor, at: found.part.span,
                    message: check.wording.partExceedsWhole(
                        quoted: check.document.text(in: found.part.span), part: ClaimBuilder.writtenValue(found.part.mention),
                        whole: ClaimBuilder.writtenValue(found.capacity.mention)))
            }
            + CapacityParts(check: check).countsBeforeCapacity().map { found in
                check.finding(
                    descriptor, at: found.span,
                    message: check.wording.partExceedsWhole(
                        quoted: check.document.text(in: found.span), part: found.value,
                        whole: ClaimBuilder.writtenValue(found.capacity.mention)))
            }
            + ListedParts(check: check).excesses().filter { excess in
                // A part above the whole on its own is reported once, as that part.
                !parts.contains { excess.span.overlaps($0.mention.span) }
            }.map { excess in
                check.finding(
                    descriptor, at: excess.span,
                    message: check.wording.partsExceedWhole(
                        quoted: check.document.text(in: excess.span), whole: excess.whole.text, parts: excess.parts))
            }
            + check.turnouts.excesses().filter { excess in
                // A count above its whole that another reading reports is reported once.
                !parts.contains { excess.part.mention.span.overlaps($0.mention.span) }
                    && !adjacent.contains { excess.part.mention.span.overlaps($0.mention.span) }
                    && !earlier.contains { excess.part.mention.span.overlaps($0.mention.span) }
                    && !claimFindings.contains { $0.span.overlaps(excess.part.mention.span) }
            }.map { excess in
                wholeFinding(
                    part: excess.part.mention, partSpan: excess.part.span, whole: excess.whole.mention,
                    wholeSpan: excess.whole.span, in: check)
            }
            + check.tallies.map { tally in
                let quoted = check.document.text(in: tally.span)
                switch tally.body {
                case .capacity(let written):
                    return check.finding(
                        descriptor, at: tally.span,
                        message: check.wording.tallyExceedsBody(
                            quoted: quoted, parts: tally.parts, size: tally.size, capacity: written, body: nil))
                case .reference(let name, let id, let facts, let takenUpAs):
                    return check.finding(
                        descriptor, at: tally.span,
                        message: check.wording.tallyExceedsBody(
                            quoted: quoted, parts: tally.parts, size: tally.size, capacity: nil, body: name),
                        evidence: facts.map { FactEvidence.statement($0, subject: id) }
                            + (takenUpAs.map { [Evidence(statement: check.wording.takenUp($0, as: name))] } ?? []))
                }
            }
            + DeclaredResults(check: check).excesses().filter { excess in
                !claimFindings.contains { $0.span.overlaps(excess.seats.span) }
            }.map { wholeFinding(part: $0.seats, partSpan: $0.seats.span, whole: $0.declared, wholeSpan: $0.declared.span, in: check) }
            + SeriesScores(check: check).excesses().map { excess in
                check.finding(
                    descriptor, at: excess.span,
                    message: check.wording.partsExceedWhole(
                        quoted: check.document.text(in: excess.span), whole: excess.series, parts: excess.sides))
            }
            + shareGroups(in: check).map { group in
                let quoted = check.document.text(in: group.span)
                return check.finding(
                    descriptor, at: group.span,
                    message: check.wording.sharesAboveWhole(quoted: quoted, total: group.total))
            }
            + PercentShares(check: check).aloneSharesAboveGroup().map { excess in
                check.finding(
                    descriptor, at: excess.span,
                    message: check.wording.partExceedsWhole(
                        quoted: check.document.text(in: excess.span), part: excess.part, whole: excess.whole))
            }
    }

    /// A count above the count of its whole, at the count, with the words of both as evidence
    /// (`partSpan`, `wholeSpan`: the counts with their nouns).
    private func wholeFinding(part: Mention, partSpan: Span, whole: Mention, wholeSpan: Span, in check: NumberCheck)
        -> Finding
    {
        check.finding(
            descriptor, at: part.span,
            message: check.wording.partExceedsWhole(
                quoted: check.document.text(in: part.span), part: ClaimBuilder.writtenValue(part),
                whole: ClaimBuilder.writtenValue(whole)),
            evidence: [check.turnoutEvidence(part: partSpan, whole: wholeSpan)])
    }

    /// Shares of one whole above 100 %, each group once.
    private func shareGroups(in check: NumberCheck) -> [PercentShares.Group] {
        let shares = PercentShares(check: check).groupsOverHundred()
        return shares
            + NamedShares(check: check).groupsOverHundred().filter { named in
                !shares.contains { $0.span.overlaps(named.span) }
            }
    }

    private func finding(for claim: Claim, in check: NumberCheck) -> Finding? {
        guard claim.isPart, let part = claim.value.lower else { return nil }
        let quoted = check.document.text(in: claim.span)
        if claim.isPercent {
            guard part > 100 else { return nil }
            return check.finding(descriptor, at: claim.span, message: check.wording.shareAboveWhole(quoted: quoted))
        }
        if let whole = claim.whole {
            let written = WrittenNumber(whole.text, language: check.document.language)
            guard
                let wholeValue = ClaimedValue(
                    whole, precision: written.precision(of: ClaimBuilder.writtenValue(whole))),
                let upper = wholeValue.upper, part > upper
            else { return nil }
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.partExceedsWhole(
                    quoted: quoted, part: part, whole: ClaimBuilder.writtenValue(whole)))
        }
        guard let subject = claim.subject, let facts = check.facts, !claim.time.isFuture,
            let day = claim.period?.upperBound ?? check.document.published,
            // « 19 jurés : 8 titulaires et 11 remplaçants »: a total the text breaks down itself.
            !ToldBreakdown.breaksDown(claim.mention, check: check)
        else { return nil }
        // A total in the claim's unit, or in none ("231.6 km" for « 480 kilomètres »).
        let totals = facts.numericFacts(claim.property, of: subject.id).filter {
            $0.holds(during: day...day) && FactVerdict.isComparable($0, with: claim)
        }
        // A whole with decimals is exceeded by a whole unit at least: « 232 kilomètres » rounds 231.6.
        guard let total = totals.map(\.value).max(), part > total, part - total >= 1 else { return nil }
        return check.finding(
            descriptor, at: claim.span,
            message: check.wording.partExceedsReference(
                quoted: quoted, part: part, subject: subject.name, whole: total),
            evidence: totals.map { FactEvidence.statement($0, subject: subject.id) })
    }
}
