import FactDeskKit
import Testing

@Suite("Document positions: tokens, sentences and paragraphs of an offset")
struct DocumentPositionsTests {
    let document = Document(
        path: "t", text: "La 93e session s’ouvre lundi. Elle dure quatre jours.\n\nUn autre paragraphe.", language: .fr)

    private func offset(of word: String) -> Int {
        let scalars = Array(document.text.unicodeScalars)
        let target = Array(word.unicodeScalars)
        return (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
    }

    @Test func tokensAreFoundAtAndAfterAnOffset() {
        let index = document.tokenIndex(from: offset(of: "session"))
        #expect(document.text(in: document.tokens[index].span) == "session")
        #expect(document.tokenIndex(from: offset(of: "session") + 1) == index + 1)
        #expect(document.tokenIndex(from: document.scalars.count) == document.tokens.count)
    }

    @Test func aSpanCoversItsTokensAndTheirSpanComesBack() {
        let start = offset(of: "quatre")
        let range = document.tokenRange(of: Span(start: start, end: start + "quatre jours".unicodeScalars.count))
        #expect(range.count == 2)
        #expect(document.text(in: document.span(ofTokens: range)) == "quatre jours")
    }

    @Test func sentencesAndParagraphsHoldTheirOffsets() {
        #expect(document.sentenceIndex(of: offset(of: "lundi")) == 0)
        #expect(document.sentenceIndex(of: offset(of: "Elle")) == 1)
        #expect(document.sentenceIndex(of: offset(of: "autre")) == 2)
        #expect(document.paragraphIndex(of: offset(of: "Elle")) == 0)
        #expect(document.paragraphIndex(of: offset(of: "autre")) == 1)
    }

    @Test func anEmptyDocumentAnswersZero() {
        let empty = Document(path: "e", text: "", language: .en)
        #expect(empty.tokenIndex(from: 0) == 0)
        #expect(empty.sentenceIndex(of: 0) == 0)
        #expect(empty.paragraphIndex(of: 0) == 0)
    }
}

@Suite("Partition points")
struct PartitionPointTests {
    @Test func theFirstElementOfTheSecondPartIsFound() {
        let values = [1, 3, 3, 5, 8, 13]
        for probe in -1...14 {
            #expect(values.partitionPoint { $0 >= probe } == (values.firstIndex { $0 >= probe } ?? values.count))
        }
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
    }

    @Test func aSliceAnswersWithItsOwnIndices() {
        let slice = [0, 10, 20, 30, 40, 50][2...4]
        #expect(slice.partitionPoint { $0 >= 30 } == 3)
        #expect(slice.partitionPoint { $0 >= 99 } == slice.endIndex)
        #expect(slice.partitionPoint { _ in true } == slice.startIndex)
    }
}
