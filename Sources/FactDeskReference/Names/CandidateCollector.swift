/// The best candidate of each entity or series found so far in a lookup, and whether enough
/// good ones are in hand to skip the rest.
struct CandidateCollector {
    private let limit: Int
    private let index: NameIndex
    private var best: [UInt32: NameIndex.Candidate] = [:]

    init(limit: Int, index: NameIndex) {
        self.limit = limit
        self.index = index
    }

    /// Keeps a spelling's candidate if it beats the one kept for the same entity.
    mutating func offer(_ candidate: NameIndex.Candidate, spelling: UInt32) {
        let subject = index.spellingSubjects[Int(spelling)]
        var candidate = candidate
        candidate.id = index.subjectIDs[Int(subject)]
        if let kept = best[subject], (kept.score, -kept.distance) >= (candidate.score, -candidate.distance) { return }
        best[subject] = candidate
    }

    /// Whether `limit` candidates already score above `score`: then nothing scoring at most
    /// that can enter the result.
    func isFull(above score: Double) -> Bool {
        best.values.lazy.filter { $0.score > score }.prefix(limit).count == limit
    }

    /// The candidates, best first (score, then fewer edits, then id), at most `limit`.
    var result: [NameIndex.Candidate] {
        Array(best.values.sorted { ($1.score, $0.distance, $0.id) < ($0.score, $1.distance, $1.id) }.prefix(limit))
    }
}
