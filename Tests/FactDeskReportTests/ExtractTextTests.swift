import FactDeskKit
import Testing

@testable import FactDeskReport

@Suite("ExtractText")
struct ExtractTextTests {
    @Test("renders the golden mention table")
    func golden() {
        let text = "Lundi 24 novembre 2025 :\n196 pays, 12,5 %, quatre jours, Al-Raisi."
        let document = Document(path: "drafts/a.md", text: text, language: .fr, published: Fixtures.published)
        func mention(_ kind: Mention.Kind, _ words: String, _ value: Mention.Value) -> Mention {
            Mention(kind: kind, text: words, span: Fixtures.span(of: words, in: text), value: value)
        }
        let mentions = [
            mention(
                .date, "Lundi 24 novembre 2025", .date(PartialDate(year: 2025, month: 11, day: 24), weekday: .monday)),
            mention(.number, "196", .number(196)),
            mention(.percent, "12,5 %", .percent(12.5)),
            mention(.duration, "quatre jours", .duration(amount: 4, unit: .day)),
            mention(.name, "Al-Raisi", .name(entity: nil)),
        ]
        let expected = """
            drafts/a.md: language fr, published 2025-11-24 (given)
              1:1   date      2025-11-24 (monday)  "Lundi 24 novembre 2025"
              2:1   number    196                  "196"
              2:11  percent   12.5%                "12,5 %"
              2:19  duration  4 days               "quatre jours"
              2:33  name      no entity            "Al-Raisi"
            5 mentions

            """
        #expect(ExtractText().render(document: document, mentions: mentions) == expected)
    }

    @Test("says when the publication date is unknown and counts one mention in the singular")
    func unknownDate() {
        let document = Document(path: "-", text: "Le 93e.", language: .fr)
        let mention = Mention(kind: .ordinal, text: "93e", span: Span(start: 3, end: 6), value: .ordinal(93))
        #expect(
            ExtractText().render(document: document, mentions: [mention])
                == "<stdin>: language fr, publication date unknown\n  1:4  ordinal  #93  \"93e\"\n1 mention\n")
    }

    @Test(
        "writes values in words",
        arguments: [
            (
                Mention.Value.dateRange(start: PartialDate(month: 11, day: 24), end: PartialDate(month: 11, day: 27)),
                "--11-24/--11-27"
            ),
            (
                .dateRange(
                    start: PartialDate(month: 11, day: 24), end: PartialDate(month: 11, day: 27),
                    startWeekday: .monday, endWeekday: nil),
                "--11-24/--11-27 (monday/-)"
            ),
            (.weekday(.sunday), "sunday"),
            (.relativeDate(.days(-1)), "-1 day"),
            (.relativeDate(.years(2)), "+2 years"),
            (.relativeDate(.weekday(.monday, offset: -1)), "last monday"),
            (.anniversary(10), "anniversary #10"),
            (.duration(amount: 1, unit: .week), "1 week"),
            (.name(entity: "interpol"), "entity interpol"),
        ])
    func value(value: Mention.Value, expected: String) {
        #expect(ExtractText.value(value) == expected)
    }
}
