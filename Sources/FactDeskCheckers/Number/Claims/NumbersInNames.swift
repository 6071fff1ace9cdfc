import FactDeskKit

/// Number words that belong to a capitalised name and count nothing: "the Five Valleys cup", "the
/// Big Three", « le tournoi des Quatre Vents ». A capitalised number word inside a sentence is part
/// of a name. One that opens its sentence (or a title) is only when the next word is capitalised
/// too and the same two words are written inside a sentence elsewhere in the draft ("Five Valleys
/// preview: …" over "… in the Five Valleys on Sunday"), since "Three Kenyan runners won" opens a
/// sentence with a count. Words in capitals throughout (a headline in capitals) tell nothing.
struct NumbersInNames {
    let document: Document

    /// The mentions of `mentions` that are not number words of a name, in the same order.
    func removingNames(from mentions: [Mention]) -> [Mention] {
        // Cheap test first: only number mentions whose first letter is a capital.
        let capitalised = mentions.indices.filter { index in
            mentions[index].kind == .number && mentions[index].text.unicodeScalars.first?.properties.isUppercase == true
        }
        guard !capitalised.isEmpty else { return mentions }
        var inNames: Set<Int> = []
        var namePairs: Set<[String]> = []
        var openings: [(mention: Int, pair: [String])] = []
        for index in capitalised {
            let token = document.tokenIndex(from: mentions[index].span.start)
            guard token < tokens.count, isNameWord(token) else { continue }
            let next = token + 1
            let pair = next < tokens.count && isNameWord(next) && tokens[next].followsSpace
                ? [Fold.word(tokens[token].text), Fold.word(tokens[next].text)] : nil
            if !document.opensSentence(tokenAt: token) {
                inNames.insert(index)
                if let pair { namePairs.insert(pair) }
            } else if let pair {
                openings.append((index, pair))
            }
        }
        // "Five Valleys preview: …" opening a title is a name when "the Five Valleys" is written inside a sentence.
        for opening in openings where namePairs.contains(opening.pair) { inNames.insert(opening.mention) }
        guard !inNames.isEmpty else { return mentions }
        return mentions.indices.filter { !inNames.contains($0) }.map { mentions[$0] }
    }

    private var tokens: [Token] { document.tokens }

    /// A word that starts with a capital and is not written in capitals throughout.
    private func isNameWord(_ index: Int) -> Bool {
        let text = tokens[index].text
        return tokens[index].kind == .word && Fold.isCapitalised(text) && text.count > 1 && text.uppercased() != text
    }
}
