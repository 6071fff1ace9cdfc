import FactDeskKit

extension DateEvaluation {
    static let french: [DateEvaluationCase] =
        [
            // weekday-mismatch
            .init("Les délégués se sont retrouvés mardi 24 novembre 2025 à Marrakech.", .fr, [weekday]),
            .init("Le sommet s’ouvrira mercredi 2 décembre 2025 à Bruxelles.", .fr, [weekday]),
            .init("La cérémonie a eu lieu le jeudi 14 juillet 2025.", .fr, [weekday]),
            .init("Rendez-vous le samedi 25 décembre.", .fr, [weekday]),
            .init("Ils siègent le lundi 24 et le mercredi 25 novembre 2025.", .fr, [weekday]),
            .init("La session se tient du mardi 24 au jeudi 27 novembre 2025.", .fr, [weekday]),
            .init("Le vote est prévu vendredi 27 novembre.", .fr, [weekday]),
            .init("Le texte sera examiné le mardi 1er décembre 2025.", .fr, [weekday]),
            .init("La grève a commencé le lundi 11 novembre 2025.", .fr, [weekday]),
            .init("Le Conseil se réunira samedi 30 novembre prochain.", .fr, [weekday]),
            .init("Le marché de Noël ouvre le vendredi 6 décembre.", .fr, [weekday]),
            .init("Les résultats seront publiés mercredi 1er janvier 2026.", .fr, [weekday]),
            .init("Mercredi 27 novembre 2025, les ministres trancheront.", .fr, [weekday]),
            .init("Les délégués se sont retrouvés lundi 24 novembre 2025 à Marrakech.", .fr, []),
            .init("Le sommet s’ouvrira mardi 2 décembre 2025 à Bruxelles.", .fr, []),
            .init("Ils siègent le lundi 24 et le mardi 25 novembre 2025.", .fr, []),
            .init("Le Conseil se réunira dimanche 30 novembre prochain.", .fr, []),
            .init("Les résultats seront publiés jeudi 1er janvier 2026.", .fr, []),
            // invalid-date
            .init("La réunion aura lieu le 31 avril 2026 à Genève.", .fr, [invalid]),
            .init("Le vote est fixé au 30 février.", .fr, [invalid]),
            .init("Le salon se tiendra du 30 au 31 juin.", .fr, [invalid]),
            .init("Le rapport est daté du 31 septembre 2025.", .fr, [invalid]),
            .init("Le scrutin a été fixé au 29 février 2025.", .fr, [invalid]),
            .init("La séance de clôture est annoncée pour le 31 novembre.", .fr, [invalid]),
            .init("Le contrat a été signé le 31/06/2025.", .fr, [invalid]),
            .init("La réunion aura lieu le 30 avril 2026 à Genève.", .fr, []),
            .init("Le scrutin s’est tenu le 29 février 2024.", .fr, []),
            // range-order
            .init("Le sommet se tiendra du 27 au 24 novembre.", .fr, [order]),
            .init("Les soldes vont du 15 au 3 mars 2026.", .fr, [order]),
            .init("La trêve court du 30 décembre 2025 au 2 janvier 2025.", .fr, [order]),
            .init("Le festival aura lieu du 12 au 10 juin.", .fr, [order]),
            .init("Les inscriptions sont ouvertes entre le 20 et le 18 octobre 2026.", .fr, [order]),
            .init("L’exposition se tient du 5 mai au 2 avril 2026.", .fr, [order]),
            .init("La trêve court du 30 décembre au 2 janvier.", .fr, []),
            .init("Le festival aura lieu du 10 au 12 juin.", .fr, []),
            .init("Le salon ouvre du 28 novembre au 1er décembre.", .fr, []),
            // range-duration-mismatch
            .init(
                "L’assemblée se tient du 24 au 27 novembre. Les délégués débattront trois jours durant.", .fr,
                [duration]),
            .init("Pendant cinq jours, du 3 au 6 mars 2026, la ville accueille le festival.", .fr, [duration]),
            .init("Le salon, ouvert du 1er au 10 décembre, durera pendant neuf jours.", .fr, [duration]),
            .init("Du 12 au 14 mai 2026, les experts se réuniront pendant deux jours.", .fr, [duration]),
            .init("Une session de quatre jours se tiendra du 2 au 6 février 2026.", .fr, [duration]),
            .init(
                "La conférence aura lieu du 8 au 12 juin 2026. Elle réunira les ministres durant quatre jours.", .fr,
                [duration]),
            .init("Du 1er au 21 décembre, la campagne se poursuit pendant deux semaines.", .fr, [duration]),
            .init("Les négociations, du 10 au 11 décembre, se poursuivront pendant trois jours.", .fr, [duration]),
            .init("Le festival se déroule du 20 au 28 juin 2026, pendant dix jours.", .fr, [duration]),
            .init("L’assemblée se tient du 24 au 27 novembre. Les délégués débattront quatre jours durant.", .fr, []),
            .init("Du 1er au 7 décembre, la campagne se poursuit pendant une semaine.", .fr, []),
            .init("Le festival se déroule du 20 au 29 juin 2026, pendant dix jours.", .fr, []),
            .init("Du 24 au 27 novembre, la ville accueille le sommet ; le vote aura lieu dans trois jours.", .fr, []),
            .init(
                "Le sommet s’est tenu du 10 au 13 novembre. Le 20 novembre, le comité a siégé pendant deux jours.", .fr,
                []),
            .init("Il y a trois jours, du 20 au 21 novembre, le comité a siégé.", .fr, []),
        ]
        + frenchReferenceCases

    /// French cases that need the publication date or reference data to be judged.
    private static let frenchReferenceCases: [DateEvaluationCase] = [
        // relative-weekday-mismatch
        // The Secretary General may have greeted them the week before: not the event's own doing.
        .init(
            "L’Assemblée générale d’INTERPOL s’est ouverte lundi. Le Secrétaire général a salué, mardi à Marrakech, les délégués.",
            .fr, []),
        .init(
            "L’Assemblée générale d’INTERPOL s’est ouverte lundi. L’Assemblée a adopté, mardi à Marrakech, une résolution.",
            .fr, [relative]),
        .init("Hier lundi, les délégués sont arrivés à Marrakech.", .fr, [relative]),
        .init(
            "La conférence se tient du 24 au 27 novembre 2025. Les ministres ont voté mercredi lors de la conférence.",
            .fr,
            [relative]),
        .init("Mardi dernier, à Marrakech, l’Assemblée générale d’INTERPOL a adopté une résolution.", .fr, [relative]),
        .init("Demain mercredi, l’Assemblée générale d’INTERPOL votera à Marrakech.", .fr, [relative]),
        .init("Aujourd’hui mardi, les délégués de l’Assemblée générale d’INTERPOL débattent.", .fr, [relative]),
        .init("Les délégués de l’Assemblée générale d’INTERPOL ont adopté jeudi une résolution.", .fr, [relative]),
        .init("Jeudi dernier, l’Assemblée générale d’INTERPOL a clos ses travaux à Marrakech.", .fr, [relative]),
        .init("Après-demain lundi, la séance de clôture se tiendra à Marrakech.", .fr, [relative]),
        .init(
            "Le Secrétaire général de l’Assemblée générale d’INTERPOL a salué, lundi à Marrakech, les délégués.", .fr,
            []),
        .init("Les délégués de l’Assemblée générale d’INTERPOL voteront mardi à Marrakech.", .fr, []),
        .init("Les délégués de l’Assemblée générale d’INTERPOL sont arrivés dimanche à Marrakech.", .fr, []),
        .init("Aujourd’hui lundi, l’Assemblée générale d’INTERPOL s’ouvre à Marrakech.", .fr, []),
        .init("Pendant l’Assemblée générale d’INTERPOL, le marché a ouvert du lundi au vendredi.", .fr, []),
        .init("Le lundi, les délégués de l’Assemblée générale d’INTERPOL déjeunent à Marrakech.", .fr, []),
        .init("Hier dimanche, les délégués sont arrivés.", .fr, []),
        .init("Mardi, il a plu sur Paris.", .fr, []),
        // anniversary-mismatch
        .init("Il a salué le 11e anniversaire du Centre d’innovation d’INTERPOL.", .fr, [anniversary]),
        .init("La fondation, créée en 1995, fête son 20e anniversaire.", .fr, [anniversary]),
        .init("INTERPOL célèbre cette année son 101e anniversaire.", .fr, [anniversary]),
        .init("L’Unesco fête son 70e anniversaire.", .fr, [anniversary]),
        .init("Le Centre d’innovation d’INTERPOL fête son 12e anniversaire.", .fr, [anniversary]),
        .init("Pour son 90e anniversaire, INTERPOL organise un colloque.", .fr, [anniversary]),
        .init("À l’occasion du 10e anniversaire de l’Unesco, un colloque est organisé.", .fr, [anniversary]),
        .init("Europol fêtera l’an prochain son 25e anniversaire.", .fr, [anniversary]),
        .init("Le 25e anniversaire d’Europol sera fêté en 2028.", .fr, [anniversary]),
        .init("L’organisation, fondée en 1923, célèbre son 103e anniversaire.", .fr, [anniversary]),
        .init("Le club, fondé en 1905, célèbre son 110e anniversaire.", .fr, [anniversary]),
        .init("Le bicentenaire de la maison, fondée en 1815, est fêté cette année.", .fr, [anniversary]),
        .init("Il a salué le 10e anniversaire du Centre d’innovation d’INTERPOL.", .fr, []),
        .init("Le Centre d’innovation d’INTERPOL fêtera l’an prochain son 11e anniversaire.", .fr, []),
        .init("La fondation, créée en 1995, fête son 30e anniversaire.", .fr, []),
        .init("Le 30e anniversaire d’Europol sera fêté en 2028.", .fr, []),
        .init("Le centenaire d’INTERPOL a été célébré en 2023.", .fr, []),
        .init("INTERPOL a célébré son centenaire en grande pompe.", .fr, []),
        .init("Créé en 2010, le festival fête son 15e anniversaire.", .fr, []),
        // edition-date-mismatch
        .init(
            "La session précédente de l’Assemblée générale d’INTERPOL s’est tenue à Glasgow du 7 au 10 novembre 2023.",
            .fr, [edition]),
        .init("La 93e session de l’Assemblée générale d’INTERPOL se tient du 24 au 28 novembre 2025.", .fr, [edition]),
        .init(
            "L’Assemblée générale d’INTERPOL s’ouvre à Marrakech. La session précédente s’était tenue à Glasgow du 7 au 10 novembre 2023.",
            .fr, [edition]),
        .init("La 92e session de l’Assemblée générale d’INTERPOL s’est tenue du 4 au 7 novembre 2023.", .fr, [edition]),
        .init("La 91e session de l’Assemblée générale d’INTERPOL, à Vienne, s’est achevée en 2024.", .fr, [edition]),
        .init(
            "La 30e Conférence des Nations unies sur le climat s’est ouverte à Belém le 10 novembre 2024.", .fr,
            [edition]),
        .init(
            "La précédente Conférence des Nations unies sur le climat s’est tenue à Bakou du 10 au 21 novembre 2025.",
            .fr,
            [edition]),
        .init("La 92e session de l’Assemblée générale d’INTERPOL s’est tenue à Vienne en 2024.", .fr, [edition]),
        .init(
            "La 93e session de l’Assemblée générale d’INTERPOL se tient à Marrakech du 23 au 26 novembre.", .fr,
            [edition]),
        .init(
            "La session précédente de l’Assemblée générale d’INTERPOL s’est tenue à Glasgow du 4 au 7 novembre 2024.",
            .fr, []),
        .init("La 93e session de l’Assemblée générale d’INTERPOL se tient du 24 au 27 novembre 2025.", .fr, []),
        .init("La 94e session de l’Assemblée générale d’INTERPOL se tiendra en 2026.", .fr, []),
        .init("La 30e Conférence des Nations unies sur le climat s’est ouverte à Belém le 10 novembre 2025.", .fr, []),
        .init(
            "La 93e session de l’Assemblée générale d’INTERPOL, annoncée le 3 mars 2025, se tient à Marrakech.", .fr, []
        ),
        .init("Le festival de Glasgow se tenait du 7 au 10 novembre 2023.", .fr, []),
        // tense-vs-date
        .init("La conférence se tiendra le 3 mars 2024 à Genève.", .fr, [tense]),
        .init("Le sommet a eu lieu le 14 janvier 2026.", .fr, [tense]),
        .init("Les élections auront lieu le 12 mai 2024.", .fr, [tense]),
        .init("Le traité sera signé le 5 juin 2025.", .fr, [tense]),
        .init("Le musée rouvrira le 2 février 2025.", .fr, [tense]),
        .init("La réunion s’est tenue le 15 décembre 2025.", .fr, [tense]),
        .init("Le festival s’est achevé le 30 novembre 2025.", .fr, [tense]),
        .init("La loi entrera en vigueur le 1er janvier 2025.", .fr, [tense]),
        .init("Les délégués se réuniront en mars 2024.", .fr, [tense]),
        .init("Le vote a été organisé le 7 décembre 2025.", .fr, [tense]),
        .init("Le pont sera inauguré en 2024.", .fr, [tense]),
        .init("La conférence se tiendra le 3 mars 2026 à Genève.", .fr, []),
        .init("Le sommet a eu lieu le 14 janvier 2025.", .fr, []),
        .init("« Nous nous réunirons le 3 mars 2024 », avait-il promis.", .fr, []),
        .init("La réunion, prévue le 3 mars 2024, a été reportée au 14 janvier 2026.", .fr, []),
        .init("Le cortège se retrouvera avenue du 8 Mai 1945.", .fr, []),
        .init("Les Alliés ont débarqué le 6 juin 1944.", .fr, []),
        .init("Le 6 juin 1944, les Alliés débarqueront en Normandie, raconte le livre.", .fr, []),
        .init("Il a été nommé le 3 mars 2024 et prendra ses fonctions le 1er janvier 2026.", .fr, []),
        // needs-publication-date
        .init(
            "Les délégués se retrouvent mardi 24 novembre, puis jeudi 26 novembre.", .fr, [needsDate], published: nil),
        // Two weekdays of one month three days apart, whatever the year, cannot be a Tuesday and a Thursday.
        .init(
            "Les délégués se retrouvent mardi 24 novembre, puis jeudi 27 novembre.", .fr, [needsDate, weekday],
            published: nil),
        .init("La fondation, créée en 1995, fête son 20e anniversaire.", .fr, [needsDate], published: nil),
        .init("Le Centre d’innovation d’INTERPOL fête son 10e anniversaire.", .fr, [needsDate], published: nil),
        .init("La session se tient du lundi 24 au jeudi 27 novembre.", .fr, [needsDate], published: nil),
        .init("Rendez-vous le samedi 6 décembre.", .fr, [needsDate], published: nil),
        .init("Les délégués se retrouvent mardi 25 novembre 2025.", .fr, [], published: nil),
        .init("La session a lieu du 24 au 27 novembre.", .fr, [], published: nil),
        .init("Le Centre d’innovation d’INTERPOL a fêté en 2025 son 10e anniversaire.", .fr, [], published: nil),
        .init("La conférence se tiendra le 3 mars 2024.", .fr, [], published: nil),
    ]
}
