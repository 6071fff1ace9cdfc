import FactDeskKit
import Foundation

/// A measure written in two units that do not convert into each other: "50 km or 21
/// miles", « 8 849 mètres (29 032 pieds) », "120 kg (265 lb)", "a 20-kilometre (12-mile) radius",
/// « 300 milles nautiques (556 kilomètres) », "4.2 million gallons, or 100,000 barrels". The second figure must be the first
/// converted, within its rounding (half of its last written place: "60 miles" may be 55 to 65) or
/// within ``tolerance`` of it, whichever is wider.
struct ConvertedUnits {
    let check: NumberCheck

    /// A second figure that is not the first one converted.
    struct Mismatch {
        /// From the first figure to the second one's unit.
        var span: Span
        /// The first figure converted into the second one's unit.
        var expected: Decimal
        /// The second figure's unit, as written.
        var unit: String
        /// How many of the second unit one of the first makes: "1 km = 0.621371 miles".
        var rate: String
    }

    /// Units of length, mass, area, volume and power, folded, by what they measure and their size
    /// in metres, kilograms, square metres, litres or watts.
    static let units: [String: (dimension: String, size: Double)] = [
        "km": ("length", 1000), "kms": ("length", 1000), "kilometres": ("length", 1000),
        "kilometers": ("length", 1000), "kilometre": ("length", 1000), "kilometer": ("length", 1000),
        "miles": ("length", 1609.344), "mile": ("length", 1609.344), "m": ("length", 1), "metres": ("length", 1),
        "meters": ("length", 1), "metre": ("length", 1), "meter": ("length", 1),
        "ft": ("length", 0.3048), "feet": ("length", 0.3048), "pieds": ("length", 0.3048),
        "kg": ("mass", 1), "kilos": ("mass", 1), "kilogrammes": ("mass", 1), "kilograms": ("mass", 1),
        "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237), "pounds": ("mass", 0.45359237),
        "tonnes": ("mass", 1000), "tonne": ("mass", 1000),
        "hectares": ("area", 10_000), "hectare": ("area", 10_000), "ha": ("area", 10_000),
        "acres": ("area", 4046.8564224), "acre": ("area", 4046.8564224),
        "mw": ("power", 1_000_000), "megawatt": ("power", 1_000_000), "megawatts": ("power", 1_000_000),
        // « 300 milles nautiques », "300 nautical miles": the word after tells them from land miles.
        "nautical": ("length", 1852), "milles": ("length", 1852),
        // Volumes in litres: US gallons, and oil barrels of 42 of them.
        "litres": ("volume", 1), "liters": ("volume", 1), "litre": ("volume", 1), "liter": ("volume", 1),
        "gallons": ("volume", 3.785411784), "gallon": ("volume", 3.785411784), "barrels": ("volume", 158.987294928),
        "barrel": ("volume", 158.987294928), "barils": ("volume", 158.987294928), "baril": ("volume", 158.987294928),
    ]
    /// Units whose size differs from one country to another, folded: a gallon is 3.79 litres in the
    /// United States and 4.55 in Britain, so it is compared with barrels (of US gallons) only.
    static let nationalUnits: Set<String> = ["gallons", "gallon"]
    /// Units of the metric system, folded, which a national unit is not compared with.
    static let metricVolumes: Set<String> = ["litres", "liters", "litre", "liter"]
    /// Words and marks that may stand between the first unit and the second figure, folded.
    static let links: Set<String> = ["(", "or", "ou", "soit", ",", "–", "—", "/", "=", "about", "environ", "some"]
    /// The relative gap allowed beyond the second figure's rounding.
    static let tolerance = 0.03

    /// The second figures that are not the first ones converted, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        let tokens = check.document.tokens
        return numbers.indices.dropFirst().compactMap { index -> Mismatch? in
            let first = numbers[index - 1]
            let second = numbers[index]
            guard case .number(let firstValue) = first.value, case .number(let secondValue) = second.value,
                first.unit == nil, second.unit == nil
            else { return nil }
            guard let (from, firstUnit) = unit(after: check.document.tokenRange(of: first.span).upperBound),
                let (to, secondUnit) = unit(after: check.document.tokenRange(of: second.span).upperBound),
                from.dimension == to.dimension, from.size != to.size
            else { return nil }
            let names = [check.folded[firstUnit.lowerBound], check.folded[secondUnit.lowerBound]]
            guard !(names.contains(where: Self.nationalUnits.contains) && names.contains(where: Self.metricVolumes.contains))
            else { return nil }
            let secondStart = check.document.tokenRange(of: second.span).lowerBound
            let between = firstUnit.upperBound..<secondStart
            guard between.count <= 2,
                between.allSatisfy({ Self.links.contains(check.folded[$0]) || Self.links.contains(tokens[$0].text) })
            else { return nil }
            let converted = NSDecimalNumber(decimal: firstValue).doubleValue * from.size / to.size
            let written = NSDecimalNumber(decimal: secondValue).doubleValue
            let allowed = max(converted * Self.tolerance, Self.place(of: second.text, language: check.document.language) / 2)
            guard abs(written - converted) > allowed else { return nil }
            // Whole units from a thousand on ("100,000 barrels"), else hundredths ("31.07 miles").
            let rounded = converted >= 1000 ? Decimal(Int(converted.rounded())) : Decimal(Int((converted * 100).rounded())) / 100
            let factor = (from.size / to.size * 1_000_000).rounded() / 1_000_000
            let firstName = check.document.text(in: check.document.span(ofTokens: firstUnit))
            let secondName = check.document.text(in: check.document.span(ofTokens: secondUnit))
            return Mismatch(
                span: first.span.union(tokens[secondUnit.upperBound - 1].span), expected: rounded,
                unit: secondName, rate: "1 \(firstName) = \(Decimal(factor)) \(secondName)")
        }
    }

    /// The unit written at token `index` (past a hyphen: "30-kilometre", or « de »: « 25 millions
    /// de litres »), and its tokens: one
    /// word, or two for nautical miles ("nautical miles", « milles nautiques »).
    private func unit(after index: Int) -> (unit: (dimension: String, size: Double), tokens: Range<Int>)? {
        let tokens = check.document.tokens
        var start = index < tokens.count && tokens[index].text == "-" ? index + 1 : index
        // « 25 millions de litres »: the unit after « de ».
        if start + 1 < tokens.count, ["de", "d'"].contains(check.folded[start]) { start += 1 }
        guard start < tokens.count, tokens[start].kind == .word, let unit = Self.units[check.folded[start]] else {
            return nil
        }
        let next = start + 1 < tokens.count ? check.folded[start + 1] : ""
        switch check.folded[start] {
        case "nautical": return next == "miles" ? (unit, start..<start + 2) : nil
        case "milles": return ["nautiques", "marins"].contains(next) ? (unit, start..<start + 2) : nil
        default: return (unit, start..<start + 1)
        }
    }

    /// The last written place of a figure, read as ``WrittenNumber`` reads it: 10 for "60", 1 for
    /// "26", 0.01 for "31.07".
    static func place(of text: String, language: Language) -> Double {
        let written = WrittenNumber(text, language: language)
        if written.fractionDigitCount > 0 { return pow(10, -Double(written.fractionDigitCount)) }
        let whole = written.digits.filter(\.isNumber)
        let zeros = whole.reversed().prefix { $0 == "0" }.count
        return pow(10, Double(min(zeros, max(0, whole.count - 1))))
    }
}
