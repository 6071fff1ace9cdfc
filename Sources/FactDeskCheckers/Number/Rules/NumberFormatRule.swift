import FactDeskKit

/// Rule `number-format`: numbers written in the other language's convention ("1,234.5" in a
/// French text, "1.234,5" in an English one; in French, a decimal point in a quantity — before a
/// scale word, a currency or "%" — where "12.5" cannot be a section number), and, in French, a
/// decimal point in a text that writes decimal commas elsewhere.
struct NumberFormatRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "number-format", severity: .info,
        summary: "Numbers written in the other language's convention, or with mixed decimal marks.",
        examples: [
            RuleExample("Le budget atteint ⟦1,234.5⟧ millions, soit ⟦2,500,000⟧ euros de plus.", language: .fr),
            RuleExample("Une hausse de 12,5 % et de ⟦3.5⟧ points.", language: .fr),
            RuleExample("Le coût atteint ⟦12.5⟧ millions d’euros, en hausse de ⟦3.5⟧ %.", language: .fr),
            RuleExample("The budget reached ⟦1.234,5⟧ million and ⟦2.500.000⟧ euros.", language: .en),
            RuleExample("Le budget atteint 1 234,5 millions, 1.234,5 millions ou 2 500 000 euros.", language: .fr),
            RuleExample("Une hausse de 3.5 points, puis de 4.2 points, selon l’article 12.5.", language: .fr),
            RuleExample("The budget reached 1,234.5 million, up 12.5%, with 1 234 staff.", language: .en),
        ])

    func findings(in check: NumberCheck) -> [Finding] {
        let language = check.document.language
        let written = check.numbers.map { WrittenNumber($0.text, language: language) }
        let decimalComma = language == .fr ? written.first { $0.decimalMark == "," } : nil
        return zip(check.numbers, written).compactMap { mention, written -> Finding? in
            guard written.form == .digits, mention.kind == .number || mention.kind == .percent else { return nil }
            let isForeign =
                isForeign(written, language: language) || isPointInFrenchQuantity(written, mention, language: language)
            let example = decimalComma.flatMap { written.decimalMark == "." && written.groupMark == nil ? $0 : nil }
            guard isForeign || example != nil else { return nil }
            let start = mention.span.start + written.prefix.unicodeScalars.count
            let span = Span(start: start, end: start + written.digits.unicodeScalars.count)
            let quoted = check.document.text(in: span)
            let group: Character? = written.groupMark == nil ? nil : (language == .fr ? "\u{202F}" : ",")
            let corrected = WrittenNumber.digits(written.digitsValue, group: group, decimal: nil, language: language)
            let message =
                if let example, !isForeign {
                    check.wording.mixedDecimalMarks(quoted: quoted, corrected: corrected, example: String(example.digits))
                } else {
                    check.wording.foreignConvention(quoted: quoted, corrected: corrected)
                }
            return check.finding(descriptor, at: span, message: message, suggestions: [corrected])
        }
    }

    /// A French decimal point in a quantity: digits with a point and no group mark followed by a
    /// scale word, a currency or a unit ("12.5 millions", "3.5 %"), never a section number.
    private func isPointInFrenchQuantity(_ written: WrittenNumber, _ mention: Mention, language: Language) -> Bool {
        language == .fr && written.decimalMark == "." && written.groupMark == nil
            && (mention.kind == .percent || written.suffix.contains { !$0.isWhitespace })
    }

    /// Groups by commas with a decimal point in French; groups by periods in English.
    private func isForeign(_ written: WrittenNumber, language: Language) -> Bool {
        switch language {
        case .fr: written.groupMark == ","
        case .en: written.groupMark == "." || written.decimalMark == ","
        }
    }
}
