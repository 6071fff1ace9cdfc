/// Cases written after edition claims learnt to take their year from a weekday or a day told
/// from the publication date, and scored before any change to the checker.
///
/// First score: precision 0.571, recall 0.500. Four expectations were then corrected to what
/// the rules document, the checker unchanged: an ordinal right before a series' name quotes the
/// whole name ("21e sommet du G20", as "92e Assemblée générale d’INTERPOL"), and a figure
/// whose sentence names no subject is an `unverified-claim`, not a `fact-mismatch`: precision
/// 1.000, recall 0.778. One of the two misses, an edition told by "cette semaine", was fixed
/// after that (weeks and months told from the publication date now give a year too), so this
/// set is held out no more for it; the other, « Demain, 197 pays membres… », is still missed.
extension NumberEvaluation {
    static let anchorHeldOut: [NumberCase] = [
        fr("Le 21e sommet du G20 s’est clos dimanche à Johannesburg.", "edition-mismatch: 21e sommet du G20"),
        fr("Le 20e sommet du G20 s’est clos dimanche."),
        fr("Le 19e sommet du G20 s’est achevé hier.", "edition-mismatch: 19e sommet du G20"),
        fr("La 94e session de l’Assemblée générale d’INTERPOL s’ouvre aujourd’hui.", "edition-mismatch: 94e session"),
        fr("La 92e session de l’Assemblée générale se tient cette semaine.", "edition-mismatch: 92e session"),
        fr("La 92e session de l’Assemblée générale s’était réunie un mardi, à Glasgow."),
        fr("L’an dernier, la 92e session de l’Assemblée générale s’est tenue en Écosse."),
        fr("L’an dernier, la 93e session de l’Assemblée générale s’est tenue en Écosse.", "edition-mismatch: 93e session"),
        fr("Demain, 197 pays membres seront représentés.", "unverified-claim: 197 pays membres"),
        en("The 93rd INTERPOL General Assembly opens today in Marrakesh."),
        en("The 91st INTERPOL General Assembly opened on Monday.", "edition-mismatch: 91st INTERPOL General Assembly"),
        en("Next year's 94th General Assembly will be held in Hong Kong."),
        en("Last year, the 93rd session of the General Assembly met in Glasgow.", "edition-mismatch: 93rd session"),
        en("The 92nd General Assembly, held every autumn, closed on a Thursday."),
        en("Delegates from 196 member countries arrived on Sunday.", "unverified-claim: 196 member countries"),
        en("The 20th G20 summit ended yesterday in Johannesburg."),
    ]
}
