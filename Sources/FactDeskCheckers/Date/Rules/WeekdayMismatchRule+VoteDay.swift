import FactDeskKit

/// The year of a date written without one that is the day of a vote the paragraph places: "On
/// Tuesday, April 27, the Liberals won a majority of seats", in an undated piece whose paragraph
/// names Valdorie (alone or inside a longer name, "the Liberal Party of Valdorie"), is the day of
/// the one one-day vote of the reference data held there on 27 April (``PlacedVote``).
///
/// The sentence must tell of a vote or its outcome (``voteOutcomeWords``, ``EventHeldWeekday/voteNouns``);
/// two such votes on that day of the year, in different years, leave the year unknown.
extension WeekdayMismatchRule {
    /// Words of a vote's outcome, folded.
    static let voteOutcomeWords: Set<String> = [
        "won", "wins", "secured", "secures", "elected", "reelected", "seats", "mandate", "majority", "victory",
        "elu", "elue", "elus", "reelu", "reelue", "remporte", "remportent", "sieges", "mandat", "majorite", "victoire",
    ]

    /// The year of the one vote placed by the paragraph of sentence `sentence` and held on
    /// `month`/`day`, with its evidence.
    static func voteDayYear(month: Int, day: Int, sentence: Int, check: DateCheck) -> (Int, Evidence)? {
        let tokens = check.document.sentences[sentence].tokens
        guard
            tokens.contains(where: {
                voteOutcomeWords.contains(check.word($0)) || EventHeldWeekday.voteNouns.contains(check.word($0))
            })
        else { return nil }
        let votes = PlacedVote.votes(inParagraphOf: check.document.sentences[sentence].span.start, check: check)
            .filter { $0.first.month == month && $0.first.day == day }
        guard votes.count == 1 else { return nil }
        return (votes[0].first.year, votes[0].evidence)
    }
}

extension WeekdayMismatchRule {
    /// Undated pieces whose paragraph places a vote of the reference data: Valdorie's general
    /// election of Tuesday 27 April 2027.
    static let voteDayExamples: [RuleExample] = {
        let valdorie = InMemoryReference.Subject(id: "valdorie", kind: .place, names: ["Valdorie"])
        let election = InMemoryReference.Subject(
            id: "valdorie-general-election-2027", kind: .event, names: ["Valdorie general election 2027"],
            start: PartialDate(year: 2027, month: 4, day: 27), end: PartialDate(year: 2027, month: 4, day: 27),
            placeSpellings: ["Valdorie"], source: ReferenceSource(location: "reference/events.yml:40:5"))
        let reference = InMemoryReference([valdorie, election])
        func undated(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return [
            undated("On ⟦Monday, April 27⟧, the Liberal Party of Valdorie won a majority of seats.", .en),
            undated("On Tuesday, April 27, the Liberal Party of Valdorie won a majority of seats.", .en),
            undated("Le ⟦lundi 27 avril⟧, le Parti libéral de Valdorie a remporté la majorité des sièges.", .fr),
            undated("Le mardi 27 avril, le Parti libéral de Valdorie a remporté la majorité des sièges.", .fr),
            // No word of a vote: the day may be of another year.
            undated("On Monday, April 27, the Liberal Party of Valdorie held a rally in the capital.", .en),
            // No vote of the reference data on that day.
            undated("On Monday, April 26, the Liberal Party of Valdorie won a by-election.", .en),
            // A sentence that remembers the vote dates a later year.
            undated("On Monday, April 27, the Liberal Party of Valdorie marked the anniversary of its victory.", .en),
        ]
    }()
}
