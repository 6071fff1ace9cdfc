/// The words of a name or term of the reference data, split as the tokenizer splits a draft:
/// at white space, and after a short elided article (« l’Union » is « l’ », « Union »).
enum NameWords {
    static func words(of term: String) -> [String] {
        term.split(whereSeparator: \.isWhitespace).flatMap { word -> [String] in
            guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }),
                word.index(after: apostrophe) < word.endIndex, word.distance(from: word.startIndex, to: apostrophe) <= 6
            else { return [String(word)] }
            return [String(word[...apostrophe]), String(word[word.index(after: apostrophe)...])]
        }
    }
}
