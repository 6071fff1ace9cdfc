/// Nouns that tell what kind of event a sentence speaks of, folded with ``WordFolding``, in
/// groups of one kind: "the vote", « le scrutin » and « les urnes » are all a vote; "the
/// quake", « le séisme » and "the tremor" an earthquake. A noun of the text and an event's name
/// of the reference data that share a group speak of the same kind of event.
enum EventKindNouns {
    static let groups: [Set<String>] = [
        ["scrutin", "election", "elections", "presidentielle", "referendum", "vote", "ballot", "urnes"],
        ["earthquake", "quake", "seisme", "tremblement", "tremor", "secousse"],
        ["hurricane", "cyclone", "typhoon", "storm", "ouragan", "typhon", "tempete"],
        ["tornado", "tornade"],
        ["final", "finale"],
        ["ceremony", "ceremonie", "awards"],
        ["summit", "sommet"],
        ["festival"],
        ["fair", "foire", "salon", "expo", "exhibition", "exposition", "biennale", "biennial", "show", "airshow"],
        ["assembly", "assemblee"],
        ["congress", "congres"],
        ["meeting", "reunion"],
        ["conference", "conferences"],
        ["session", "sessions"],
        ["race", "races", "course", "marathon", "rally", "rallye", "regatta", "regate", "regates"],
        ["tournament", "tournoi", "cup", "coupe"],
        ["match"],
        ["pilgrimage", "pelerinage"],
        ["concert", "concerts"],
        ["trial", "proces"],
        ["launch", "lancement", "liftoff"],
        ["parade", "defile", "carnival", "carnaval"],
    ]
    /// Every noun of every group, for a cheap first test.
    static let all: Set<String> = groups.reduce(into: []) { $0.formUnion($1) }

    /// Whether the folded word `word` is a noun of the kind of the reference event `subject`: a
    /// name of the event has a noun of its group ("the race" for the "Kesra Marathon 2026").
    static func names(_ word: String, subject: String?, check: DateCheck) -> Bool {
        guard let group = group(of: word), let subject, let reference = check.reference else { return false }
        return reference.names(of: subject, language: check.document.language).contains { name in
            name.split(whereSeparator: { !$0.isLetter }).contains { group.contains(WordFolding.fold(String($0))) }
        }
    }

    /// The group of the folded word `word`, if it is a noun of a kind.
    static func group(of word: String) -> Set<String>? {
        guard all.contains(word) else { return nil }
        return groups.first { $0.contains(word) }
    }
}
