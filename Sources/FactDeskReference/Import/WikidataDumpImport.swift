import Foundation

/// Imports a full Wikidata JSON dump (`latest-all.json.gz` style: a JSON array with one entity
/// per line, each but the last followed by a comma; gzip or plain) as it reads it: one line is
/// decoded at a time and the kept entities are written, ``batchSize`` at a time, to files of
/// ``chunkSize`` entities, `wikidata-00001.yml`, `wikidata-00002.yml`… in a folder: at most one
/// batch of entities and its YAML are held, whatever the dump's and the files' sizes.
public struct WikidataDumpImport: Sendable {
    /// Which entities are kept, in which languages.
    public var filter: WikidataFilter
    /// How many entities each YAML file holds.
    public var chunkSize: Int
    /// How many entities are serialised and written at once: what bounds the import's memory.
    public static let batchSize = 1000

    /// An import with a filter, writing files of `chunkSize` entities.
    public init(filter: WikidataFilter = WikidataFilter(), chunkSize: Int = 50_000) {
        self.filter = filter
        self.chunkSize = max(1, chunkSize)
    }

    /// How far an import is.
    public struct Progress: Sendable {
        /// Entities read from the dump.
        public var read: Int
        /// Entities kept.
        public var kept: Int
        /// Bytes of the dump file read (compressed, for a gzip dump).
        public var bytesRead: Int
        /// The YAML files written.
        public var files: [String]
    }

    /// Streams the dump at `dump` into `folder` (created when missing), calling `progress` after
    /// every thousand entities read and at the end.
    ///
    /// - Throws: ``WikidataImporter/ImportError`` for a file that cannot be read, a line that
    ///   is not entity JSON (with its number), or a folder that already holds an import (its
    ///   files are never overwritten) or cannot be written.
    public func run(dump: String, into folder: String, progress: (Progress) -> Void = { _ in })
        throws(WikidataImporter.ImportError) -> Progress
    {
        try Self.prepare(folder)
        let reader: GzipLineReader
        do {
            reader = try GzipLineReader(path: dump)
        } catch {
            throw WikidataImporter.ImportError(description: "\(dump): \(error.description)")
        }
        var state = Progress(read: 0, kept: 0, bytesRead: 0, files: [])
        var output = ChunkOutput(folder: folder, dump: dump, chunkSize: chunkSize)
        var lineNumber = 0
        let decoder = JSONDecoder()
        while true {
            let line: ArraySlice<UInt8>?
            do {
                line = try reader.nextLine()
            } catch {
                throw WikidataImporter.ImportError(description: "\(dump): \(error.description)")
            }
            guard let line else { break }
            lineNumber += 1
            guard let json = Self.entityJSON(line) else { continue }
            let decoded: WikidataEntity
            do {
                decoded = try decoder.decode(WikidataEntity.self, from: Data(json))
            } catch {
                throw WikidataImporter.ImportError(description: "\(dump):\(lineNumber): not a Wikidata entity")
            }
            state.read += 1
            if let entity = filter.entity(from: decoded) {
                try output.add(entity)
                state.kept += 1
            }
            if state.read % 1000 == 0 {
                state.files = output.files
                state.bytesRead = reader.compressedOffset
                progress(state)
            }
        }
        try output.finish()
        state.files = output.files
        state.bytesRead = reader.compressedOffset
        progress(state)
        return state
    }

    /// The entity's JSON on a dump line: without the surrounding blanks and trailing comma; `nil`
    /// for the array's brackets and blank lines.
    private static func entityJSON(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var json = line.drop(while: isBlank)
        while let last = json.last, isBlank(last) || last == UInt8(ascii: ",") { json = json.dropLast() }
        guard let first = json.first, first == UInt8(ascii: "{") else { return nil }
        return json
    }

    /// Creates the folder, refusing one that already holds imported files.
    private static func prepare(_ folder: String) throws(WikidataImporter.ImportError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WikidataImporter.ImportError(description: "\(folder): cannot create the folder")
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if existing.contains(where: { $0.hasPrefix("wikidata-") && $0.hasSuffix(".yml") }) {
            throw WikidataImporter.ImportError(
                description: "\(folder): already holds imported files (wikidata-*.yml); remove them or choose another folder")
        }
    }

}

/// The files an import writes: entities gathered in batches, each batch appended to the file
/// being written, a file completed every `chunkSize` entities.
private struct ChunkOutput {
    let folder: String
    let dump: String
    let chunkSize: Int
    /// The files completed.
    private(set) var files: [String] = []
    private var batch: [Entity] = []
    private var file: YAMLChunkFile?
    private var inFile = 0

    init(folder: String, dump: String, chunkSize: Int) {
        self.folder = folder
        self.dump = dump
        self.chunkSize = chunkSize
    }

    mutating func add(_ entity: Entity) throws(WikidataImporter.ImportError) {
        batch.append(entity)
        inFile += 1
        if batch.count == WikidataDumpImport.batchSize || inFile == chunkSize { try flush() }
        if inFile == chunkSize { try finish() }
    }

    /// Writes what is gathered and completes the file being written.
    mutating func finish() throws(WikidataImporter.ImportError) {
        try flush()
        guard let file else { return }
        do {
            try file.finish()
        } catch {
            throw WikidataImporter.ImportError(description: "\(file.path): cannot write: \(error.localizedDescription)")
        }
        files.append(file.path)
        self.file = nil
        inFile = 0
    }

    private mutating func flush() throws(WikidataImporter.ImportError) {
        guard !batch.isEmpty else { return }
        let number = files.count + 1
        let path = (folder as NSString).appendingPathComponent(String(format: "wikidata-%05d.yml", number))
        do {
            let file =
                try self.file
                ?? YAMLChunkFile(
                    path: path,
                    comment:
                        "Entities imported from the Wikidata dump \((dump as NSString).lastPathComponent) (part \(number)); facts cite their statements."
                )
            self.file = file
            try file.append(batch)
        } catch {
            throw WikidataImporter.ImportError(description: "\(path): cannot write: \(error.localizedDescription)")
        }
        batch.removeAll(keepingCapacity: true)
    }
}
