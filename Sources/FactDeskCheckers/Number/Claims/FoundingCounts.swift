import FactDeskKit

/// Counts of the countries or members that founded a body: "founded in 1971 by nine countries",
/// "set up in 1971 by nine states", « créé en 1971 par neuf pays », "In 1971, nine countries founded the Forum". The founders are all
/// of them, so such a count is a total even at the start of its sentence.
extension ClaimBuilder {
    /// The property of the members that founded a body.
    static let foundingMembers = "founding-members"

    /// Words of founding, folded: "founded", "set up", « créé », « fondèrent ».
    static let foundingWords: Set<String> = [
        "founded", "found", "created", "create", "established", "establish", "formed", "form", "fonde", "fondee",
        "fondes", "fondees", "fonderent", "fonder", "cree", "creee", "crees", "creees", "creerent", "creer",
        "fondaient", "fondait", "creaient", "creait",
    ]
    /// Nouns of a founding after "at its", « à sa », « lors de sa », folded.
    static let foundingTimeNouns: Set<String> = [
        "founding", "foundation", "creation", "inception", "birth", "launch", "fondation", "naissance", "lancement",
    ]

    /// Whether the clause before the count at token `start` puts it at the founding: "At its
    /// founding in 1971, the union had six members", « À sa création, l’union comptait six
    /// membres », "when it was founded": a count of the founders.
    func isAtFounding(before start: Int, in sentence: Range<Int>) -> Bool {
        (sentence.lowerBound..<start).contains { index in
            if isWord(index, in: Self.foundingTimeNouns) {
                let owner = isWord(index - 1, in: ["its", "their", "the", "sa", "son", "leur", "la"]) ? index - 2 : index - 1
                return isWord(owner, in: ["at", "a", "lors", "upon", "on"]) || (isWord(owner, in: ["de"]) && isWord(owner - 1, in: ["lors"]))
            }
            // "when it was founded", « quand elle a été créée »
            return isFoundingWord(index) && isWord(index - 1, in: ["was", "were", "ete"])
                && (max(sentence.lowerBound, index - 4)..<index).contains { isWord($0, in: ["when", "quand", "lorsque", "lorsqu'"]) }
        }
    }

    /// How many words before "by", « par » a word of founding may stand ("founded in 1971 by",
    /// "founded on 29 September 1954 by").
    static let foundingReach = 6

    /// Whether a word of founding stands within ``foundingReach`` words before token `lead`
    /// ("founded in 1971 by", "set up in 1971 by", « créé en 1971 par »); the words of a date
    /// do not count (« fondée le 25 mai 1963 à Port-Lac par »).
    func isFoundedBy(_ lead: Int, in sentence: Range<Int>) -> Bool {
        var index = lead - 1
        var counted = 0
        while index >= sentence.lowerBound, counted < Self.foundingReach {
            if isFoundingWord(index) { return true }
            if !dates.covers(tokens[index].span.start) { counted += 1 }
            index -= 1
        }
        return false
    }

    /// Whether a word of founding follows a count's term within three words ("nine countries
    /// founded", "nine states set up", « neuf pays fondateurs ont créé »): the count is all the
    /// founders. Not after "to": "needs 272 seats to form a government" is a purpose.
    func founds(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        (termEnd..<min(sentence.upperBound, termEnd + 3)).contains {
            isFoundingWord($0) && !isWord($0 - 1, in: ["to", "pour"])
        }
    }

    /// Verbs of beginning before "with" that make the count after it the founders when a body is
    /// their subject: "CERN began with 12 member states", "The organisation was founded with 12
    /// members", folded.
    static let beginningWords: Set<String> = [
        "began", "begun", "started", "founded", "established", "created", "formed", "launched", "debute", "commence",
    ]
    /// Between a body and its verb of beginning, auxiliaries, folded: "was founded with".
    static let beginningAuxiliaries: Set<String> = ["was", "were", "had", "has", "been", "a", "avait", "etait"]

    /// Whether token `lead` is "with", « avec » after a verb of beginning whose subject is a body
    /// named or described right before it ("CERN began with", "the organisation was founded
    /// with"), not an event ("The summit began with 31 allies").
    func isFoundedWith(_ lead: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        guard isWord(lead, in: ["with", "avec"]), isWord(lead - 1, in: Self.beginningWords) else { return false }
        var subject = lead - 2
        while subject > sentence.lowerBound, isWord(subject, in: Self.beginningAuxiliaries) { subject -= 1 }
        guard subject >= sentence.lowerBound else { return false }
        if let named = subjects.named(endingAt: subject, sentence: sentenceIndex) {
            return named.kind == .organization || named.kind == .other
        }
        return tokens[subject].kind == .word
            && Descriptions.nouns[Fold.word(tokens[subject].text)]?.contains(.organization) == true
            && Descriptions.nouns[Fold.word(tokens[subject].text)]?.contains(.event) != true
    }

    /// Adjectives that make a count of countries or members its founders: "its 12 founding
    /// governments", "the 12 original member states", « les 12 pays fondateurs », « les 12 États
    /// membres fondateurs », folded.
    static let foundingAdjectives: Set<String> = [
        "founding", "original", "fondateurs", "fondateur", "fondatrices", "fondatrice", "originels",
    ]
    /// Nouns that count founders only after a founding adjective ("its 12 original members",
    /// "12 founding European governments"), folded.
    static let founderNouns: Set<String> = ["members", "governments", "membres", "gouvernements"]

    /// Before a count of founders, words that make it some of them (« parmi 12 membres
    /// fondateurs », "only 3 founding members"), folded; « dont 12 membres fondateurs » counts
    /// all the founders among the members.
    static let someFoundersLeads: Set<String> = [
        "parmi", "sauf", "hormis", "seuls", "seules", "seulement", "only", "among", "except", "but", "plus", "moins",
        "than", "que", "qu'",
    ]

    /// Verbs of meeting after a count of founders, folded: « 12 chefs d’État se sont rassemblés ».
    static let meetingWords: Set<String> = ["reunis", "rassembles", "met", "gathered", "signe", "signed", "signerent"]

    /// Whether a count of the founders' own term is all of them whatever the words before it
    /// (« la Ligue, fondée par 14 pays fondateurs »): a count of founders is a total unless words
    /// before it make it some of them, or it opens its sentence (« Trois membres fondateurs ont
    /// voté contre »); after the « que » of a cleft (« C’est en 1971 que 12 chefs d’État se sont
    /// rassemblés »), only when a verb of founding or meeting follows.
    func isAllFounders(_ property: String, before start: Int, termEnd: Int, in sentence: Range<Int>) -> Bool {
        guard property == Self.foundingMembers, start > sentence.lowerBound else { return false }
        let lead = start - 1
        if isWord(lead, in: ["que", "qu'"]) {
            // A cleft, not a comparison (« plus que 3 »).
            return (sentence.lowerBound..<lead).contains { isWord($0, in: ["c'"]) && isWord($0 + 1, in: ["est", "etait"]) }
                && !isWord(lead - 1, in: Self.someFoundersLeads)
                && (founds(after: termEnd, in: sentence)
                    || (termEnd..<min(sentence.upperBound, termEnd + 3)).contains { isWord($0, in: Self.meetingWords) })
        }
        return tokens[lead].kind == .word && !isWord(lead, in: Self.someFoundersLeads)
    }

    /// Whether token `index` is a founding adjective.
    func isFoundingAdjective(_ index: Int) -> Bool {
        isWord(index, in: Self.foundingAdjectives)
    }

    /// Whether token `index` is a word of founding, or the "up" of "set up".
    private func isFoundingWord(_ index: Int) -> Bool {
        isWord(index, in: Self.foundingWords) || (isWord(index, in: ["up"]) && isWord(index - 1, in: ["set"]))
    }
}
