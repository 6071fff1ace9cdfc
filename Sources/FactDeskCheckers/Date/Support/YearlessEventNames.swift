import FactDeskKit

/// The events of the reference data near the publication date whose names carry their year
/// ("Harbour Lights Festival 2025", "2025 Harbour Lights Festival", « Foire de Varna 2025 »),
/// under those names without the year: a draft writes "the Harbour Lights Festival opens on
/// Friday" of the edition under way, and reference data often holds the yearly event apart from
/// the festival itself ("Harbour Lights Festival", "Harbour Lights"), whose names then name the
/// event too.
///
/// Only an event within ``EventPeriods/reach`` days of the publication date is read so: without
/// one, "the Harbour Lights Festival" may be any year's, and a yearly event's days fit most
/// years' dates. A name drops only the year of the event's first or last day; a name left with
/// no capitalised word ("festival 2025") names nothing.
struct YearlessEventNames {
    /// A name of an event without its year: its folded words, and which of them are capitalised.
    struct Alias {
        var event: ReferenceSubject
        var words: [String]
        var capitalised: [Bool]
    }

    let aliases: [Alias]

    /// The yearless names of the events near `day`; `nil` when there are none.
    init?(reference: any ReferenceLookup, around day: CalendarDate, language: Language) {
        var aliases: [Alias] = []
        for near in EventPeriods.referenceEvents(near: day, reference: reference, language: language) {
            let event = near.subject
            let years: Set<String> = [String(near.first.year), String(near.last.year)]
            for name in reference.names(of: event.id, language: language) {
                let parts = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                guard parts.contains(where: years.contains) else { continue }
                let kept = parts.filter { !years.contains($0) }
                guard kept.contains(where: { $0.first?.isUppercase == true }) else { continue }
                aliases.append(
                    Alias(
                        event: event, words: kept.map(WordFolding.fold),
                        capitalised: kept.map { $0.first?.isUppercase == true }))
            }
        }
        guard !aliases.isEmpty else { return nil }
        self.aliases = aliases
    }

    /// The events named without their year in a run of words (`written`, as the draft writes
    /// them, at token positions `positions`), with the tokens that name each: a capitalised word
    /// of the name must be capitalised in the draft.
    func named(in written: [String], at positions: [Int]) -> [NamedSubject] {
        let folded = written.map { WordFolding.fold(String($0.filter { $0.isLetter || $0.isNumber })) }
        var found: [NamedSubject] = []
        for alias in aliases where alias.words.count <= folded.count {
            for start in 0...(folded.count - alias.words.count) {
                let matches = alias.words.indices.allSatisfy { offset in
                    folded[start + offset] == alias.words[offset]
                        && (!alias.capitalised[offset] || written[start + offset].first?.isUppercase == true)
                }
                guard matches else { continue }
                found.append(
                    NamedSubject(
                        subject: alias.event,
                        tokens: positions[start]..<positions[start + alias.words.count - 1] + 1))
                break
            }
        }
        return found
    }

    /// The events whose yearless name is also a name of `subject`, a festival or body the
    /// reference data holds apart from its yearly event.
    func events(spelt subject: ReferenceSubject, reference: any ReferenceLookup, language: Language)
        -> [ReferenceSubject]
    {
        guard ![.event, .place, .person].contains(subject.kind) else { return [] }
        let spellings = Set(
            reference.names(of: subject.id, language: language).map(WordFolding.nameWords))
        return aliases.filter { spellings.contains($0.words) }.map(\.event)
    }
}
