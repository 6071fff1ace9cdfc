import FactDeskKit

/// Examples of a rate of change stated between two figures (``ChangeRates``).
enum ChangeRatesExamples {
    /// `internal-inconsistency`: a rate of change that the later and the earlier figure do not
    /// make, and rates they make within their rounding.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("The group reported sales of ⟦$8.4 billion, up 21% from $7.5 billion⟧ a year earlier."),
        NumberExamples.english("Quarterly sales were ⟦$512 million, a 9% increase year-over-year compared to $480 million⟧."),
        NumberExamples.english("Revenue increased ⟦12% to £84.2 million (2023: £81.0 million⟧)."),
        NumberExamples.english("Net profit fell ⟦15% to $2.1 billion from $2.3 billion⟧."),
        NumberExamples.french(
            "Le chiffre d’affaires atteint ⟦6,3 milliards d’euros, en hausse de 19 % par rapport aux 5,8 milliards⟧ de l’an dernier."),
        NumberExamples.english("The group reported sales of $8.4 billion, up 12% from $7.5 billion a year earlier."),
        NumberExamples.english("Quarterly sales were $512 million, a 7% increase year-over-year compared to $480 million."),
        NumberExamples.english("Revenue increased 4% to £84.2 million (2023: £81.0 million)."),
        NumberExamples.english("Net profit fell 9% to $2.1 billion from $2.3 billion."),
        NumberExamples.french(
            "Le chiffre d’affaires atteint 6,3 milliards d’euros, en hausse de 9 % par rapport aux 5,8 milliards de l’an dernier."),
        NumberExamples.english("Turnout was 61%, up 5% from the last vote."),
        NumberExamples.english("The club has 1,200 members, up 20% from 2019."),
    ]
}
