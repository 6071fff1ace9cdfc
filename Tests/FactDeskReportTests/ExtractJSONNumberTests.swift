import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReport

/// Number ranges, bounds and currencies in `factdesk.extract/1`.
@Suite("ExtractJSON numbers")
struct ExtractJSONNumberTests {
    static let mentions: [Mention] = [
        Mention(
            kind: .numberRange, text: "entre 150 et 200", span: Span(start: 0, end: 16),
            value: .numberRange(low: 150, high: 200)),
        Mention(
            kind: .number, text: "1 200", span: Span(start: 26, end: 31), value: .number(1_200),
            bound: NumberBound(.moreThan, span: Span(start: 18, end: 25))),
        Mention(
            kind: .number, text: "3,2 Md€", span: Span(start: 33, end: 40), value: .number(3_200_000_000), unit: "EUR"),
        Mention(
            kind: .percent, text: "12,5 %", span: Span(start: 49, end: 55), value: .percent(Decimal(string: "12.5")!),
            bound: NumberBound(.approximately, span: Span(start: 42, end: 48))),
    ]

    private func objects() throws -> [[String: Any]] {
        let root = try JSONTestSupport.object(
            try ExtractJSON(language: .fr, published: nil, mentions: Self.mentions).rendered())
        return try #require(root["mentions"] as? [[String: Any]])
    }

    @Test("a range's value is {low, high}; a bound and a currency have keys of their own")
    func shapes() throws {
        let objects = try objects()
        #expect(objects.map { $0["kind"] as? String } == ["number-range", "number", "number", "percent"])
        #expect(try JSONTestSupport.compact(objects[0]["value"]!) == #"{"high":200,"low":150}"#)
        #expect(JSONTestSupport.keys(objects[0]) == ["kind", "span", "text", "value"])
        #expect(
            try JSONTestSupport.compact(objects[1]["bound"]!)
                == #"{"relation":"more-than","span":{"end":25,"start":18}}"#)
        #expect(objects[2]["unit"] as? String == "EUR")
        #expect(try JSONTestSupport.compact(objects[2]["value"]!) == "3200000000")
        #expect(JSONTestSupport.keys(objects[2]) == ["kind", "span", "text", "unit", "value"])
        #expect(
            try JSONTestSupport.compact(objects[3]["bound"]!)
                == #"{"relation":"approximately","span":{"end":48,"start":42}}"#)
    }

    @Test("reads back what it writes")
    func roundTrip() throws {
        let written = ExtractJSON(language: .fr, published: nil, mentions: Self.mentions)
        #expect(try JSONDecoder().decode(ExtractJSON.self, from: Data(try written.rendered().utf8)) == written)
    }

    @Test("rejects a bound whose span ends before it starts")
    func badBound() {
        let json = """
            {"schema":"factdesk.extract/1","language":"fr","published":null,"mentions":[{"kind":"number",
            "text":"5","span":{"start":8,"end":9},"value":5,"bound":{"relation":"at-least","span":{"start":7,"end":0}}}]}
            """
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExtractJSON.self, from: Data(json.utf8)) }
    }
}
