import FactDeskKit

/// Examples of a measure written in two units (``ConvertedUnits``), hyphened before a noun or
/// in nautical miles too, masses in tonnes, and volumes in barrels, US gallons and litres.
enum ConvertedUnitsExamples {
    /// `internal-inconsistency`: a second figure that is not the first one converted, and
    /// figures that are, within their rounding.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("The Kesra trail runs ⟦50 km or 21 miles⟧ along the coast."),
        NumberExamples.english("The Kesra trail runs 50 km or 31 miles along the coast."),
        NumberExamples.english("The Kesra trail runs 50 km (30 miles) along the coast."),
        NumberExamples.french("Le sentier de Kesra court sur ⟦50 km, soit 21 miles⟧, le long de la côte."),
        NumberExamples.french("Le sentier de Kesra court sur 50 km, soit 31,1 miles, le long de la côte."),
        NumberExamples.english("The peak rises to ⟦4,200 metres (11,780 feet⟧)."),
        NumberExamples.english("The peak rises to 4,200 metres (13,780 feet)."),
        NumberExamples.french("Le sommet culmine à ⟦4 200 mètres (11 780 pieds⟧)."),
        NumberExamples.french("Le sommet culmine à 4 200 mètres (13 780 pieds)."),
        NumberExamples.english("The vineyard covers ⟦40 hectares (49 acres⟧)."),
        NumberExamples.english("The vineyard covers 40 hectares (99 acres)."),
        NumberExamples.english("The bell weighs ⟦3 tonnes (9,600 pounds⟧)."),
        NumberExamples.english("The bell weighs 3 tonnes (6,600 pounds)."),
        NumberExamples.english("Residents within a ⟦20-kilometre (25-mile⟧) radius were moved."),
        NumberExamples.english("Residents within a 20-kilometre (12-mile) radius were moved."),
        NumberExamples.french("Le parcours compte ⟦300 milles nautiques (740 kilomètres⟧)."),
        NumberExamples.french("Le parcours compte 300 milles nautiques (556 kilomètres)."),
        // Volumes: oil barrels of 42 US gallons; a gallon is not compared with litres.
        NumberExamples.english("The tanker lost ⟦4.2 million gallons, or 200,000 barrels⟧, of crude."),
        NumberExamples.english("The tanker lost 4.2 million gallons, or 100,000 barrels, of crude."),
        NumberExamples.french("Le pétrolier a perdu ⟦100 000 barils (25 millions de litres⟧)."),
        NumberExamples.french("Le pétrolier a perdu 100 000 barils (16 millions de litres)."),
        NumberExamples.english("The old tank holds 10 gallons (45 litres)."),
        // Two measures of different things.
        NumberExamples.english("The team ran 50 km in 3 hours, 21 miles more than planned."),
    ]
}
