/// What a snapshot was built from: the FactDesk version, the limits, the paths as given (and the
/// folder they were given from), and a stamp for each reference file read.
struct SnapshotHeader: Equatable, Sendable {
    var version: String
    var limits: ReferenceLimits
    var folder: String
    var paths: [String]
    var sources: [SourceStamp]

    func encode(into out: inout SnapshotEncoder) {
        out.string(version)
        for limit in limits.values { out.int(limit) }
        out.string(folder)
        out.list(paths) { $0.string($1) }
        out.list(sources) { $1.encode(into: &$0) }
    }

    /// Whether the header was built by this version with these limits from these paths.
    func describesSameInput(as other: SnapshotHeader) -> Bool {
        (version, limits, folder, paths) == (other.version, other.limits, other.folder, other.paths)
    }
}

extension SnapshotHeader {
    init(snapshot input: inout SnapshotDecoder) throws(SnapshotDamage) {
        version = try input.string()
        var values: [Int] = []
        for _ in ReferenceLimits.standard.values { values.append(try input.int()) }
        limits = ReferenceLimits(values: values)
        folder = try input.string()
        paths = try input.list { (input) throws(SnapshotDamage) in try input.string() }
        sources = try input.list { (input) throws(SnapshotDamage) in try SourceStamp(snapshot: &input) }
    }
}

extension ReferenceLimits {
    /// Every limit, in a fixed order.
    var values: [Int] {
        [maxFileBytes, maxTotalBytes, maxEntities, maxNames, maxNameLength, maxNodesPerFile, maxDepth]
    }

    init(values: [Int]) {
        self.init(
            maxFileBytes: values[0], maxTotalBytes: values[1], maxEntities: values[2], maxNames: values[3],
            maxNameLength: values[4], maxNodesPerFile: values[5], maxDepth: values[6])
    }
}
