import FactDeskKit

extension DateEvaluation {
    static let eventDay = "event-day-mismatch"
    static let boundary = "restated-boundary-mismatch"

    /// Days of an event restated: the day an event is entering on the publication date (the
    /// 93rd General Assembly runs 24–27 November 2025), and an opening or closing day given
    /// again after a range of the text.
    static let eventDays: [DateEvaluationCase] = [
        // event-day-mismatch, published on the second day unless said otherwise.
        .init("The INTERPOL General Assembly in Marrakesh is entering its third day.", .en, [eventDay], published: "2025-11-25"),
        .init("The General Assembly, now in its fourth day, heard the Secretary General.", .en, [eventDay], published: "2025-11-25"),
        .init("L’Assemblée générale d’INTERPOL entre dans sa troisième journée à Marrakech.", .fr, [eventDay], published: "2025-11-25"),
        .init("L’Assemblée générale d’INTERPOL entame son quatrième jour de travaux.", .fr, [eventDay], published: "2025-11-25"),
        .init("À Marrakech, l’Assemblée générale d’INTERPOL aborde sa troisième journée.", .fr, [eventDay], published: "2025-11-25"),
        .init("Delegates to the General Assembly are entering their third day of talks.", .en, [eventDay], published: "2025-11-25"),
        .init("The General Assembly enters its fourth day in Marrakesh.", .en, [eventDay], published: "2025-11-25"),
        .init("L’Assemblée générale d’INTERPOL est dans sa troisième journée.", .fr, [eventDay], published: "2025-11-25"),
        .init("The General Assembly is entering its second day.", .en, [eventDay], published: "2025-11-26"),
        .init("The INTERPOL General Assembly in Marrakesh is entering its second day.", .en, [], published: "2025-11-25"),
        .init("L’Assemblée générale d’INTERPOL entre dans sa deuxième journée.", .fr, [], published: "2025-11-25"),
        .init("On its third day, the General Assembly will vote on the budget.", .en, [], published: "2025-11-25"),
        .init("Au troisième jour de l’Assemblée générale d’INTERPOL, les délégués voteront.", .fr, [], published: "2025-11-25"),
        .init("The General Assembly is entering its third day.", .en, [], published: "2025-11-26"),
        .init("In Marrakesh, the dockers’ strike is entering its third day.", .en, [], published: "2025-11-25"),
        // restated-boundary-mismatch.
        .init("La conférence se tient du 3 au 6 mars 2026. La clôture, le 7 mars, sera solennelle.", .fr, [boundary]),
        .init("The fair runs June 9-12, 2026. It will close on June 14.", .en, [boundary]),
        .init("The summit, held March 3-5, 2026, opened on March 2 with a dinner.", .en, [boundary]),
        .init("Du 3 au 8 mars 2026, le salon accueille le public. Il s’ouvrira le 4 mars.", .fr, [boundary]),
        .init("Le festival aura lieu du 10 au 15 juillet 2026 ; il se terminera le 16 juillet.", .fr, [boundary]),
        .init("The congress runs from May 4 to May 8, 2026, and closes on May 9.", .en, [boundary]),
        .init("Le forum se tiendra du 2 au 4 juin 2026. La cérémonie d’ouverture aura lieu le 1er juin.", .fr, [boundary]),
        .init("The festival takes place from August 1 to 10, 2026. The festival ends on August 12.", .en, [boundary]),
        .init("Le congrès se déroule du 12 au 14 octobre 2026 et s’achèvera le 15 octobre.", .fr, [boundary]),
        .init("The fair runs June 9-12, 2026. It will close on June 12.", .en, []),
        .init("The fair runs June 9-12, 2026. Registration closes on June 1.", .en, []),
        .init("Le salon se tient du 3 au 8 mars 2026. Les inscriptions ouvriront le 1er février.", .fr, []),
        .init("Le festival aura lieu du 10 au 15 juillet 2026 ; il s’ouvrira le 10 juillet.", .fr, []),
        .init("The summit runs March 3-5, 2026. The previous summit opened on March 9, 2025.", .en, []),
    ]
}
