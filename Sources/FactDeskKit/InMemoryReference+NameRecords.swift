import Foundation

extension InMemoryReference: NameRecords {
    /// The subjects as JSON with sorted keys: equal subjects give equal keys.
    public var nameRecordsKey: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(subjects)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Every subject's names (those of every language, then ``Subject/languageNames``), kind,
    /// roles and source.
    public func nameRecords() -> [NameRecord] {
        subjects.map { subject in
            NameRecord(
                id: subject.id, kind: subject.kind,
                names: subject.names.map { NameSpelling($0) } + subject.languageNames, roles: subject.roles,
                source: subject.source)
        }
    }
}
