import FactDeskKit
import FactDeskReference

/// Names written with lowercase words ("Guyane française", "République populaire du
/// Bengladesh", "Région administrative spéciale de Hong-Kong") reach the checker in capitalised
/// pieces, and a piece may look like a misspelling of another name ("Guyane" of "Guyana"). A
/// piece inside words that spell an accepted name exactly is part of that name: it is not
/// misspelt.
enum EnclosingSpelling {
    /// The most words of an accepted name around a piece.
    static let maximumWords = 8

    /// The occurrences, with every misspelt one that lies inside an accepted spelling of the
    /// draft's language turned into a variant of that spelling's subject.
    static func resolve(_ occurrences: [NameOccurrence], in document: Document, book: NameBook) -> [NameOccurrence] {
        occurrences.map { occurrence in
            guard occurrence.isMisspelled, let subject = enclosingSubject(of: occurrence, in: document, book: book)
            else {
                return occurrence
            }
            var resolved = occurrence
            resolved.resolution = .variant(subject: subject)
            return resolved
        }
    }

    /// The subject of an accepted spelling, of up to ``maximumWords`` words, written around the
    /// occurrence and longer than it.
    private static func enclosingSubject(of occurrence: NameOccurrence, in document: Document, book: NameBook)
        -> String?
    {
        let tokens = document.tokens
        let wordsBefore = spellingWords(from: occurrence.tokens.lowerBound - 1, step: -1, in: tokens, book: book)
        let wordsAfter = spellingWords(from: occurrence.tokens.upperBound + 1, step: 1, in: tokens, book: book)
        for before in 0...wordsBefore.count {
            for after in 0...wordsAfter.count where before + after > 0 && before + after < maximumWords {
                let first = before == 0 ? occurrence.tokens.lowerBound : wordsBefore[before - 1]
                let last = after == 0 ? occurrence.tokens.upperBound : wordsAfter[after - 1]
                let phrase = document.text(in: tokens[first].span.union(tokens[last].span))
                let folded = NameFolding.tokens(phrase)
                guard book.firstRecord(foldedAs: folded) != nil else { continue }
                let key = folded.joined()
                for subject in book.index.exactIDs(phrase)
                where book.spellings(of: subject, in: document.language).contains(where: {
                    NameFolding.key($0.text) == key
                }) {
                    return subject
                }
            }
        }
        return nil
    }

    /// The indices of up to ``maximumWords`` word tokens from `start`, going by `step`, as long
    /// as each is a word of some spelling or a particle, over the punctuation between words but
    /// not past a sentence's end mark.
    private static func spellingWords(from start: Int, step: Int, in tokens: [Token], book: NameBook) -> [Int] {
        var found: [Int] = []
        var index = start
        while index >= 0, index < tokens.count, found.count < maximumWords {
            let token = tokens[index]
            if token.kind == .word {
                let words = NameFolding.tokens(token.text)
                guard !words.isEmpty,
                    words.allSatisfy({ book.knows($0) || NameFolding.particles.contains($0) })
                else { break }
                found.append(index)
            } else if [".", "!", "?", ";", "…"].contains(token.text) {
                break
            }
            index += step
        }
        return found
    }
}
