import FactDeskKit

/// Examples of a treaty's founding told by its signing: the Kesra Accord, an invented treaty
/// signed on 12 April 2001, read on Friday 10 April 2026, two days before its 25th anniversary.
enum SignedAccordExamples {
    static let accord = InMemoryReference.Subject(
        id: "kesra-accord", kind: .other, names: ["Kesra Accord", "accord de Kesra"],
        founded: PartialDate(year: 2001, month: 4, day: 12))
    static let reference = InMemoryReference([accord])
    static let published = CalendarDate(iso: "2026-04-10")

    private static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: reference)
    }

    /// `anniversary-mismatch`: "the 25th anniversary of the signing of the Kesra Accord", "the
    /// Accord" after the full name, and a heading "Kesra Accord 25 years".
    static let anniversaries: [RuleExample] = [
        example("The city marks the ⟦20th anniversary of the signing of the Kesra Accord⟧.", .en),
        example("The city marks the 25th anniversary of the signing of the Kesra Accord.", .en),
        example("La ville célèbre le ⟦20e anniversaire de la signature de l’accord de Kesra⟧.", .fr),
        example("La ville célèbre le 25e anniversaire de la signature de l’accord de Kesra.", .fr),
        example("The Kesra Accord ended the war. Crowds gathered for the ⟦20th anniversary of the signing of the Accord⟧.", .en),
        example("The Kesra Accord ended the war. Crowds gathered for the 25th anniversary of the signing of the Accord.", .en),
        example("The Kesra Accord ended the war. On the 20th anniversary of the Accord Hall, crowds gathered.", .en),
        // A heading that ends on the years after the name.
        example("Kesra Accord ⟦20 years⟧", .en),
        example("Kesra Accord: ⟦20 years⟧", .en),
        example("Kesra Accord 25 years", .en),
        example("The talks behind the Kesra Accord took 20 years", .en),
    ]

    /// `elapsed-years-mismatch`: "signed N years ago", and "N years ago … the signing of".
    static let elapsedYears: [RuleExample] = [
        example("The Kesra Accord was signed ⟦20 years⟧ ago.", .en),
        example("The Kesra Accord was signed 25 years ago.", .en),
        example("L’accord de Kesra a été signé il y a ⟦vingt ans⟧.", .fr),
        example("L’accord de Kesra a été signé il y a vingt-cinq ans.", .fr),
        example("It was on a Thursday ⟦20 years⟧ ago that history was made in the signing of the Kesra Accord.", .en),
        example("It was on a Thursday 25 years ago that history was made in the signing of the Kesra Accord.", .en),
        example("The Kesra Accord turned a page 20 years ago, when the last troops left.", .en),
    ]
}
