/// Nouns of events that recur or that a piece covers, folded with ``WordFolding``: "session",
/// "assemblée", "sommet", "edition", "summit". An ordinal before one claims an edition ("la 93e
/// session"); one in a sentence ties the sentence to the event it covers.
enum EventWords {
    static let nouns: Set<String> = [
        "session", "sessions", "edition", "editions", "assemblee", "sommet", "conference", "congres", "reunion",
        "forum", "rencontre", "rencontres", "festival", "jeux", "championnat", "championnats", "salon", "colloque",
        "assembly", "summit", "congress", "meeting", "convention", "games", "championship", "championships",
        "conferences", "meetings", "summits", "sommets",
    ]
    /// Nouns that name any event, folded: « l’événement a pris fin dimanche », "the event closes
    /// on Sunday". They speak of the event the sentence before ties itself to.
    static let genericNouns: Set<String> = ["evenement", "event"]
}
