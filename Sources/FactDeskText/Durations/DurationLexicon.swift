import FactDeskKit
import Foundation

/// The words of durations, by ``Folding/key(_:)``.
enum DurationLexicon {
    /// Units of time: "heures", "jours", "semaine", "mois", "ans", "années", "hours", "days", "year",
    /// "fortnight"…
    static let units: [UInt64: Mention.DurationUnit] = keyed([
        "heure": .hour, "heures": .hour, "hour": .hour, "hours": .hour,
        "jour": .day, "jours": .day, "journee": .day, "journees": .day, "day": .day, "days": .day,
        "semaine": .week, "semaines": .week, "week": .week, "weeks": .week, "fortnight": .week, "fortnights": .week,
        "mois": .month, "month": .month, "months": .month,
        "an": .year, "ans": .year, "annee": .year, "annees": .year, "year": .year, "years": .year,
        "decennie": .year, "decennies": .year, "decade": .year, "decades": .year,
        "siecle": .year, "siecles": .year, "century": .year, "centuries": .year,
    ])

    /// "long" after a unit and a hyphen: "week-long", "day-long".
    static let long = Folding.key("long")!

    /// A unit and "long" in one word, one of that unit: "weeklong", "monthlong".
    static let solidLong: [UInt64: Mention.DurationUnit] = keyed([
        "daylong": .day, "weeklong": .week, "monthlong": .month, "yearlong": .year,
    ])

    /// Units worth several of their ``units`` value: a decade is ten years ("six décennies"), a
    /// century a hundred, a fortnight two weeks ("the fortnight-long talks").
    static let multiples: [UInt64: Decimal] = keyed([
        "fortnight": 2, "fortnights": 2,
        "decennie": 10, "decennies": 10, "decade": 10, "decades": 10,
        "siecle": 100, "siecles": 100, "century": 100, "centuries": 100,
    ])

    /// Centuries: a round span, read only as the time from or to a year ("a century after",
    /// "two centuries ago", « il y a un siècle »), never in digits ("the 21st century", « le 20e
    /// siècle » name a century of the calendar).
    static let centuries: Set<UInt64> = Set(["siecle", "siecles", "century", "centuries"].map { Folding.key($0)! })

    /// Words right after a round span (a decade or a century after an article, any number of
    /// centuries) that tie it to a year: "a century after", "a decade ago", « un siècle après ».
    static let roundSpanFollowers: Set<UInt64> = Set(
        ["after", "ago", "since", "later", "apres", "plus"].map { Folding.key($0)! })

    /// Verbs of celebration right before a round span, which count it from a founding: "marks a
    /// century", « célèbre un demi-siècle ».
    static let roundSpanLeads: Set<UInt64> = Set(
        [
            "marks", "mark", "marked", "marking", "celebrates", "celebrate", "celebrated", "celebrating", "celebre",
            "celebrer", "celebrera", "fete", "feter", "fetera", "marque", "marquera",
        ]
        .map { Folding.key($0)! })

    /// Words before the article of a round span that make it approximate or a part of it:
    /// "nearly a century", "more than a decade", « près d’un siècle », « plus d’un siècle »,
    /// "half" (read with its span, ``half``).
    static let approximators: Set<String> = [
        "nearly", "almost", "about", "around", "roughly", "some", "than", "over", "under", "barely", "just",
        "presque", "environ", "quasi", "quelque", "d'", "d’", "qu'", "qu’", "half",
    ]

    /// "a quarter of a century", « un quart de siècle »: a quarter of the unit that follows.
    static let quarters: Set<UInt64> = Set(["quarter", "quart"].map { Folding.key($0)! })

    /// "half a century", « un demi-siècle »: half of the unit that follows.
    static let half = Folding.key("half")!
    static let demi = Folding.key("demi")!

    /// French adjectives that may stand between the number and the unit ("cinq prochaines
    /// années", "trois derniers mois").
    static let adjectives: Set<UInt64> = Set(
        [
            "prochain", "prochains", "prochaine", "prochaines", "dernier", "derniers", "derniere",
            "dernieres", "premier", "premiers", "premiere", "premieres", "longs", "longues",
        ]
        .map { Folding.key($0)! })

    /// Words that read as an article more often than as "one" ("un jour", "a day"): a duration
    /// only after a preposition of time ("pendant un an", "for a year").
    static let articles: Set<UInt64> = Set(["un", "une", "a", "an", "one"].map { Folding.key($0)! })

    /// Prepositions of time before a duration, and the verbs of lasting (« a duré une semaine »).
    static let prepositions: Set<UInt64> = Set(
        [
            "pendant", "durant", "depuis", "sur", "en", "pour", "for", "during", "over", "within", "in", "dure", "durera",
            "durait", "durer", "lasted", "lasts", "last",
        ]
            .map { Folding.key($0)! })

    /// Words before a number of hours that make it a time of day ("à 16 heures", "vers 9
    /// heures", "at 10 hours"), by their text lower-cased: « à », not the verb « a » ("a 72 heures").
    static let clockLeads: Set<String> = [
        "à", "vers", "dès", "jusqu’à", "jusqu'à", "avant", "après", "entre", "at", "around", "until", "by", "before",
        "after", "between",
    ]

    /// Nouns before « de » and a number of hours that make it the time of a broadcast: « le
    /// journal de 20 heures », « l’édition de 13 heures ».
    static let broadcastNouns: Set<String> = ["journal", "jt", "édition", "edition", "flash", "bulletin", "émission"]

    /// Articles before a singular-article number of hours that name a newscast: « le 20 heures »,
    /// « au 20 heures », « l’invité du 13 heures » (a length takes the plural « les 24 heures »).
    static let newscastArticles: Set<String> = ["le", "au", "du"]

    private static func keyed<Value>(_ words: [String: Value]) -> [UInt64: Value] {
        Dictionary(uniqueKeysWithValues: words.map { (Folding.key($0.key)!, $0.value) })
    }
}
