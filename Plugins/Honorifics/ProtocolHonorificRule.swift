import FactDeskKit

/// Rule `protocol-honorific`: a protocol honorific before a name ("SM le Roi Mohammed VI",
/// "His Excellency Ambassador Jane Smith"), which news copy leaves out.
enum ProtocolHonorificRule {
    /// The honorifics, as words, by language. Abbreviations match only in capitals ("SE", not
    /// the pronoun "se"); the other words match in any case.
    static let honorifics: [Language: [[String]]] = [
        .fr: [
            ["SM"], ["SAR"], ["SE"], ["Sa", "Majesté"], ["Son", "Excellence"], ["Son", "Altesse", "royale"],
            ["Son", "Altesse"],
        ],
        .en: [
            ["HM"], ["HRH"], ["HE"], ["His", "Majesty"], ["Her", "Majesty"], ["His", "Excellency"],
            ["Her", "Excellency"], ["His", "Royal", "Highness"], ["Her", "Royal", "Highness"],
        ],
    ]

    /// The words passed between an honorific and the name ("SM le Roi…").
    static let articles: Set<String> = ["le", "la", "l", "the"]

    static let descriptor = RuleDescriptor(
        id: "protocol-honorific", severity: .info,
        summary: "A protocol honorific (SM, Son Excellence, His Majesty…) before a name.",
        examples: [
            RuleExample("Un message de ⟦SM⟧ le Roi Mohammed VI a été lu aux délégués.", language: .fr),
            RuleExample("⟦Son Excellence⟧ M. Omar Benali, ambassadeur, était présent.", language: .fr),
            RuleExample("A message from ⟦His Majesty⟧ King Mohammed VI was read out.", language: .en),
            RuleExample("⟦HE⟧ Ambassador Jane Smith attended the opening.", language: .en),
            RuleExample("Un message du roi Mohammed VI a été lu aux délégués.", language: .fr),
            RuleExample("Il se rend à Marrakech ; sa majesté impressionnait les visiteurs.", language: .fr),
            RuleExample("He met King Mohammed VI in Marrakech.", language: .en),
        ])

    /// The honorifics before names in a document.
    static func findings(in words: WordSequence, checker: String) -> [Finding] {
        let forms = honorifics[words.document.language] ?? []
        var findings: [Finding] = []
        var index = 0
        while index < words.words.count {
            guard let form = forms.first(where: { matches($0, at: index, in: words) }),
                words.nameFollows(from: index + form.count, skipping: articles)
            else {
                index += 1
                continue
            }
            let span = words.span(index...(index + form.count - 1))
            let written = words.document.text(in: span)
            findings.append(
                words.document.finding(
                    checker: checker, rule: descriptor.id, severity: descriptor.severity, span: span,
                    message: message(written, language: words.document.language)))
            index += form.count
        }
        return findings
    }

    private static func matches(_ form: [String], at index: Int, in words: WordSequence) -> Bool {
        guard index + form.count <= words.words.count else { return false }
        for (offset, expected) in form.enumerated() {
            let word = words.words[index + offset].text
            let isAbbreviation = expected.allSatisfy(\.isUppercase)
            guard isAbbreviation ? word == expected : word.lowercased() == expected.lowercased() else { return false }
            if offset > 0, !words.areAdjacent(index + offset - 1, index + offset) { return false }
        }
        return true
    }

    private static func message(_ written: String, language: Language) -> String {
        switch language {
        case .fr: "« \(written) » : formule protocolaire, qu’un article de presse omet devant le nom."
        case .en: "“\(written)”: a protocol honorific, which news copy leaves out before the name."
        }
    }
}
