/// English cases: claims in every form, the rules' errors, and sentences that must stay silent.
extension NumberEvaluation {
    static let english: [NumberCase] = [
        // Counts against reference data.
        en("INTERPOL's 196 member countries gathered in Marrakesh."),
        en("INTERPOL's 195 member countries gathered in Marrakesh.", "fact-outdated: 195 member countries"),
        en("INTERPOL's 198 member countries gathered in Marrakesh.", "fact-mismatch: 198 member countries"),
        en("INTERPOL now has one hundred and ninety-six member countries."),
        en(
            "INTERPOL now has one hundred and ninety-nine member countries.",
            "fact-mismatch: one hundred and ninety-nine member countries"),
        en("The number of INTERPOL member countries is 196."),
        en(
            "The number of INTERPOL member countries is 190.",
            "fact-mismatch: number of INTERPOL member countries is 190"),
        en("Member countries: 196, according to INTERPOL."),
        en("INTERPOL has more than 190 member countries."),
        en("INTERPOL has more than 196 member countries.", "fact-mismatch: more than 196 member countries"),
        en("INTERPOL has about 200 member countries."),
        en("INTERPOL has fewer than 150 member countries.", "fact-mismatch: fewer than 150 member countries"),
        en("INTERPOL has between 190 and 200 member countries."),
        en("INTERPOL has up to 150 member countries.", "fact-mismatch: up to 150 member countries"),
        en("INTERPOL counts 195 member countries.", "fact-outdated: 195 member countries"),
        en(
            "Police chiefs from 195 member countries of INTERPOL met in Marrakesh.",
            "fact-outdated: 195 member countries"),
        en("In 2025, INTERPOL has 195 member countries.", "fact-outdated: 195 member countries"),
        en("With 196 member countries, INTERPOL is the largest police body."),
        en("With 197 member countries, INTERPOL is the largest police body.", "fact-mismatch: 197 member countries"),
        en("Three member countries of INTERPOL voted against."),
        en("At 10:30 on November 24, 2025, INTERPOL's 196 member countries voted."),
        // Other subjects.
        en("The European Union has 27 member states."),
        en("The European Union has 28 member states.", "fact-outdated: 28 member states"),
        en("In 2019, the European Union had 28 member states."),
        en("In 2019, the European Union had 27 member states.", "fact-mismatch: 27 member states"),
        en("INTERPOL's 196 member countries and Europol's 27 member states met."),
        en("INTERPOL's 196 member countries and Europol's 29 member states met.", "fact-mismatch: 29 member states"),
        en("The EU's 27 member states and INTERPOL's 196 member countries met."),
        en("The UN has 193 member states.", "unverified-claim: 193 member states"),
        en("NATO's 32 member countries back INTERPOL.", "unverified-claim: 32 member countries"),
        // Other properties, scales and currencies.
        en("Paris has 2.1 million inhabitants."),
        en("Paris has 2.5 million inhabitants.", "fact-mismatch: 2.5 million inhabitants"),
        en("Paris, a city of 2,100,000 residents, hosted the congress."),
        en("INTERPOL has a budget of €176m."),
        en("INTERPOL has a budget of €3.2bn.", "fact-mismatch: budget of €3.2bn"),
        en("INTERPOL has a budget of $3.2bn.", "unverified-claim: budget of $3.2bn"),
        en("INTERPOL's budget stands at €176 million."),
        en("INTERPOL employs 1,100 staff."),
        en("INTERPOL employs 2,000 staff.", "fact-mismatch: 2,000 staff"),
        en("INTERPOL employs two dozen staff in Lyon.", "fact-mismatch: two dozen staff"),
        en("INTERPOL employs nearly 1,200 staff."),
        en("INTERPOL employs at least 1,000 staff."),
        en("INTERPOL has 196 member countries, 1,100 staff and a budget of €176m."),
        en("The General Assembly drew more than 1,200 participants.", "unverified-claim: more than 1,200 participants"),
        en("INTERPOL welcomed 1,200 participants.", "unverified-claim: 1,200 participants"),
        // Non-claims.
        en("Louis XIV and World War II are not claims, nor is the 21st century."),
        en("Call +44 20 7946 0958 or read page 196 of the member countries report."),
        en("“We are 190 member countries,” the INTERPOL president recalled."),
        en("INTERPOL beat Europol 3-1 in a match between member countries."),
        en("Temperatures fell to -5 degrees in Marrakesh."),
        // Editions.
        en("The 93rd session of the General Assembly opened in Marrakesh on Monday."),
        en("The 94th session of the General Assembly opened in Marrakesh.", "edition-mismatch: 94th session"),
        en("The ninety-second General Assembly met in Glasgow in 2024."),
        en(
            "The ninety-first General Assembly met in Glasgow in 2024.",
            "edition-mismatch: ninety-first General Assembly"),
        en("The 19th G20 summit took place in Johannesburg.", "edition-mismatch: 19th G20 summit"),
        en("The 20th G20 summit took place in Johannesburg in 2025."),
        en(
            "The 92nd INTERPOL General Assembly opened in Marrakesh on 24 November 2025.",
            "edition-mismatch: 92nd INTERPOL General Assembly"),
        // Parts and wholes.
        en("Yesterday 150 of INTERPOL's 196 member countries voted."),
        en(
            "Yesterday 250 of the 196 member countries of INTERPOL voted.",
            "part-exceeds-whole: 250 of the 196 member countries"),
        en(
            "Yesterday 210 of INTERPOL's member countries voted.",
            "part-exceeds-whole: 210 of INTERPOL's member countries"),
        en("Some 120% of member countries agreed.", "part-exceeds-whole: Some 120% of member countries"),
        en("Ninety-three percent of member countries agreed."),
        en("List A won 62% of the vote and list B 41%.", "part-exceeds-whole: 62% of the vote and list B 41%"),
        en("List A won 59% of the vote and list B 41% of the vote."),
        en("Sales rose 60% while costs fell 45%."),
        // Conventions.
        en("The surface reached 1.234,5 square metres.", "number-format: 1.234,5"),
        en("The grant rose to 2.500.000 euros.", "number-format: 2.500.000"),
        en("It cost 1.500.000 euros in 2024.", "number-format: 1.500.000"),
        en("The grant rose to 2,500,000 euros."),
        // Several paragraphs.
        en("INTERPOL has 196 member countries. Its 1,100 staff work in Lyon."),
        en(
            "INTERPOL has 196 member countries. Its 150 member countries voted.",
            "fact-mismatch: 150 member countries", "internal-inconsistency: 150 member countries"),
        en(
            "INTERPOL has 196 member countries.\n\nLater, INTERPOL's 199 member countries voted.",
            "fact-mismatch: 199 member countries", "internal-inconsistency: 199 member countries"),
        en(
            "Europol's 27 member states met.\n\nEuropol's 25 member states agreed.",
            "fact-mismatch: 25 member states", "internal-inconsistency: 25 member states"),
    ]
}
