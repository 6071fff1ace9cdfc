/// Claims on a day the reference data does not cover: the Lake League's count is known until
/// mid-2024 only, and the cases are published in November 2025. A count below the last known
/// one is no count the reference knows; one above it may be a later count, which the reference
/// cannot verify.
extension NumberEvaluation {
    static let beyondCoverage: [NumberCase] = [
        en("The Lake League has 35 member countries.", "fact-never-held: 35 member countries"),
        en("Delegates of the Lake League's 38 member states met in Lyon.", "fact-never-held: 38 member states"),
        en("The Lake League brings together 30 countries.", "fact-never-held: 30 countries"),
        fr("La Ligue des Lacs compte 35 pays membres.", "fact-never-held: 35 pays membres"),
        fr("La Ligue des Lacs réunit 36 pays à Lyon.", "fact-never-held: 36 pays"),
        fr("Les 38 États membres de la Ligue des Lacs ont voté.", "fact-never-held: 38 États membres"),
        en("The Lake League has 40 member countries.", "unverified-claim: 40 member countries"),
        en("The Lake League now has 42 member countries.", "unverified-claim: 42 member countries"),
        en("In 2020, the Lake League had 40 member countries."),
        fr("La Ligue des Lacs compte désormais 41 pays membres.", "unverified-claim: 41 pays membres"),
        fr("La Ligue des Lacs compte 40 pays membres.", "unverified-claim: 40 pays membres"),
        en("The Lake League's officers visited 12 countries."),
    ]
}
