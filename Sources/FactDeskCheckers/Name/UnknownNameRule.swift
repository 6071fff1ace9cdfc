import FactDeskKit
import FactDeskReference

/// Rule `unknown-name` (off by default): a person-like name — two capitalised words or more,
/// not in capitals — that the reference data does not know, once per draft. Useful to grow the
/// reference data; too noisy to run by default.
struct UnknownNameRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        let reference = NameExamples.reference
        return RuleDescriptor(
            id: "unknown-name", severity: .info,
            summary: "A person-like name the reference data does not know (off by default).",
            examples: [
                RuleExample(
                    "La délégation de ⟦Jean-Baptiste Kamara⟧ a rencontré Valdecy Urquiza.", language: .fr,
                    reference: reference),
                RuleExample(
                    "Chief Inspector ⟦Mary O’Brien⟧ met Ahmed Naser Al-Raisi; Mary O’Brien spoke.", language: .en,
                    reference: reference),
                RuleExample(
                    "Ahmed Naser Al-Raisi et Valdecy Urquiza sont à Marrakech ; M. Urquiza a parlé.", language: .fr,
                    reference: reference),
                RuleExample(
                    "Police chiefs met in Marrakesh; UNITED NATIONS OFFICIALS attended.", language: .en,
                    reference: reference),
                RuleExample("La délégation de Jean-Baptiste Kamara est arrivée.", language: .fr),
            ],
            enabledByDefault: false)
    }()

    func findings(in check: NameCheck) -> [Finding] {
        guard let book = check.book, book.recordCount > 0 else { return [] }
        var reported = Set<String>()
        return check.occurrences.compactMap { occurrence in
            guard occurrence.resolution == .unknown, occurrence.folded.count >= 2,
                isPersonLike(occurrence.comparedText),
                reported.insert(occurrence.folded.joined()).inserted
            else { return nil }
            return check.finding(descriptor, span: occurrence.span, message: check.wording.unknown(occurrence.text))
        }
    }

    /// Two words or more of letters, each capitalised and not all in capitals.
    private func isPersonLike(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.count >= 2
            && words.allSatisfy { word in
                word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                    && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "ʼ" }
            }
    }
}
