/// French cases: claims in every form, the rules' errors, and sentences that must stay silent.
extension NumberEvaluation {
    static let french: [NumberCase] = [
        // Counts against reference data, in digits and words, with bounds and ranges.
        fr("Les délégués des 194 pays membres d’INTERPOL sont arrivés à Marrakech.", "fact-outdated: 194 pays membres"),
        fr("INTERPOL rassemble aujourd’hui 197 pays membres.", "fact-mismatch: 197 pays membres"),
        fr("INTERPOL rassemble aujourd’hui 196 pays membres."),
        fr("Avec ses cent quatre-vingt-seize pays membres, INTERPOL est la première organisation policière."),
        fr(
            "Avec ses cent quatre-vingt-dix-huit pays membres, INTERPOL est la plus grande organisation policière.",
            "fact-mismatch: cent quatre-vingt-dix-huit pays membres"),
        fr(
            "Le nombre de pays membres d’INTERPOL s’élève à 199.",
            "fact-mismatch: nombre de pays membres d’INTERPOL s’élève à 199"),
        fr("Le nombre de pays membres d’INTERPOL s’élève à 196."),
        fr("INTERPOL compte plus de 190 pays membres."),
        fr("INTERPOL compte plus de 200 pays membres.", "fact-mismatch: plus de 200 pays membres"),
        fr("INTERPOL compte près de 200 pays membres."),
        fr("INTERPOL compte moins de 150 pays membres.", "fact-mismatch: moins de 150 pays membres"),
        fr("INTERPOL compte entre 190 et 200 pays membres."),
        fr("INTERPOL compte entre 150 et 180 pays membres.", "fact-mismatch: entre 150 et 180 pays membres"),
        fr("INTERPOL compte cent nonante-six pays membres."),
        fr("INTERPOL compte cent nonante-huit pays membres.", "fact-mismatch: cent nonante-huit pays membres"),
        fr("INTERPOL, qui compte 196 pays membres, emploie 1 100 agents."),
        fr("INTERPOL, qui compte 190 pays membres, emploie 1 100 agents.", "fact-mismatch: 190 pays membres"),
        fr("INTERPOL rassemble 195 pays membres.", "fact-outdated: 195 pays membres"),
        fr("Les chefs de police de 195 pays membres d’INTERPOL sont à Marrakech.", "fact-outdated: 195 pays membres"),
        fr("Créée en 1923, INTERPOL compte 196 pays membres."),
        fr("Au XXIe siècle, INTERPOL est passée à 196 pays membres."),
        fr("Louis XIV n’a jamais connu les 196 pays membres d’INTERPOL."),
        fr("Le 24 novembre 2025 à 10:30, les 196 pays membres d’INTERPOL siégeaient."),
        fr("Les soixante-et-onze délégués d’INTERPOL ont voté."),
        fr("Trois pays membres d’INTERPOL ont voté contre."),
        fr("INTERPOL a 196 États membres ; l’UE en a 27."),
        fr("INTERPOL compte 196 pays membres, contre 195 l’an dernier."),
        // Other subjects: named in the noun phrase, in the sentence, unknown to the reference data.
        fr("L’Union européenne compte 27 États membres depuis le Brexit."),
        fr("L’Union européenne compte 28 États membres.", "fact-outdated: 28 États membres"),
        fr("L’Union européenne et ses 26 États membres ont signé l’accord.", "fact-mismatch: 26 États membres"),
        fr("Europol réunit les polices de 27 pays membres."),
        fr("INTERPOL compte 196 pays membres et Europol 28 pays membres.", "fact-mismatch: 28 pays membres"),
        fr("Les polices des 27 États membres de l’UE coopèrent avec Europol."),
        fr("Les polices des 25 États membres de l’UE coopèrent avec Europol.", "fact-mismatch: 25 États membres"),
        fr("L’ONU compte 193 États membres.", "unverified-claim: 193 États membres"),
        fr("L’OTAN et ses 32 pays membres soutiennent INTERPOL.", "unverified-claim: 32 pays membres"),
        fr(
            "Le Conseil de l’Europe compte 46 États membres, INTERPOL en compte 196.",
            "unverified-claim: 46 États membres"),
        // Other properties, scales and currencies.
        fr("Paris compte 2,1 millions d’habitants."),
        fr("Paris compte 3 millions d’habitants.", "fact-mismatch: 3 millions d’habitants"),
        fr("Paris, ville de 2 100 000 habitants, accueille le congrès."),
        fr("Paris compte 2,1 millions d’habitants, soit 3 % de la population du pays."),
        fr("INTERPOL dispose d’un budget de 176 millions d’euros."),
        fr("INTERPOL dispose d’un budget de 250 millions d’euros.", "fact-mismatch: budget de 250 millions"),
        fr("INTERPOL dispose d’un budget de 0,18 Md€."),
        fr("Le budget d’INTERPOL atteint 176 M€ cette année."),
        fr("Le budget d’INTERPOL atteint 300 M€ cette année.", "fact-mismatch: budget d’INTERPOL atteint 300 M€"),
        fr("INTERPOL emploie 2 000 agents.", "fact-mismatch: 2 000 agents"),
        fr("INTERPOL emploie 1 100 agents et dispose d’un budget de 176 000 000 €."),
        fr("INTERPOL emploie 1\u{202F}100 agents et dispose d’un budget de 176\u{202F}000\u{202F}000 €."),
        fr("INTERPOL emploie environ 1 000 agents."),
        fr("INTERPOL emploie au moins 1 000 agents."),
        fr("INTERPOL emploie jusqu’à 900 agents.", "fact-mismatch: jusqu’à 900 agents"),
        fr("INTERPOL emploie une centaine d’agents.", "fact-mismatch: une centaine d’agents"),
        fr("INTERPOL compte 1 100 employés, dont 60 % de femmes."),
        fr("Selon les organisateurs, l’assemblée a attiré 1 200 participants.", "unverified-claim: 1 200 participants"),
        fr("Le nombre de participants a atteint 1 200.", "unverified-claim: nombre de participants a atteint 1 200"),
        fr("Le taux de réussite atteint 12,5 pour cent."),
        // Dated claims: checked against the facts of their date.
        fr("En 2019, INTERPOL comptait 194 pays membres."),
        fr("En 2019, INTERPOL comptait 190 pays membres.", "fact-mismatch: 190 pays membres"),
        fr("En 2021, INTERPOL comptait 195 pays membres.", "fact-mismatch: 195 pays membres"),
        // Non-claims.
        fr("Le chapitre 12 États membres du rapport d’INTERPOL détaille les adhésions."),
        fr("« Nous sommes 195 pays membres », a déclaré le président d’INTERPOL."),
        fr("Appelez le 01 96 19 61 96 pour contacter les pays membres d’INTERPOL."),
        fr("Le match s’est terminé sur le score de 3-1 entre deux pays membres."),
        fr("Il fait -5 degrés à Marrakech."),
        fr("Le 11e anniversaire du Centre d’innovation tombe en 2025."),
        // Editions.
        fr("La 93e session de l’Assemblée générale d’INTERPOL s’ouvre à Marrakech."),
        fr("La 94e session de l’Assemblée générale d’INTERPOL s’ouvre à Marrakech.", "edition-mismatch: 94e session"),
        fr("La quatre-vingt-treizième session de l’Assemblée générale se tient en 2025."),
        fr(
            "La quatre-vingt-douzième session de l’Assemblée générale se tient en 2025.",
            "edition-mismatch: quatre-vingt-douzième session"),
        fr("La 92ème Assemblée générale d’INTERPOL s’était tenue à Glasgow en 2024."),
        fr(
            "La 91e Assemblée générale d’INTERPOL s’était tenue à Glasgow.",
            "edition-mismatch: 91e Assemblée générale d’INTERPOL"),
        fr("La 90e Assemblée générale s’est tenue à Vienne en 2023.", "edition-mismatch: 90e Assemblée générale"),
        fr("Le 20e sommet du G20 s’est tenu à Johannesburg."),
        fr("Le 19e sommet du G20 s’est tenu à Johannesburg en 2025.", "edition-mismatch: 19e sommet du G20"),
        fr("Le 1er décembre, la 93e session sera close."),
        fr("INTERPOL a accueilli la 93e session et ses 196 pays membres à Marrakech."),
        // Parts and wholes.
        fr("Hier, 150 des 196 pays membres d’INTERPOL ont voté la résolution."),
        fr("Hier, 250 des 196 pays membres d’INTERPOL ont voté.", "part-exceeds-whole: 250 des 196 pays membres"),
        fr("Hier, 210 des pays membres d’INTERPOL ont voté.", "part-exceeds-whole: 210 des pays membres"),
        fr("Hier, 150 pays membres sur 196 ont voté."),
        fr(
            "La motion a recueilli 62 % des voix, le contre-projet 41 %.",
            "part-exceeds-whole: 62 % des voix, le contre-projet 41 %"),
        fr("La motion a recueilli 59 % des voix, le contre-projet 41 % des voix."),
        fr("Les ventes sont en hausse de 60 % et les coûts en baisse de 45 %."),
        fr(
            "Selon l’étude, 110 % des pays membres d’INTERPOL approuvent.", "part-exceeds-whole: 110 % des pays membres"
        ),
        // Conventions.
        fr("La surface atteint 1,234.5 mètres carrés.", "number-format: 1,234.5"),
        fr("Une hausse de 12,5 % puis de 3.5 %.", "number-format: 3.5"),
        fr("Une hausse de 3.5 % puis de 4.2 %.", "number-format: 3.5", "number-format: 4.2"),
        fr("Une hausse de 3.5 points puis de 4.2 points, selon la section 2.1."),
        fr("Il a versé 2,500,000 euros.", "number-format: 2,500,000"),
        fr("La dette atteint 3,500,000.50 euros.", "number-format: 3,500,000.50"),
        fr("Il a versé 2.500.000 euros."),
        // Drafts of several paragraphs: the same figure twice.
        fr(
            "INTERPOL compte 196 pays membres.\n\nPlus loin, les 199 pays membres d’INTERPOL sont cités.",
            "fact-mismatch: 199 pays membres", "internal-inconsistency: 199 pays membres"),
        fr(
            "INTERPOL compte 196 pays membres. Ailleurs, ses 150 pays membres sont cités.",
            "fact-mismatch: 150 pays membres", "internal-inconsistency: 150 pays membres"),
        fr(
            "L’Union européenne compte 27 États membres.\n\nPlus loin : les 30 États membres de l’UE.",
            "fact-mismatch: 30 États membres", "internal-inconsistency: 30 États membres"),
    ]
}
