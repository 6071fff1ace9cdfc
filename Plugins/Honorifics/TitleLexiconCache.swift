import FactDeskKit
import Foundation

/// The title lexicon of the last reference data seen, so that the reference data's roles are
/// read once per run rather than once per draft.
final class TitleLexiconCache: @unchecked Sendable {
    private let lock = NSLock()
    private var key: String?
    private var lexicon: TitleLexicon?

    /// The lexicon for the reference data of a check (the common titles alone without roles).
    func lexicon(for reference: (any ReferenceLookup)?) -> TitleLexicon {
        guard let records = reference as? any NameRecords else { return TitleLexicon(records: []) }
        let key = records.nameRecordsKey
        lock.lock()
        defer { lock.unlock() }
        if let lexicon, self.key == key { return lexicon }
        let built = TitleLexicon(records: records.nameRecords())
        (self.key, self.lexicon) = (key, built)
        return built
    }
}
