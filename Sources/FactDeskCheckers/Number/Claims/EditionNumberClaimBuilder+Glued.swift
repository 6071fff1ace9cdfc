import FactDeskKit
import Foundation

extension EditionNumberClaimBuilder {
    /// The most digits an edition glued to a series' name has.
    static let gluedDigits = 3

    /// "CPV30", "ABC7": a name of two or more Latin letters with the edition's number glued on,
    /// when the letters are a series' name. The claim's mention is the number, spanning the name.
    /// A name that goes on past it (« la CPV30 de Valmora ») gives the edition its place: the
    /// claim is read only when the rest spells the place of one of the series' editions, and
    /// with no year or place from the rest of the sentence (« Mardi à Kiel, … lors de la CPV27 de
    /// Tallinn » is not about the edition held in Kiel).
    func gluedClaim(_ name: Mention) -> EditionNumberClaim? {
        let text = name.text.prefix { !$0.isWhitespace }
        let span = Span(start: name.span.start, end: name.span.start + text.unicodeScalars.count)
        let token = document.tokenIndex(from: name.span.start)
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard letters.count >= 2, (1...Self.gluedDigits).contains(digits.count),
            digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number > 0
        else { return nil }
        let sentence = document.sentenceIndex(of: name.span.start)
        // "UNGA79": initials of a series' name after its organisation's acronym (``SeriesAcronyms``).
        guard
            let match = reference.subjects(namedIn: [String(letters)], language: document.language).first(where: {
                $0.subject.kind == .series && $0.words == 0..<1
            })?.subject
                ?? names.acronyms.series(
                    acronym: String(letters), following: nil,
                    nearby: Set(names.inSentence(sentence).filter { $0.kind == .organization }.map(\.id)))
        else { return nil }
        let series = SubjectOccurrence(id: match.id, kind: .series, name: match.name, tokens: token..<token + 1)
        let mention = Mention(
            kind: .number, text: String(digits), span: span, value: .number(Decimal(number)))
        guard name.span.end > span.end else { return makeClaim(mention, number: number, span: span, series: series) }
        let nameTokens = document.tokenRange(of: name.span)
        guard let claim = makeClaim(mention, number: number, span: span, series: series, window: nameTokens),
            claim.place != nil
        else { return nil }
        return claim
    }
}
