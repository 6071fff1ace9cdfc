import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReport

@Suite("ExtractJSON")
struct ExtractJSONTests {
    /// One mention of each shape, as the extractors would report them.
    static let mentions: [Mention] = [
        Mention(
            kind: .date, text: "lundi 24 novembre 2025", span: Span(start: 3, end: 25),
            value: .date(PartialDate(year: 2025, month: 11, day: 24), weekday: .monday)),
        Mention(
            kind: .date, text: "24 novembre", span: Span(start: 9, end: 20),
            value: .date(PartialDate(month: 11, day: 24), weekday: nil)),
        Mention(
            kind: .date, text: "novembre 2025", span: Span(start: 12, end: 25),
            value: .date(PartialDate(year: 2025, month: 11), weekday: nil)),
        Mention(
            kind: .dateRange, text: "du 24 au 27 novembre", span: Span(start: 27, end: 47),
            value: .dateRange(
                start: PartialDate(year: 2025, month: 11, day: 24), end: PartialDate(year: 2025, month: 11, day: 27))),
        Mention(kind: .weekday, text: "lundi", span: Span(start: 3, end: 8), value: .weekday(.monday)),
        Mention(
            kind: .duration, text: "quatre jours", span: Span(start: 49, end: 61),
            value: .duration(amount: 4, unit: .day)),
        Mention(kind: .number, text: "196", span: Span(start: 63, end: 66), value: .number(196)),
        Mention(kind: .number, text: "0,1", span: Span(start: 67, end: 70), value: .number(Decimal(string: "0.1")!)),
        Mention(
            kind: .number, text: "12345678901234567890,5", span: Span(start: 108, end: 130),
            value: .number(Decimal(string: "12345678901234567890.5")!)),
        Mention(kind: .ordinal, text: "93e", span: Span(start: 73, end: 76), value: .ordinal(93)),
        Mention(
            kind: .percent, text: "12,5 %", span: Span(start: 78, end: 84), value: .percent(Decimal(string: "12.5")!)),
        Mention(
            kind: .name, text: "Ahmed Naser Al-Raisi", span: Span(start: 86, end: 106),
            value: .name(entity: "ahmed-naser-al-raisi")),
        Mention(kind: .name, text: "Al-Raisi", span: Span(start: 98, end: 106), value: .name(entity: nil)),
        Mention(
            kind: .dateRange, text: "du lundi 24 au jeudi 27 novembre", span: Span(start: 140, end: 172),
            value: .dateRange(
                start: PartialDate(year: 2025, month: 11, day: 24), end: PartialDate(year: 2025, month: 11, day: 27),
                startWeekday: .monday, endWeekday: .thursday)),
        Mention(kind: .relativeDate, text: "hier", span: Span(start: 174, end: 178), value: .relativeDate(.days(-1))),
        Mention(
            kind: .relativeDate, text: "lundi prochain", span: Span(start: 180, end: 194),
            value: .relativeDate(.weekday(.monday, offset: 1))),
        Mention(
            kind: .anniversary, text: "10e anniversaire", span: Span(start: 196, end: 212), value: .anniversary(10)),
    ]

    /// The `value` each of ``mentions`` must be written as, compact with sorted keys.
    static let expectedValues = [
        #""2025-11-24""#, #""--11-24""#, #""2025-11""#, #"{"end":"2025-11-27","start":"2025-11-24"}"#, #""monday""#,
        #"{"amount":4,"unit":"day"}"#, "196", "0.1", #""12345678901234567890.5""#, "93", "12.5",
        #"{"entity":"ahmed-naser-al-raisi"}"#, #"{"entity":null}"#,
        #"{"end":"2025-11-27","start":"2025-11-24"}"#, #"{"offset":-1,"unit":"day"}"#,
        #"{"offset":1,"weekday":"monday"}"#, "10",
    ]

    @Test("renders the golden factdesk.extract/1 document")
    func golden() throws {
        let payload = ExtractJSON(language: .fr, published: nil, mentions: [Self.mentions[1], Self.mentions[6]])
        let expected = """
            {
              "language" : "fr",
              "mentions" : [
                {
                  "kind" : "date",
                  "span" : {
                    "end" : 20,
                    "start" : 9
                  },
                  "text" : "24 novembre",
                  "value" : "--11-24",
                  "weekday" : null
                },
                {
                  "kind" : "number",
                  "span" : {
                    "end" : 66,
                    "start" : 63
                  },
                  "text" : "196",
                  "value" : 196
                }
              ],
              "published" : null,
              "schema" : "factdesk.extract/1"
            }

            """
        #expect(try payload.rendered() == expected)
    }

    @Test("writes each kind's value in the schema's shape; decimals that a double would round as strings")
    func values() throws {
        let root = try JSONTestSupport.object(
            try ExtractJSON(language: .fr, published: Fixtures.published, mentions: Self.mentions).rendered())
        #expect(JSONTestSupport.keys(root) == ["language", "mentions", "published", "schema"])
        #expect(root["schema"] as? String == "factdesk.extract/1")
        #expect(root["published"] as? String == "2025-11-24")
        let mentions = try #require(root["mentions"] as? [[String: Any]])
        #expect(try mentions.map { try JSONTestSupport.compact($0["value"]!) } == Self.expectedValues)
        #expect(
            mentions.map { $0["kind"] as? String } == Self.mentions.map(\.kind.rawValue),
            "kinds named as in the schema")
        for (mention, object) in zip(Self.mentions, mentions) {
            let keys = ["kind", "span", "text", "value"]
            let expectedKeys =
                switch mention.value {
                case .date: keys + ["weekday"]
                case .dateRange(_, _, nil, nil): keys
                case .dateRange: keys + ["weekdays"]
                default: keys
                }
            #expect(JSONTestSupport.keys(object) == expectedKeys)
            #expect(JSONTestSupport.keys(object["span"]) == ["end", "start"])
        }
        #expect(mentions[0]["weekday"] as? String == "monday")
        #expect(mentions[1]["weekday"] is NSNull)
        #expect(try JSONTestSupport.compact(mentions[13]["weekdays"]!) == #"{"end":"thursday","start":"monday"}"#)
    }

    @Test("reads back exactly what it writes, big decimals included")
    func roundTrip() throws {
        let written = ExtractJSON(language: .en, published: Fixtures.published, mentions: Self.mentions)
        let read = try JSONDecoder().decode(ExtractJSON.self, from: Data(try written.rendered().utf8))
        #expect(read == written)
    }

    @Test(
        "parses every partial date form it writes, and nothing else",
        arguments: ["2025-11-24", "2025-11", "2025", "--11-24", "--11", "---24"])
    func partialDates(text: String) throws {
        #expect(try #require(PartialDate(isoPartial: text)).description == text)
    }

    @Test(
        "rejects malformed partial dates",
        arguments: ["", "25-11-24", "2025-1-24", "2025-11-24-1", "--1124", "2025-xx"])
    func malformedPartialDates(text: String) {
        #expect(PartialDate(isoPartial: text) == nil)
    }
}
