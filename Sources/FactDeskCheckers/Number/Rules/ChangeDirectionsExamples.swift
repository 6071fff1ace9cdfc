import FactDeskKit

/// Examples of a change whose two figures go the other way (``ChangeDirections``).
enum ChangeDirectionsExamples {
    /// `internal-inconsistency`: a rise from a figure as high or higher, a fall from one as low or
    /// lower; and changes their figures make, or whose earlier figure is a year.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("The fair now counts a record ⟦34 regional stands, up from 41⟧ last year."),
        NumberExamples.english("Attendance at the rally fell to ⟦2,300 from 1,900⟧ in 2024."),
        NumberExamples.english("Turnout reached ⟦58%, down from 52%⟧ at the last vote."),
        NumberExamples.french("Le salon compte ⟦34 stands régionaux, en hausse par rapport aux 41⟧ de l’an dernier."),
        NumberExamples.french("Le club compte ⟦120 adhérents, en baisse par rapport à 95⟧ en 2023."),
        NumberExamples.english("The fair now counts a record 34 regional stands, up from 29 last year."),
        NumberExamples.english("Attendance at the rally fell to 1,900 from 2,300 in 2024."),
        NumberExamples.english("Turnout reached 48%, down from 52% at the last vote."),
        NumberExamples.english("The fair counts 34 stands, up from 2019, when it had none."),
        NumberExamples.french("Le salon compte 34 stands régionaux, en hausse par rapport aux 29 de l’an dernier."),
        NumberExamples.french("Le club compte 120 adhérents, en baisse par rapport à 135 en 2023."),
    ]
}
