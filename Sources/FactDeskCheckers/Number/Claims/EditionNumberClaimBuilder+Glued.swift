import FactDeskKit
import Foundation

extension EditionNumberClaimBuilder {
    /// The most digits an edition glued to a series' name has.
    static let gluedDigits = 3

    /// "CPV30", "ABC7": a name of two or more Latin letters with the edition's number glued on,
    /// when the letters are a series' name. The claim's mention is the number, spanning the name.
    func gluedClaim(_ name: Mention) -> EditionNumberClaim? {
        let text = name.text
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard letters.count >= 2, (1...Self.gluedDigits).contains(digits.count),
            digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number > 0
        else { return nil }
        let token = document.tokenIndex(from: name.span.start)
        guard
            let match = reference.subjects(namedIn: [String(letters)], language: document.language).first(where: {
                $0.subject.kind == .series && $0.words == 0..<1
            })
        else { return nil }
        let series = SubjectOccurrence(
            id: match.subject.id, kind: .series, name: match.subject.name, tokens: token..<token + 1)
        let mention = Mention(
            kind: .number, text: String(digits), span: name.span, value: .number(Decimal(number)))
        return makeClaim(mention, number: number, span: name.span, series: series)
    }
}
