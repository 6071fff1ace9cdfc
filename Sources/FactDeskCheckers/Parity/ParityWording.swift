import FactDeskKit

/// The parity checker's messages and evidence, in the draft's language.
struct ParityWording {
    let language: Language
    /// The other version's language.
    let otherLanguage: Language

    /// « la version anglaise », "the French version".
    var otherVersion: String {
        switch (language, otherLanguage) {
        case (.fr, .en): "la version anglaise"
        case (.fr, .fr): "l’autre version française"
        case (.en, .fr): "the French version"
        case (.en, .en): "the other English version"
        }
    }

    func quoted(_ text: String) -> String {
        language == .fr ? "« \(text) »" : "“\(text)”"
    }

    private var otherVersionOpening: String { otherVersion.prefix(1).uppercased() + otherVersion.dropFirst() }

    /// A value the other version states otherwise.
    func otherValue(_ written: String, other: String) -> String {
        language == .fr
            ? "\(quoted(written)) : \(otherVersion) donne \(quoted(other))."
            : "\(quoted(written)): \(otherVersion) says \(quoted(other))."
    }

    /// A name the other version spells otherwise.
    func otherSpelling(_ written: String, other: String, suggestion: String?) -> String {
        let reference = suggestion.map {
            language == .fr ? " ; les données de référence écrivent \(quoted($0))" : "; the reference data spells it \(quoted($0))"
        } ?? ""
        return language == .fr
            ? "\(quoted(written)) : \(otherVersion) écrit \(quoted(other))\(reference)."
            : "\(quoted(written)): \(otherVersion) spells it \(quoted(other))\(reference)."
    }

    /// A fact the other version does not state.
    func missing(_ written: String) -> String {
        language == .fr
            ? "\(quoted(written)) : \(otherVersion) ne le dit pas dans le paragraphe correspondant, ni ailleurs."
            : "\(quoted(written)): \(otherVersion) does not state it in the matching paragraph, nor elsewhere."
    }

    /// The other version's words around a fact, with its file and line.
    func evidence(_ fact: ParityFact, in other: Document) -> Evidence {
        let quote = other.quote(fact.span)
        let excerpt = (quote.prefix + quote.exact + quote.suffix).split(whereSeparator: \.isNewline).joined(separator: " ")
        let line = other.location(of: fact.span.start).line
        let statement = language == .fr
            ? "\(otherVersionOpening), ligne \(line) : « …\(excerpt)… »"
            : "\(otherVersionOpening), line \(line): “…\(excerpt)…”"
        return Evidence(statement: statement, source: "\(other.path):\(line)")
    }

    /// The paragraph of the other version a fact was looked for in.
    func paragraphEvidence(_ paragraph: Span, in other: Document) -> Evidence {
        let line = other.location(of: paragraph.start).line
        let statement = language == .fr
            ? "\(otherVersionOpening), paragraphe correspondant à la ligne \(line)"
            : "\(otherVersionOpening), matching paragraph at line \(line)"
        return Evidence(statement: statement, source: "\(other.path):\(line)")
    }
}
