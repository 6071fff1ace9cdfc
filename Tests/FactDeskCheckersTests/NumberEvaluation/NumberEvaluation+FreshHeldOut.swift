/// Cases written after every fix the first held-out set (``heldOut``) led to, and scored before
/// any change: precision 1.000, recall 0.875. Its one miss (an edition number whose sentence
/// gives only a weekday, « s’achève jeudi ») was fixed afterwards; ``anchorHeldOut`` was written
/// after that fix.
extension NumberEvaluation {
    static let freshHeldOut: [NumberCase] = [
        fr("Réunis à Marrakech, les représentants des 196 pays membres d’INTERPOL ont adopté le texte."),
        fr("Réunis à Marrakech, les représentants des 199 pays membres d’INTERPOL ont adopté le texte.",
           "fact-mismatch: 199 pays membres"),
        fr("INTERPOL rassemble aujourd’hui 196 pays membres, contre 194 en 2019."),
        fr("L’Union européenne, qui compte 27 États membres, était représentée."),
        fr("L’Union européenne, qui compte 26 États membres, était représentée.", "fact-mismatch: 26 États membres"),
        fr("Parmi les 27 États membres de l’UE, 30 ont voté pour.", "part-exceeds-whole: 27 États membres de l’UE, 30"),
        fr("Parmi les 27 États membres de l’UE, 20 ont voté pour."),
        fr("Le budget d’INTERPOL, 176 millions d’euros, est stable."),
        fr("La 93e session de l’Assemblée générale d’INTERPOL s’achève jeudi."),
        fr("La 96e session de l’Assemblée générale d’INTERPOL s’achève jeudi.", "edition-mismatch: 96e session"),
        fr("Le taux de participation atteint 7.5 %.", "number-format: 7.5"),
        fr("Le chapitre 7.5 du rapport détaille les dépenses."),
        en("All 196 INTERPOL member countries were invited to Marrakesh."),
        en("All 191 INTERPOL member countries were invited to Marrakesh.", "fact-mismatch: 191 INTERPOL member countries"),
        en("The European Union's 27 member states signed the statement."),
        en("Out of the EU's 27 member states, 31 signed the statement.", "part-exceeds-whole: 27 member states, 31"),
        en("The 93rd session of the INTERPOL General Assembly closed on Thursday."),
        en("INTERPOL employs 1,100 staff at its Lyon headquarters."),
        en("The vote was 58% in favour, 47% against.", "part-exceeds-whole: 58% in favour, 47%"),
        en("Section 4.2 of the charter was amended by 130 votes to 40."),
    ]
}
