import FactDeskKit

/// Rule `inconsistent-spelling`: the same name spelt two ways in one draft, even when the
/// reference data knows neither ("Al-Raisi", then "Al Raisi"), or accepts both ("Marrakech",
/// then "Marrakesh" in English). The later spelling is flagged, the first suggested. Names
/// already flagged as misspelt, lone words opening a sentence, and spellings that differ only
/// by accents one of them leaves out ("Lefevre", "Lefèvre": unless `strict-accents`) are left out.
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
                RuleExample("Le ministre Karim Ben-Salah est arrivé ; M. Ben-Salah a parlé.", language: .fr),
                RuleExample(
                    "Ahmed Naser Al-Raisi a parlé ; M. Al-Raisi a conclu, puis AL-RAISI est reparti.", language: .fr,
                    reference: reference),
                RuleExample("Siobhan O’Sullivan arrived; later O'Sullivan left.", language: .en),
                RuleExample(
                    "INTERPOL, or the Organization: OIPC-INTERPOL and Interpol met in Marrakesh.", language: .en,
                    reference: reference),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        var groups = SpellingGroups()
        return check.occurrences.compactMap { occurrence in
            guard !occurrence.positional, !occurrence.isMisspelled,
                let (first, spelling) = groups.earlier(than: occurrence),
                SpellingComparison.compare(written: occurrence.comparedText, accepted: spelling) != .same,
                check.strictAccents || !SpellingComparison.differOnlyByFoldedAccents(occurrence.comparedText, spelling)
            else { return nil }
            let line = check.document.location(of: first.span.start).line
            return check.finding(
                descriptor, span: occurrence.span,
                message: check.wording.inconsistent(occurrence.text, earlier: spelling, line: line),
                suggestions: [spelling],
                evidence: [Evidence(statement: "first written “\(spelling)” on line \(line)")])
        }
    }
}
