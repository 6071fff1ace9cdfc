import FactDeskKit

/// A verb's tense, where the words make it clear.
enum Tense {
    case past
    case future
}

/// Reads the tense of the verb that governs a date: the first verb before it in its clause,
/// with only articles, prepositions, adverbs and names between ("se tiendra à Genève le 3 mars",
/// "a eu lieu le", "was held in Paris on", "a salué, mardi").
///
/// Says `nil` whenever the words leave any doubt: a present tense, an unknown word between verb
/// and date, a passive that schedules ("est prévue le", "is scheduled for"), or a date inside
/// quotation marks (someone else's words, of another time). Reads at most ``window`` tokens.
struct TenseReader {
    let tokens: [Token]
    /// Each token folded, "" for tokens that are not words.
    let words: FoldedWords
    /// The stretches of text between quotation marks.
    let quoted: Quotations
    let language: Language

    /// How far before the date the verb may be, in tokens.
    static let window = 8

    /// The tense governing the date whose first token is `index`, in a sentence of `sentence`.
    func tense(before index: Int, in sentence: Range<Int>) -> Tense? {
        tense(before: index, in: sentence, acrossDates: false)
    }

    /// The tense before `index`; `acrossDates` reads past day numbers and month names too, as
    /// between a verb and its infinitive of purpose ("will shift to Friday 13 March, to mark").
    private func tense(before index: Int, in sentence: Range<Int>, acrossDates: Bool) -> Tense? {
        guard !quoted.contains(token: index) else { return nil }
        var position = index - 1
        let earliest = max(sentence.lowerBound, index - (acrossDates ? Self.purposeWindow : Self.window))
        while position >= earliest {
            let token = tokens[position]
            switch token.kind {
            case .punctuation where token.text == ",":
                position -= 1
                continue
            case .number where acrossDates && token.text.count <= 2:
                position -= 1
                continue
            case .word:
                let folded = words[position]
                if TenseLexicon.fillers.contains(folded)
                    || (WordFolding.isCapitalised(token.text) && position > sentence.lowerBound)
                    || (acrossDates && MonthNames.numbers[folded] != nil)
                {
                    position -= 1
                    continue
                }
                if let governing = purposeVerbStart(infinitive: position, in: sentence) {
                    return tense(before: governing, in: sentence, acrossDates: true)
                }
                return language == .fr
                    ? frenchTense(at: position, folded: folded) : englishTense(at: position, folded: folded)
            default:
                return nil
            }
        }
        return nil
    }

    /// How far before an infinitive of purpose its governing verb may be, in tokens, across a
    /// range of dates ("will shift from Tuesday 10 March to Friday 13 March, in order to mark").
    static let purposeWindow = 16

    /// Words that open an infinitive of purpose: "to" ("will shift … to mark"), « pour » (« se
    /// réuniront … pour marquer »), « de » after « afin ».
    private static let purposeMarkers: Set<String> = ["to", "pour", "de", "d'"]
    /// Words before the marker that belong to it: "in order to", "so as to", « afin de ».
    private static let purposeLeads: [String: Set<String>] = ["to": ["order", "as"], "de": ["afin"], "d'": ["afin"]]

    /// Infinitives of marking a date, folded: "to mark", « pour célébrer ».
    private static let markingInfinitives: Set<String> = [
        "mark", "celebrate", "commemorate", "honour", "honor", "remember", "marquer", "celebrer", "commemorer",
        "feter", "honorer", "saluer",
    ]

    /// Where the infinitive of purpose at word `index` starts ("to mark", « pour marquer »), whose
    /// time is that of the verb before it: "will shift to Friday 13 March, to mark the 54th
    /// anniversary" is future. `nil` unless the word is a verb's infinitive after its marker.
    private func purposeVerbStart(infinitive index: Int, in sentence: Range<Int>) -> Int? {
        var marker = index - 1
        guard marker > sentence.lowerBound, Self.purposeMarkers.contains(words[marker]),
            !WordFolding.isCapitalised(tokens[index].text)
        else { return nil }
        // "in order to", "so as to", « afin de »; « de » alone opens no purpose, and "to", « pour »
        // only after a comma or before a verb of marking ("was set to open" is a plan, no purpose).
        if let leads = Self.purposeLeads[words[marker]], leads.contains(words[marker - 1]) {
            marker -= 1
            if marker > sentence.lowerBound, ["in", "so"].contains(words[marker - 1]) { marker -= 1 }
        } else if words[marker] != "to" && words[marker] != "pour" {
            return nil
        } else if tokens[marker - 1].text != ",", !Self.markingInfinitives.contains(words[index]) {
            return nil
        }
        if language == .fr {
            let folded = words[index]
            guard folded.hasSuffix("er") || folded.hasSuffix("ir") || folded.hasSuffix("re") else { return nil }
        } else if tokens[index].text.hasSuffix("s") || tokens[index].text.hasSuffix("ed") {
            return nil
        }
        return marker
    }

    /// The tense of a passive or auxiliary verb right after the words ending before `index`, with
    /// only names and small words between: "L’anniversaire d’INTERPOL a été célébré" (past), "The
    /// 99th anniversary of INTERPOL was marked" (past), "sera fêté", "will be marked" (future).
    func tense(after index: Int, in sentence: Range<Int>) -> Tense? {
        var position = index
        while position < min(sentence.upperBound, index + Self.window) {
            let token = tokens[position]
            guard token.kind == .word else { return nil }
            let folded = words[position]
            if TenseLexicon.fillers.contains(folded) || WordFolding.isCapitalised(token.text) {
                position += 1
                continue
            }
            let next = position + 1 < sentence.upperBound ? words[position + 1] : ""
            switch language {
            case .fr where TenseLexicon.frenchPastAuxiliaries.contains(token.text.lowercased()) && next == "ete":
                return .past
            case .fr where ["fut", "furent"].contains(folded): return .past
            case .fr where TenseLexicon.frenchFutureAuxiliaries.contains(folded): return .future
            case .en where ["was", "were"].contains(folded) || (folded == "had" && next == "been"): return .past
            case .en where TenseLexicon.englishFutureAuxiliaries.contains(folded): return .future
            default: return nil
            }
        }
        return nil
    }

    /// The tense of the French verb group ending at word `index`.
    private func frenchTense(at index: Int, folded: String) -> Tense? {
        if TenseLexicon.schedulingParticiples.contains(participleStem(folded)) { return nil }
        if isParticiple(folded) {
            var auxiliary = index - 1
            while auxiliary >= 0, ["ete", "bien", "deja", "aussi", "officiellement"].contains(word(auxiliary)) {
                auxiliary -= 1
            }
            let lowercased = auxiliary >= 0 ? tokens[auxiliary].text.lowercased() : ""
            if TenseLexicon.frenchPastAuxiliaries.contains(lowercased) { return .past }
            if TenseLexicon.frenchFutureAuxiliaries.contains(lowercased) { return .future }
            if TenseLexicon.frenchBeAuxiliaries.contains(lowercased) {
                let reflexive = auxiliary > 0 && TenseLexicon.frenchReflexives.contains(word(auxiliary - 1))
                return reflexive || TenseLexicon.frenchMotionParticiples.contains(participleStem(folded)) ? .past : nil
            }
        }
        if folded.hasSuffix("er") || folded.hasSuffix("ir") || folded.hasSuffix("re") {
            var before = index - 1
            if before >= 0, TenseLexicon.frenchReflexives.contains(word(before)) { before -= 1 }
            return before >= 0 && TenseLexicon.frenchFutureBeforeInfinitive.contains(word(before)) ? .future : nil
        }
        if TenseLexicon.frenchPastForms.contains(folded) { return .past }
        if TenseLexicon.frenchFutureForms.contains(folded) { return .future }
        if !TenseLexicon.frenchFutureLookalikes.contains(folded),
            TenseLexicon.frenchFutureEndings.contains(where: { folded.hasSuffix($0) && folded.count > $0.count + 1 })
        {
            return .future
        }
        return nil
    }

    /// The tense of the English verb group ending at word `index`.
    private func englishTense(at index: Int, folded: String) -> Tense? {
        if TenseLexicon.schedulingParticiples.contains(folded) { return nil }
        var auxiliary = index - 1
        while auxiliary >= 0,
            ["be", "been", "have", "not", "also", "again", "formally", "officially", "finally"].contains(word(auxiliary)),
            !TenseLexicon.englishFutureAuxiliaries.contains(word(auxiliary))
        {
            auxiliary -= 1
        }
        let before = auxiliary >= 0 ? word(auxiliary) : ""
        if TenseLexicon.englishFutureAuxiliaries.contains(before) { return .future }
        if TenseLexicon.englishPresentAuxiliaries.contains(before) { return nil }
        if TenseLexicon.englishPastAuxiliaries.contains(before) { return .past }
        return TenseLexicon.englishPastForms.contains(folded) ? .past : nil
    }

    /// Whether a folded French word looks like a past participle ("ouvert", "tenue", "réunis").
    private func isParticiple(_ folded: String) -> Bool {
        let stem = participleStem(folded)
        return ["e", "i", "u", "t", "s"].contains { stem.hasSuffix($0) } && stem.count >= 2
    }

    /// A participle without its agreement: "tenues" → "tenu", "ouverte" → "ouvert".
    private func participleStem(_ folded: String) -> String {
        var stem = Substring(folded)
        if stem.hasSuffix("s"), stem.count > 3 { stem = stem.dropLast() }
        // "tenue", "ouverte", "prise", "réunie", "célébrée" lose their "e"; "célébré" keeps its "é".
        if stem.hasSuffix("ee") || (stem.hasSuffix("e") && stem.dropLast().last.map { "iuts".contains($0) } == true) {
            stem = stem.dropLast()
        }
        return String(stem)
    }

    private func word(_ index: Int) -> String {
        words[index]
    }
}
