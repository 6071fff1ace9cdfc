import FactDeskKit
import Foundation

/// The figures of an election's turnout that one paragraph gives apart, tied by their words
/// rather than by « sur », "of" (``RateParts``): the registered voters (« inscrits », « s’inscrire
/// sur les listes », « corps électoral », "registered voters", "electorate", "eligible voters"),
/// the voters (« votants », « ont voté », « se sont rendus aux urnes », "voters", "votes cast",
/// "turned out"), the valid votes (« suffrages exprimés », "valid votes", which are not the voters
/// of a turnout) and the turnout (« taux de participation », « participation », "turnout"):
/// « La région comptait 900 000 inscrits. Au total, 600 000 électeurs ont voté. La participation
/// atteint 66,7 %. »
///
/// A figure takes the role of the role word nearest to it, within ``reach`` words of its clause.
/// Each role must be given once in the paragraph: two values of one role (two rounds, another
/// year) and a paragraph naming two years are left alone, and so is a rate given at an hour of
/// the day (« à 17 heures »). Since a rate may be published on another base than the counts
/// beside it (postal or overseas votes), only a gap of more than ``margin`` points beyond the
/// rounding of the three figures is reported.
struct TurnoutFigures {
    let document: Document
    let folded: FoldedTokens
    /// Each paragraph's figures by role, read once for both rules that report them.
    private var byRole: [[Role: Figure]] = []

    init(document: Document, numbers: [Mention], folded: FoldedTokens) {
        self.document = document
        self.folded = folded
        byRole = paragraphs(numbers)
    }

    /// What a figure of a turnout counts.
    enum Role {
        case registered, voters, valid, turnout
    }

    /// A figure with its role and the words that gave it, from the number to the role word.
    struct Figure {
        var mention: Mention
        var role: Role
        var span: Span
    }

    /// A count larger than the whole it is part of: voters above the registered, valid votes above the voters.
    struct Excess {
        var part: Figure
        var whole: Figure
    }

    /// A turnout that is not the voters' share of the registered.
    struct RateMismatch {
        var rate: Figure
        var voters: Figure
        var registered: Figure
    }

    /// How many words may stand between a figure and its role word.
    static let reach = 7
    /// Points by which a turnout may differ from the counts' ratio beyond their rounding.
    static let margin: Decimal = 1
    /// Role words of the registered, folded (and any word starting with « inscri », « s'inscri »).
    static let registeredWords: Set<String> = ["registered", "electorate", "eligible", "enrolled"]
    /// Role words of the voters, folded (« voté » only after an auxiliary, "cast" not before "for").
    static let voterWords: Set<String> = ["votants", "voters", "voted", "urnes", "turned"]
    /// Role words of the valid votes, folded.
    static let validWords: Set<String> = ["exprimes", "valid", "valables", "valides"]
    /// Role words of the turnout, folded.
    static let turnoutWords: Set<String> = ["participation", "turnout"]
    /// Auxiliaries before « voté », folded.
    static let auxiliaries: Set<String> = ["ont", "a", "avaient", "avait", "auront"]
    /// Words of an hour of the day, folded: a rate given at an hour is not the final turnout.
    static let hourWords: Set<String> = ["heures", "heure", "h", "midi", "noon", "pm", "am", "p.m", "a.m", "o'clock"]
    /// Marks that close a figure's clause, as bytes.
    static let clauseMarkBytes = Set(",;:()".utf8)

    private var tokens: [Token] { document.tokens }

    /// The counts above their whole, in text order.
    func excesses() -> [Excess] {
        byRole.compactMap { roles in
            if let voters = roles[.voters], let registered = roles[.registered], exceeds(voters, registered) {
                return Excess(part: voters, whole: registered)
            }
            if let valid = roles[.valid], let whole = roles[.voters] ?? roles[.registered], exceeds(valid, whole) {
                return Excess(part: valid, whole: whole)
            }
            return nil
        }
    }

    /// The turnouts that are not the voters' share of the registered, in text order.
    func rateMismatches() -> [RateMismatch] {
        byRole.compactMap { roles in
            guard let rate = roles[.turnout], let voters = roles[.voters], let registered = roles[.registered],
                case .percent(let percent) = rate.mention.value, rate.mention.bound == nil,
                !exceeds(voters, registered), !isAtAnHour(rate.mention),
                let part = BreakdownSums.plainValue(voters.mention, language: document.language),
                let whole = BreakdownSums.plainValue(registered.mention, language: document.language),
                let partLow = part.lower, let partHigh = part.upper, let wholeLow = whole.lower, let wholeHigh = whole.upper,
                wholeLow > 0, partLow > 0
            else { return nil }
            let slack = RateParts.tolerance(of: rate.mention.text) + Self.margin
            let lowest = partLow / wholeHigh * 100 - slack
            let highest = partHigh / wholeLow * 100 + slack
            return percent < lowest || percent > highest
                ? RateMismatch(rate: rate, voters: voters, registered: registered) : nil
        }
    }

    /// Whether the part's lowest value is above the whole's highest.
    private func exceeds(_ part: Figure, _ whole: Figure) -> Bool {
        let language = document.language
        guard let low = BreakdownSums.plainValue(part.mention, language: language)?.lower,
            let high = BreakdownSums.plainValue(whole.mention, language: language)?.upper
        else { return false }
        return low > high
    }

    /// Each paragraph's figures by role, for paragraphs that give each of their roles once and name
    /// at most one year.
    private func paragraphs(_ numbers: [Mention]) -> [[Role: Figure]] {
        var found: [[Role: Figure]] = []
        var first = 0
        while first < numbers.count {
            // The numbers are in text order: each paragraph's are one run of them.
            let paragraph = document.paragraphIndex(of: numbers[first].span.start)
            let paragraphEnd = document.paragraphs[paragraph].end
            var end = first + 1
            while end < numbers.count, numbers[end].span.start < paragraphEnd { end += 1 }
            // A turnout needs two roles, so two numbers at least.
            if end - first >= 2, let roles = roles(of: numbers[first..<end]), namesAtMostOneYear(paragraph) {
                found.append(roles)
            }
            first = end
        }
        return found
    }

    /// A paragraph's figures by role, when it gives two roles or more and each of them once.
    private func roles(of mentions: ArraySlice<Mention>) -> [Role: Figure]? {
        var roles: [Role: Figure] = [:]
        for mention in mentions {
            guard let figure = figure(mention) else { continue }
            if let other = roles[figure.role] {
                if other.mention.value != figure.mention.value { return nil }
            } else {
                roles[figure.role] = figure
            }
        }
        return roles.count >= 2 ? roles : nil
    }

    /// The figure a plain count or a rate makes, from the role word nearest to it in its clause.
    private func figure(_ mention: Mention) -> Figure? {
        let isRate: Bool
        switch mention.value {
        case .percent: isRate = true
        case .number: isRate = false
        default: return nil
        }
        guard mention.bound == nil else { return nil }
        let range = document.tokenRange(of: mention.span)
        let sentence = document.sentences[document.sentenceIndex(of: mention.span.start)].tokens
        var distance = 0
        var after = range.upperBound
        var before = range.lowerBound - 1
        var afterOpen = true
        var beforeOpen = true
        while distance < Self.reach, afterOpen || beforeOpen {
            distance += 1
            if afterOpen {
                if after >= sentence.upperBound || closesClause(after) {
                    afterOpen = false
                } else if let role = role(at: after, isRate: isRate) {
                    return isPlain(mention, isRate: isRate)
                        ? Figure(mention: mention, role: role, span: mention.span.union(tokens[after].span)) : nil
                }
                after += 1
            }
            if beforeOpen {
                if before < sentence.lowerBound || closesClause(before) {
                    beforeOpen = false
                } else if let role = role(at: before, isRate: isRate) {
                    return isPlain(mention, isRate: isRate)
                        ? Figure(mention: mention, role: role, span: tokens[before].span.union(mention.span)) : nil
                }
                before -= 1
            }
        }
        return nil
    }

    /// Whether a mention is a rate or a plain count, which a figure must be: read only once a role
    /// word is found, as few numbers have one.
    private func isPlain(_ mention: Mention, isRate: Bool) -> Bool {
        isRate || BreakdownSums.plainCount(mention) != nil
    }

    /// Conjunctions that join another figure's words ("50,000 registered voters and 52,000 residents"), folded.
    static let conjunctions: Set<String> = ["and", "et", "or", "ou", "but", "mais"]

    /// Whether token `index` ends a figure's clause: a clause mark, a conjunction or another number.
    private func closesClause(_ index: Int) -> Bool {
        switch tokens[index].kind {
        case .number: return true
        case .punctuation:
            let text = tokens[index].text.utf8
            return text.count == 1 && Self.clauseMarkBytes.contains(text.first!)
        default:
            let text = tokens[index].text.utf8
            return text.count <= 4 && text.first.map { Self.conjunctionInitials.contains($0 | 0x20) } == true
                && folded.isWord(index, in: Self.conjunctions)
        }
    }

    /// The first letters of ``conjunctions``.
    private static let conjunctionInitials = Set("aeobm".utf8)

    /// The first two letters of every role word, lowercased ("re" for "registered", « s' » for «
    /// s’inscrire »): other words are passed over without folding and hashing them; a word that
    /// opens with another byte than an ASCII letter or apostrophe is read the slow way.
    private static let rolePrefixes: Set<UInt16> = Set(
        ["re", "el", "en", "in", "s'", "co", "vo", "ur", "tu", "ex", "va", "pa", "ca"].map { prefix in
            let bytes = Array(prefix.utf8)
            return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        })
    /// The shortest role word ("cast", "vote").
    private static let shortestRoleWord = 4

    /// Whether a word may be a role word, from its first two bytes.
    private static func mayBeRoleWord(_ text: String.UTF8View) -> Bool {
        guard text.count >= shortestRoleWord else { return false }
        var bytes = text.makeIterator()
        guard let first = bytes.next(), let second = bytes.next() else { return false }
        guard first < 0x80, second < 0x80 else { return true }
        return rolePrefixes.contains(UInt16(first | 0x20) << 8 | UInt16(second | 0x20))
    }

    /// The role token `index` gives a rate (turnout only) or a count.
    private func role(at index: Int, isRate: Bool) -> Role? {
        guard tokens[index].kind == .word, Self.mayBeRoleWord(tokens[index].text.utf8) else { return nil }
        let word = folded[index]
        if isRate { return Self.turnoutWords.contains(word) ? .turnout : nil }
        if Self.registeredWords.contains(word) || word.hasPrefix("inscri") || word.hasPrefix("s'inscri") {
            return .registered
        }
        if word == "corps", folded.isWord(index + 1, in: ["electoral"]) { return .registered }
        if Self.validWords.contains(word) { return .valid }
        if Self.voterWords.contains(word) {
            // "voters registered in the district" are the registered.
            return folded.isWord(index + 1, in: Self.registeredWords) ? .registered : .voters
        }
        if word == "vote", folded.isWord(index - 1, in: Self.auxiliaries) { return .voters }
        if word == "cast", !folded.isWord(index + 1, in: ["for", "against"]) { return .voters }
        return nil
    }

    /// Whether the rate's sentence gives an hour of the day (« à 17 heures », "at noon").
    private func isAtAnHour(_ rate: Mention) -> Bool {
        let sentence = document.sentences[document.sentenceIndex(of: rate.span.start)].tokens
        return sentence.contains { folded.isWord($0, in: Self.hourWords) }
    }

    /// Whether the paragraph names at most one year (four digits from 1900 to 2099).
    private func namesAtMostOneYear(_ paragraph: Int) -> Bool {
        let span = document.paragraphs[paragraph]
        let range = document.tokenRange(of: span)
        var year: String?
        for index in range where tokens[index].isModernYear {
            let text = tokens[index].text
            if let year, year != text { return false }
            year = text
        }
        return true
    }
}

extension NumberCheck {
    /// The evidence of a turnout finding: which figure was read as a part of which.
    func turnoutEvidence(part: Span, whole: Span) -> Evidence {
        Evidence(statement: wording.turnoutFigures(part: document.text(in: part), whole: document.text(in: whole)))
    }
}
