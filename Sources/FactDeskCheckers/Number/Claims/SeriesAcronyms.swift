import FactDeskKit

/// The reference series an acronym stands for: the initials of the core words of one of the
/// series' names (« AG » of « Assemblée générale de l’Union », "GA" of "UPA General Assembly",
/// "WHA" of "World Health Assembly"), read with the organisation a name of the series holds.
/// That organisation's own name may be glued before the initials ("UPAGA") or follow them in a
/// complement (« l’AG de l’UPA », "the GA of the UPA"); an acronym with neither stands for a
/// series only when one series alone has those initials and, if its names hold an organisation,
/// the words around name it. Initials that two series share stand for neither.
///
/// The core words of a name are its words before a complement (« de », "of"), but for articles
/// and the words that name an organisation: "UPA General Assembly" → "GA", « Assemblée générale
/// des Nations unies » → « AG ». Read from reference data once per draft, on the first acronym.
final class SeriesAcronyms {
    /// A series some initials stand for, with the organisations its names hold.
    struct Candidate {
        var series: ReferenceSubject
        var organizations: Set<String>
    }

    /// The fewest and most letters of initials.
    static let initialsLength = 2...6

    private let reference: any ReferenceLookup
    private let language: Language
    private var byInitials: [String: [Candidate]]?

    init(reference: any ReferenceLookup, language: Language) {
        self.reference = reference
        self.language = language
    }

    /// Whether a word may be an acronym: two to ten capital Latin letters ("AG", "UNGA").
    static func isAcronym(_ word: String) -> Bool {
        (2...10).contains(word.utf8.count) && word.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// The one series the acronym stands for, given the organisations named in a complement right
    /// after it (`following`, « de l’ONU ») and those named near it (`nearby`); `nil` when none
    /// does or two may.
    func series(acronym: String, following: String?, nearby: Set<String>) -> ReferenceSubject? {
        var found: [String: ReferenceSubject] = [:]
        for split in 0...(acronym.count - Self.initialsLength.lowerBound) {
            let initials = String(acronym.dropFirst(split))
            var candidates = table()[initials] ?? []
            if split > 0 {
                // "UNGA": the organisation's acronym glued before the initials.
                guard let glued = organization(named: String(acronym.prefix(split))) else { continue }
                candidates = candidates.filter { $0.organizations.contains(glued) }
            } else if let following {
                candidates = candidates.filter { $0.organizations.contains(following) }
            } else {
                guard candidates.count == 1 else { continue }
                candidates = candidates.filter { $0.organizations.isEmpty || !$0.organizations.isDisjoint(with: nearby) }
            }
            guard candidates.count == 1, let candidate = candidates.first else {
                if candidates.count > 1 { return nil }
                continue
            }
            found[candidate.series.id] = candidate.series
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The organisation a single word names ("UN", « ONU »).
    func organization(named word: String) -> String? {
        reference.subjects(namedIn: [word], language: language).first {
            $0.words == 0..<1 && $0.subject.kind == .organization
        }?.subject.id
    }

    private func table() -> [String: [Candidate]] {
        if let byInitials { return byInitials }
        var table: [String: [Candidate]] = [:]
        for (series, names) in reference.allSeries(language: language) {
            var organizations = Set<String>()
            var initialsOfNames = Set<String>()
            for name in names {
                let reading = read(name)
                organizations.formUnion(reading.organizations)
                initialsOfNames.formUnion(reading.initials)
            }
            for initials in initialsOfNames {
                table[initials, default: []].append(Candidate(series: series, organizations: organizations))
            }
        }
        byInitials = table
        return table
    }

    /// The initials of a name's core words and the organisations it names: before the core words
    /// ("UN General Assembly") or in the complement after them (« de l’ONU »). A complement that
    /// names no organisation belongs to the name: its words' initials follow the core's too, when
    /// they make at least ``wholeNameInitials`` letters (« AMS » of « Assemblée mondiale de la
    /// santé », « CIT » of « Conférence internationale du Travail »).
    private func read(_ name: String) -> (initials: Set<String>, organizations: Set<String>) {
        let words = Self.words(of: name)
        let complement = words.firstIndex { ClaimWords.complementWords.contains(Fold.word($0)) } ?? words.count
        var organizations = Set<String>()
        var tail = Array(words[min(words.count, complement + 1)...])
        if let first = tail.first, ClaimWords.articles.contains(Fold.word(first)) { tail.removeFirst() }
        if !tail.isEmpty, let owner = wholeOrganization(tail) { organizations.insert(owner) }
        // The longest run of first words that names an organisation.
        var coreStart = 0
        for end in stride(from: complement - 1, through: 1, by: -1) {
            if let owner = wholeOrganization(Array(words[0..<end])) {
                organizations.insert(owner)
                coreStart = end
                break
            }
        }
        let core = words[coreStart..<complement].filter { !ClaimWords.articles.contains(Fold.word($0)) }
        var initials = Set<String>()
        if let coreInitials = Self.initials(of: core) { initials.insert(coreInitials) }
        if organizations.isEmpty, complement < words.count {
            let whole = words[coreStart...].filter {
                !ClaimWords.articles.contains(Fold.word($0)) && !ClaimWords.complementWords.contains(Fold.word($0))
            }
            if let wholeInitials = Self.initials(of: whole), wholeInitials.count >= Self.wholeNameInitials {
                initials.insert(wholeInitials)
            }
        }
        return (initials, organizations)
    }

    /// The fewest letters of the initials of a whole name, complement included: two letters of
    /// a name and its complement (« CM ») are too often something else.
    static let wholeNameInitials = 3

    /// The capital initials of `words`, when they are Latin letters within ``initialsLength``.
    private static func initials(of words: [String]) -> String? {
        let initials = String(words.compactMap { $0.first.map { Character($0.uppercased()) } })
        let isLetters = initials.allSatisfy { $0.isASCII && $0.isLetter }
        return initialsLength.contains(initials.count) && isLetters ? initials : nil
    }

    /// The organisation that exactly these words name.
    private func wholeOrganization(_ words: [String]) -> String? {
        reference.subjects(namedIn: words, language: language).first {
            $0.words == 0..<words.count && $0.subject.kind == .organization
        }?.subject.id
    }

    /// A name's words, an elided article apart from its word (« l’ONU » → « l’ », « ONU »).
    private static func words(of name: String) -> [String] {
        name.split(separator: " ").flatMap { word -> [String] in
            guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }), word.index(after: apostrophe) < word.endIndex
            else { return [String(word)] }
            let after = word.index(after: apostrophe)
            return ["\(word[..<apostrophe])'", String(word[after...])]
        }
    }
}
