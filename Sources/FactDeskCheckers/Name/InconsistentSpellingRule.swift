import FactDeskKit

/// Rule `inconsistent-spelling`: the same name spelt two ways in one draft, even when the
/// reference data knows neither ("Al-Raisi", then "Al Raisi"), or accepts both ("Marrakech",
/// then "Marrakesh" in English), or a family name written alone otherwise than in the full name
/// ("Stamer" after "Keir Starmer", "Zelenskyy" after "Volodymyr Zelensky"), or a name first
/// written in a headline in capitals (« BAKARY TOURÉ REÇU À DAKAR », then "Bakary Tourré"). The later spelling
/// is flagged, the first suggested — unless a later spelling of the whole name outnumbers the
/// first, which is then the odd one out. Names already flagged as misspelt, lone words opening
/// a sentence, a name cut off by the end of the text, and spellings that differ only by accents
/// one of them leaves out ("Lefevre", "Lefèvre": unless `strict-accents`) are left out.
struct InconsistentSpellingRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        let reference = NameExamples.reference
        return RuleDescriptor(
            id: "inconsistent-spelling", severity: .warning,
            summary: "The same name spelt two ways in one draft.",
            examples: [
                RuleExample("Le ministre Karim Ben-Salah est arrivé ; M. ⟦Ben Salah⟧ a parlé.", language: .fr),
                RuleExample(
                    "Le commissaire Jean-Marc Lefèvre a parlé ; plus tard, ⟦Jean-Marc Lefévre⟧ a conclu.",
                    language: .fr),
                RuleExample(
                    "Le commissaire Jean-Marc Lefèvre a parlé ; plus tard, Jean-Marc Lefevre a conclu.", language: .fr),
                RuleExample("Le Ministere de la Santé a publié ; le Ministère des Sports a répondu.", language: .fr),
                RuleExample(
                    "Delegates reached Marrakesh on Monday; the talks in ⟦Marrakech⟧ lasted four days.", language: .en,
                    reference: reference),
                RuleExample(
                    "Inspector Siobhan O’Sullivan arrived; later ⟦Siobhan Osullivan⟧ left.", language: .en),
                RuleExample(
                    "Le maire ⟦Jean Montbrisson⟧ arrive ; Jean Montbrison parle, puis Jean Montbrison conclut.",
                    language: .fr),
                RuleExample("Les chercheurs du CERN publient ; le ⟦CENR⟧ confirme.", language: .fr),
                RuleExample("The UN and the NU met, as did the OSCE and the OECD.", language: .en),
                RuleExample("Le ministre Karim Ben-Salah est arrivé ; M. Ben-Salah a parlé.", language: .fr),
                RuleExample(
                    "Ahmed Naser Al-Raisi a parlé ; M. Al-Raisi a conclu, puis AL-RAISI est reparti.", language: .fr,
                    reference: reference),
                RuleExample("Siobhan O’Sullivan arrived; later O'Sullivan left.", language: .en),
                RuleExample(
                    "INTERPOL, or the Organization: OIPC-INTERPOL and Interpol met in Marrakesh.", language: .en,
                    reference: reference),
                RuleExample("Prime Minister Edwin Castellano arrived; later ⟦Castelano⟧ spoke.", language: .en),
                RuleExample("Analyst Priya Ramaswamy wrote; ⟦Ramasawmy⟧’s team replied.", language: .en),
                RuleExample("Le ministre Oleksandr Tkachenko arrive ; plus tard, ⟦Tkatchenko⟧ repart.", language: .fr),
                RuleExample("PRIYA RAMASWAMY: in the end, ⟦Priya Ramaswany⟧ thanked the jury.", language: .en),
                RuleExample("Spokesperson Arun Mukherjee spoke; later ⟦Mukherji⟧ added details.", language: .en),
                RuleExample("Ed Davey spoke first; Ed Miliband answered, and Davey left.", language: .en),
                RuleExample("Marta Hansen met Lars Jansen; later Hansen left with Jansen.", language: .en),
                RuleExample("Mayor Jean Castagnède spoke; then the council thanked Castagn", language: .en),
                RuleExample("Mauritania’s delegation met the Mauritanian minister Aminata Diallo.", language: .en),
                RuleExample("Minister Hassan Al-Mansouri spoke; later ⟦El-Mansouri⟧ left.", language: .en),
                RuleExample("Le ministre Hassan El-Mansouri a parlé, puis Hassan El-Mansouri est parti.", language: .fr),
                RuleExample("Analyst Katarzyna Nowak spoke; later ⟦Katarzina Nowak⟧ left.", language: .en),
                RuleExample("Analyst Katarzyna Nowak spoke; later Katarzyna Nowak left.", language: .en),
                RuleExample("Orbit X launched a rocket; later ⟦OrbitX⟧ landed it.", language: .en),
                RuleExample("Mayor Lena Szabo spoke; later ⟦Szaba⟧ left.", language: .en),
                RuleExample("La maire Lena Szabo a parlé ; Ilse Szobo et Szabo sont parties.", language: .fr),
                RuleExample(
                    "Dr. Raisi arrived; later Al-Raisi spoke.", language: .en, reference: reference),
                RuleExample("BAKARY TOURÉ REÇU À DAKAR. Le ministre ⟦Bakary Tourré⟧ a parlé.", language: .fr),
                RuleExample("SANNA VIRTANEN WINS IN OSLO. Minister Sanna Virtanen thanked the jury.", language: .en),
                RuleExample("Le général Marc Quentinot a parlé, puis ⟦Quentinaut⟧ a conclu.", language: .fr),
                RuleExample("General Marc Quentinot spoke; later ⟦Marc Quentinaut⟧ left.", language: .en),
                RuleExample("Officials of Yugoslavia and of the former Yugoslav army met Marc Quentinot.", language: .en),
                RuleExample("Le général Marc Quentinot et le colonel Paul Quentinet ont parlé.", language: .fr),
                RuleExample(
                    "⟦SANNA VIRTANEM⟧ WINS IN OSLO. Minister Sanna Virtanen spoke; Sanna Virtanen left.", language: .en),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        var groups = SpellingGroups()
        var pairs: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)] = []
        var firstSpellingCount: [Int: Int] = [:]
        for occurrence in check.occurrences where !occurrence.positional && !occurrence.isMisspelled {
            // The last word of a text that stops without punctuation was cut off ("… then the
            // mayor thanked Castagn"), not spelt.
            if occurrence.tokens.upperBound == check.document.tokens.count - 1 { continue }
            guard let (first, spelling) = groups.earlier(than: occurrence) else { continue }
            if SpellingComparison.compare(written: occurrence.comparedText, accepted: spelling) == .same {
                if spelling == first.comparedText { firstSpellingCount[first.span.start, default: 1] += 1 }
            } else if check.strictAccents
                || !SpellingComparison.differOnlyByFoldedAccents(occurrence.comparedText, spelling)
            {
                pairs.append((occurrence, first, spelling))
            }
        }
        let flipped = Self.majorities(pairs, firstSpellingCount: firstSpellingCount)
        var findings: [Finding] = []
        for (occurrence, first, spelling) in pairs {
            if let majority = flipped[first.span.start] {
                guard occurrence.comparedText != majority.comparedText else { continue }
                findings.append(finding(occurrence, spelling: majority.comparedText, at: majority, in: check))
            } else {
                findings.append(finding(occurrence, spelling: spelling, at: first, in: check))
            }
        }
        for majority in flipped.values {
            guard let first = pairs.first(where: { $0.occurrence.span == majority.span })?.first else { continue }
            findings.append(finding(first, spelling: majority.comparedText, at: majority, in: check))
        }
        return findings
    }

    /// For each group whose first spelling is outnumbered by one later spelling of the whole
    /// name, the first occurrence of that later spelling, by the group's first span start:
    /// "Porte de Versaille" once, then "Porte de Versailles" three times flags the first.
    private static func majorities(
        _ pairs: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)],
        firstSpellingCount: [Int: Int]
    ) -> [Int: NameOccurrence] {
        var byGroup: [Int: [(occurrence: NameOccurrence, first: NameOccurrence, spelling: String)]] = [:]
        for pair in pairs { byGroup[pair.first.span.start, default: []].append(pair) }
        var flipped: [Int: NameOccurrence] = [:]
        for (start, group) in byGroup {
            guard group.allSatisfy({ $0.spelling == $0.first.comparedText }) else { continue }
            var counts: [String: Int] = [:]
            for pair in group { counts[pair.occurrence.comparedText, default: 0] += 1 }
            guard let (spelling, count) = counts.max(by: { $0.value < $1.value }),
                count > firstSpellingCount[start, default: 1],
                counts.values.filter({ $0 == count }).count == 1
            else { continue }
            flipped[start] = group.first { $0.occurrence.comparedText == spelling }?.occurrence
        }
        return flipped
    }

    /// The finding on an occurrence written otherwise than `spelling`, written at `model`.
    private func finding(_ occurrence: NameOccurrence, spelling: String, at model: NameOccurrence, in check: NameCheck)
        -> Finding
    {
        let line = check.document.location(of: model.span.start).line
        let later = model.span.start > occurrence.span.start
        return check.finding(
            descriptor, span: occurrence.span,
            message: check.wording.inconsistent(occurrence.text, earlier: spelling, line: line, later: later),
            suggestions: [spelling],
            evidence: [
                Evidence(statement: "\(later ? "mostly" : "first") written “\(spelling)” from line \(line)")
            ])
    }
}
