import FactDeskKit

extension EventDurationMismatchRule {
    /// A series the text knows only by the place of its edition: the 12th Nordic Fisheries
    /// Assembly, Monday 18 to Tuesday 26 May 2026 in Bergen (nine days), read on its opening day.
    static let eventsOfAPlace: [RuleExample] = {
        let bergen = InMemoryReference.Subject(id: "bergen", kind: .place, names: ["Bergen"])
        let assembly = InMemoryReference.Subject(
            id: "nordic-fisheries-assembly", kind: .series, names: ["Nordic Fisheries Assembly"],
            editions: [
                ReferenceEdition(
                    number: 12, start: PartialDate(year: 2026, month: 5, day: 18),
                    end: PartialDate(year: 2026, month: 5, day: 26), placeSpellings: ["Bergen"],
                    source: ReferenceSource(location: "reference/series.yml:3:9"))
            ])
        let reference = InMemoryReference([bergen, assembly])
        func example(_ text: String, _ language: Language, published: String = "2026-05-18") -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: published), reference: reference)
        }
        return [
            example("The minister is already in Bergen with her team for the ⟦7-day⟧ meeting.", .en),
            example("The minister is already in Bergen with her team for the 9-day meeting.", .en),
            example("La ministre est à Bergen pour une réunion de ⟦trois jours⟧.", .fr),
            example("La ministre est à Bergen pour une réunion de neuf jours.", .fr),
            example("The minister spent three days in Bergen before the meeting.", .en),
            example("The minister is in Bergen for a three-day meeting.", .en, published: "2026-08-03"),
        ]
    }()
}
