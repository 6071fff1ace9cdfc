import FactDeskKit

/// A name that several series share ("General Assembly", a name of the UN's series of sessions
/// and of INTERPOL's): it stands for the series whose body, or whose own longer name, the draft
/// names nearest to it — in its sentence or the few before ("INTERPOL's 93rd General Assembly",
/// "the 91st General Assembly of INTERPOL", « L’ONU … La 80e Assemblée générale … ») — and for
/// none when that does not tell them apart.
extension SubjectOccurrences {
    /// How many sentences before a shared name are searched for the body it belongs to.
    static let sharedNameReach = 5

    /// `found`, the subjects of sentence `sentence`, with each shared series name given to its
    /// series, or dropped.
    func resolvingSharedNames(_ found: [SubjectOccurrence], sentence: Int) -> [SubjectOccurrence] {
        guard found.contains(where: { $0.kind == .series }) else { return found }
        var resolved: [SubjectOccurrence] = []
        for occurrence in found {
            let candidates = occurrence.kind == .series ? sharingSeries(spelt: occurrence.name) : [:]
            guard candidates.count > 1 else {
                resolved.append(occurrence)
                continue
            }
            guard let chosen = nearestOwner(of: occurrence, markers: candidates, in: found, sentence: sentence),
                !resolved.contains(where: { $0.id == chosen && $0.tokens == occurrence.tokens })
            else { continue }
            var named = occurrence
            named.id = chosen
            resolved.append(named)
        }
        return resolved
    }

    /// The series whose marker the draft names nearest to `occurrence`, in its sentence or in
    /// the ``sharedNameReach`` sentences before; `nil` on a tie or with none.
    private func nearestOwner(
        of occurrence: SubjectOccurrence, markers: [String: String], in found: [SubjectOccurrence], sentence: Int
    ) -> String? {
        let own = found.filter { other in
            other.tokens != occurrence.tokens && (other.kind != .series || sharingSeries(spelt: other.name).count <= 1)
        }
        let before = (max(0, sentence - Self.sharedNameReach)..<sentence).flatMap { inSentence($0) }
        var best: (series: String, distance: Int)?
        var isTied = false
        for other in before + own {
            guard let series = markers[other.id] else { continue }
            let distance =
                other.tokens.upperBound <= occurrence.tokens.lowerBound
                ? occurrence.tokens.lowerBound - other.tokens.upperBound
                : max(0, other.tokens.lowerBound - occurrence.tokens.upperBound)
            if distance < best?.distance ?? Int.max {
                best = (series, distance)
                isTied = false
            } else if distance == best?.distance, series != best?.series {
                isTied = true
            }
        }
        return isTied ? nil : best?.series
    }

    /// The series one of whose names is spelt `name`, as a map from each marker that tells one
    /// of them — its id, and the subjects named inside its longer names ("UN" in "UN General
    /// Assembly") — to its id; empty when one series at most has the name.
    func sharingSeries(spelt name: String) -> [String: String] {
        if let cached = sharedNames[name] { return cached }
        let series = reference.series(spelt: name, language: document.language)
        var markers: [String: String] = [:]
        var shared: Set<String> = []
        if series.count > 1 {
            for (subject, names) in series {
                for marker in [subject.id] + insideNames(names) where markers[marker] != subject.id {
                    if markers[marker] != nil { shared.insert(marker) }
                    markers[marker] = subject.id
                }
            }
        }
        for marker in shared { markers[marker] = nil }
        sharedNames[name] = markers
        return markers
    }

    /// The ids of the subjects other than series that part of one of `names` names on its own.
    private func insideNames(_ names: [String]) -> [String] {
        var ids: [String] = []
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            for start in words.indices {
                for end in (start + 1)...words.count where end - start < words.count {
                    let run = Array(words[start..<end])
                    for match in reference.subjects(namedIn: run, language: document.language)
                    where match.words == 0..<run.count && match.subject.kind != .series && !ids.contains(match.subject.id) {
                        ids.append(match.subject.id)
                    }
                }
            }
        }
        return ids
    }
}
