import FactDeskKit
import Foundation

/// A numeric claim: a number tied to a property and, when the text says whose, a subject
/// ("les 196 pays membres d’INTERPOL": 196, `member-countries`, `interpol`).
struct Claim {
    /// The number as the extractor saw it.
    var mention: Mention
    /// The values the words allow.
    var value: ClaimedValue
    /// How the number is written, for corrections in the same style.
    var written: WrittenNumber
    /// The property the words name, and the words.
    var property: String
    var term: Span
    /// The number's words with the bound before it ("plus de 1 200"): what a correction replaces.
    var numberSpan: Span
    /// The claim's words, from the bound or number to the term or the other way round: what a
    /// finding quotes ("195 pays membres", "nombre de pays membres est de 195").
    var span: Span
    /// The reference subject the claim is about, when known, with its name in the draft's language.
    var subject: (id: String, name: String)?
    /// The day the sentence ties the claim to when it is not the publication date ("en 2020"),
    /// as a period of days; `nil` for the publication date.
    var period: ClosedRange<CalendarDate>?
    /// Whether the number counts part of the property rather than all of it ("150 des pays
    /// membres", "250 of the 196 member countries").
    var isPart: Bool
    /// For a part, the number written for the whole, if any ("196" in "250 of the 196…").
    var whole: Mention?
    /// Whether the number is a percentage.
    var isPercent: Bool { if case .percent = mention.value { true } else { false } }
    /// The index of the sentence it stands in.
    var sentence: Int
}
