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
    /// How a description or possessive was read as the subject ("the Alliance" as NATO), if one was.
    var subjectReading: SubjectReading?
    /// When the claim speaks of.
    var time: ClaimTime
    /// Whether only a preposition makes the count a total ("de 195 pays membres", "from 40
    /// member countries"): such a count may as well be some of them, so it is held against a
    /// reference value only when near it.
    var isWeak: Bool
    /// Whether the number counts part of the property rather than all of it ("150 des pays
    /// membres", "250 of the 196 member countries").
    var isPart: Bool
    /// For a part, the number written for the whole, if any ("196" in "250 of the 196…").
    var whole: Mention?
    /// Whether the count is a capacity joined to its word by a hyphen ("the 650-seat Parliament"),
    /// the whole of the other counts of its property in the sentence.
    var isCapacity = false
    /// Whether its sentence gives a date near it ("In 2019, INTERPOL had 194"): without a
    /// publication date, such a claim speaks of a day that cannot be told from the present.
    var isDated = false
    /// How many named others the words count with the number: the values allow the number plus
    /// them ("Pelicot and his 50 co-defendants" states 51 defendants).
    var companions: Decimal = 0
    /// The days the claim speaks of, when they are before the publication date ("en 2020").
    var period: ClosedRange<CalendarDate>? {
        if case .past(let period) = time { period } else { nil }
    }

    /// How far from a reference value a weak count may be and still claim the total.
    static let weakReach = Decimal(string: "0.25")!

    /// Whether the claim can be meant as the total `value`: always, unless it is weak and far
    /// below it ("les représentants de 12 pays membres" are some of 196). Some of them are never
    /// more than all of them: a weak count above the total contradicts it however far ("police
    /// chiefs from 961 member countries" of 196).
    func canClaimTotal(_ value: Decimal) -> Bool {
        guard isWeak else { return true }
        let written = ClaimBuilder.writtenValue(mention)
        return written > value || abs(written - value) <= abs(value) * Self.weakReach
    }

    /// Whether the number is a percentage.
    var isPercent: Bool { if case .percent = mention.value { true } else { false } }
}

/// When a claim speaks of.
enum ClaimTime: Hashable {
    /// The publication date: the sentence gives no other date, or speaks in the present.
    case published
    /// Days before the publication date that the sentence gives ("en 2019"), or any days it
    /// gives in a draft without a publication date.
    case past(ClosedRange<CalendarDate>)
    /// Days after the publication date that the sentence gives ("d’ici 2030", "on 3 May"):
    /// reference data can tell only of the weeks ahead (``FactVerdict/nearFuture``).
    case future(ClosedRange<CalendarDate>)

    /// Whether the claim speaks of days after the publication date.
    var isFuture: Bool { if case .future = self { true } else { false } }
}
