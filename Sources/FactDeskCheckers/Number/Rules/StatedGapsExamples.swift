import FactDeskKit

/// Examples of a gap stated between two percentages or two counts (``StatedGaps``).
enum StatedGapsExamples {
    /// `internal-inconsistency`: a gap between two percentages that neither reading, in points or
    /// as a share, allows, and a gap between two counts that is not their difference; and gaps
    /// that the figures make, or that are not stated between them; a count gained or lost that the
    /// move after it does not make, and ones that it makes.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("Attendance was ⟦52.2%, over 9% less than the 55%⟧ of the last season."),
        NumberExamples.french("La fréquentation atteint ⟦52,2 %, soit plus de 9 points de moins que les 55 %⟧ de 2020."),
        NumberExamples.english("Attendance was 44.2%, over 9% less than the 55% of the last season."),
        NumberExamples.english("Attendance was 50.2%, 9% less than the 55% of the last season."),
        NumberExamples.french("La fréquentation atteint 44,2 %, soit plus de 9 points de moins que les 55 % de 2020."),
        NumberExamples.english("Attendance was 61.5%, some 7% more than the 57% of 2020."),
        NumberExamples.english("Attendance reached ⟦48%, down 3 points from 55%⟧ in the last season."),
        NumberExamples.english("Attendance reached 52%, down 3 points from 55% in the last season."),
        NumberExamples.english("The new map has ⟦212 wards, three more than the previous 208⟧."),
        NumberExamples.french("La nouvelle carte compte ⟦212 cantons, soit trois de plus que les 208⟧ d’avant."),
        NumberExamples.english("The Greens won ⟦61 seats, up 12 from 48⟧ in the last parliament."),
        NumberExamples.english("The Liberals fell to ⟦77 seats, down nine from 88⟧ before the vote."),
        NumberExamples.english("The new map has 212 wards, four more than the previous 208."),
        NumberExamples.french("La nouvelle carte compte 212 cantons, soit quatre de plus que les 208 d’avant."),
        NumberExamples.english("The Greens won 61 seats, up 13 from 48 in the last parliament."),
        NumberExamples.english("The Liberals fell to 77 seats, down 11 from 88 before the vote."),
        NumberExamples.english("The new map has 212 wards, about three more than the previous 208."),
        NumberExamples.english("The new map has some 212 wards, three more than the previous 208."),
        NumberExamples.english("In 2024, three more than the 2020 total, the fair drew 40 stands."),
        NumberExamples.english("The Greens won 61 seats, up from 48 in the last parliament."),
        NumberExamples.french("Les Verts ont 61 sièges, soit douze de plus qu’en 2019."),
        NumberExamples.english("The Green Party gained ⟦three seats overall, going from 12 seats to 14⟧ at the vote."),
        NumberExamples.french("Le parti perd ⟦quatre sièges, passant de 31 à 28⟧ au conseil."),
        NumberExamples.english("The Green Party gained two seats overall, going from 12 seats to 14 at the vote."),
        NumberExamples.french("Le parti perd trois sièges, passant de 31 à 28 au conseil."),
        NumberExamples.english("The Green Party gained three seats in the north, rising from 12% to 14% of the vote."),
    ]
}
