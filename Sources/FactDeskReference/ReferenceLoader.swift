/// Reads reference data from YAML and JSON files and folders, validating all of it.
///
/// ```swift
/// let data = try ReferenceLoader().load(["reference"])
/// let members = data.fact("member-countries", of: "interpol", on: published)
/// ```
public struct ReferenceLoader: Sendable {
    /// The bounds on file sizes and counts.
    public var limits: ReferenceLimits

    /// Creates a loader.
    public init(limits: ReferenceLimits = .standard) {
        self.limits = limits
    }

    /// Loads every reference file under `paths` (files, or folders searched recursively for
    /// `*.yml`, `*.yaml`, `*.json`) as one body of data.
    ///
    /// - Throws: ``ReferenceError`` with every problem in every file, ordered by file, line and
    ///   column; nothing is returned unless all of it is valid.
    public func load(_ paths: [String]) throws(ReferenceError) -> ReferenceData {
        var diagnostics: [ReferenceDiagnostic] = []
        let sources = ReferenceFile.readAll(paths, limits: limits, diagnostics: &diagnostics)
        return try build(sources, diagnostics: diagnostics)
    }

    /// Loads reference data from a text, reported as `file` in diagnostics.
    public func load(text: String, file: String) throws(ReferenceError) -> ReferenceData {
        try build([ReferenceFile(path: file, text: text)], diagnostics: [])
    }

    /// Every problem in the reference files under `paths`; empty when they are valid.
    public func lint(_ paths: [String]) -> [ReferenceDiagnostic] {
        do {
            _ = try load(paths)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Validates files already read, with the problems found reading them.
    func build(_ sources: [ReferenceFile], diagnostics: [ReferenceDiagnostic]) throws(ReferenceError)
        -> ReferenceData
    {
        var diagnostics = diagnostics
        var entities: [Entity] = []
        var series: [Series] = []
        var properties: [Property] = []
        var declaredIDs: [DeclaredID] = []
        for source in sources {
            let (document, problems) = DocumentReader.read(source.text, file: source.path, limits: limits)
            diagnostics += problems
            entities += document.entities
            series += document.series
            properties += document.properties
            declaredIDs += document.declaredIDs
        }
        diagnostics += ReferenceValidator.diagnostics(
            entities: entities, series: series, properties: properties, declaredIDs: declaredIDs, limits: limits)
        guard diagnostics.isEmpty else { throw ReferenceError(diagnostics) }
        return ReferenceData(validated: entities, series: series, properties: properties)
    }
}
