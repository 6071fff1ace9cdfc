import FactDeskKit

extension DateEvaluation {
    static let acrossMonths = "range-across-months"

    /// Forms journalists use that the first sets did not hold: a range whose month is written
    /// once across two months, years joined by words, a start and its end with other verbs,
    /// weekdays listed before their dates or set beside them with « le » or in parentheses.
    static let forms: [DateEvaluationCase] = [
        // range-across-months: the other end in the month next door, a week or less.
        .init("Les Jeux ont lieu du 28 au 2 mars à Lyon.", .fr, [acrossMonths]),
        .init("The Games take place from 28 to 2 March in Leeds.", .en, [acrossMonths]),
        .init("The fair runs March 28-2 downtown.", .en, [acrossMonths]),
        .init("Le festival aura lieu du 30 au 1er juillet.", .fr, [acrossMonths]),
        .init("Le colloque se tient du 29 au 3 octobre à Lyon.", .fr, [acrossMonths]),
        .init("The congress meets 30-4 May in Leeds.", .en, [acrossMonths]),
        .init("La foire se tiendra du 27 au 1er août.", .fr, [acrossMonths]),
        .init("The summit runs from 31 to 2 September.", .en, [acrossMonths]),
        .init("Le tournoi aura lieu du 26 au 2 avril 2026.", .fr, [acrossMonths]),
        .init("The festival runs December 29-2 in Leeds.", .en, [acrossMonths]),
        .init("Le salon se tiendra du 22 au 2 mars 2026.", .fr, [order]),
        .init("Le salon se tiendra du 31 au 2 mars.", .fr, [order]),
        .init("Le salon se tiendra du 28 mars au 2 mars.", .fr, [order]),
        .init("The fair runs from March 28 to March 2.", .en, [order]),
        .init("Les Jeux ont lieu du 28 février au 2 mars à Lyon.", .fr, []),
        .init("The Games take place from 28 February to 2 March in Leeds.", .en, []),
        // range-order: years joined by words.
        .init("Il a présidé le club de 2019 à 2015.", .fr, [order]),
        .init("The rector served from 2019 to 2015 in Lyon.", .en, [order]),
        .init("Entre 2020 et 2015, le port a doublé son trafic.", .fr, [order]),
        .init("Between 2020 and 2015, exports doubled.", .en, [order]),
        .init("Elle a été maire de 2008 jusqu’en 2001, puis sénatrice.", .fr, [order]),
        .init("Il a présidé le club de 2015 à 2019.", .fr, []),
        .init("The pledge cuts emissions from 2020 to 2005 levels by 2030.", .en, []),
        .init("Staff numbers fell from 2019 to 1850.", .en, []),
        .init("La fréquentation est passée de 2019 à 1500 visiteurs.", .fr, []),
        .init("Le prix est passé de 2020 à 1990 euros.", .fr, []),
        .init("Attendance rose from 2,019 to 1,500 visitors.", .en, []),
        // range-order: a start and its end with other words.
        .init("Le sommet débute le 9 mars pour s’achever le 3 mars.", .fr, [order]),
        .init("L’ouverture est prévue le 9 mars et la clôture le 3 mars.", .fr, [order]),
        .init("Le sommet commencera le 9 mars pour se terminer le 3 mars.", .fr, [order]),
        .init("L’ouverture est prévue le 3 mars et la clôture le 9 mars.", .fr, []),
        .init("Le sommet débute le 2 mars pour s’achever le 6 mars.", .fr, []),
        // range-order: ends set apart by commas, months with their years; a date moved is no range.
        .init("The talks will be held from Friday, June 12, to Wednesday, June 10, 2026.", .en, [order]),
        .init("La compétition se déroulera de juin 2026 à mars 2026.", .fr, [order]),
        .init("The competition runs from June 2026 to March 2026.", .en, [order]),
        .init("Les pourparlers se tiendront à partir du 12 juin et jusqu’au 10 juin.", .fr, [order]),
        .init("The talks will be held from Wednesday, June 10, to Friday, June 12, 2026.", .en, []),
        .init("The vote was brought forward from June 12 to June 10.", .en, []),
        .init("Le scrutin a été avancé du 12 juin au 10 juin.", .fr, []),
        .init("Le sommet a été avancé de 2027 à 2026.", .fr, []),
        .init("The deadline was moved up from March 2027 to June 2026.", .en, []),
        // weekday-mismatch: weekdays listed before their dates, « le » or parentheses.
        .init("Le congrès a lieu vendredi et samedi, 28 février et 1er mars 2026.", .fr, [weekday]),
        .init("Le congrès a lieu samedi et dimanche, 28 février et 1er mars 2026.", .fr, []),
        .init("The congress meets on Friday and Saturday, February 28 and March 1, 2026.", .en, [weekday]),
        .init("The congress meets on Saturday and Sunday, February 28 and March 1, 2026.", .en, []),
        .init("Le congrès s’ouvre mercredi le 5 mars 2026 à Thiès.", .fr, [weekday]),
        .init("Le congrès s’ouvre jeudi le 5 mars 2026 à Thiès.", .fr, []),
        .init("Le congrès s’ouvre le 5 mars 2026 (mercredi) à Thiès.", .fr, [weekday]),
        .init("Le congrès s’ouvre le 5 mars 2026 (jeudi) à Thiès.", .fr, []),
    ]
}
