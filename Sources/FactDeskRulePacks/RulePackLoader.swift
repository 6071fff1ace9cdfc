import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// Reads rule packs: YAML files checked against the pack format and the limits, every problem
/// reported with its file, line and reason.
public struct RulePackLoader: Sendable {
    /// The limits packs must keep to.
    public var limits: RulePackLimits

    /// Creates a loader.
    public init(limits: RulePackLimits = RulePackLimits()) {
        self.limits = limits
    }

    /// The packs in files and folders: a folder gives its `.yml` and `.yaml` files, in name order.
    /// - Throws: ``RulePackError`` with the problems of every pack that does not load.
    public func load(_ paths: [String]) throws -> [RulePack] {
        var packs: [RulePack] = []
        var diagnostics: [ReferenceDiagnostic] = []
        for file in try RulePackFiles.list(paths) {
            do {
                packs.append(try load(file: file))
            } catch let error as RulePackError {
                diagnostics += error.diagnostics
            }
        }
        var seen: [String: String] = [:]
        for pack in packs {
            if let first = seen[pack.id] {
                diagnostics.append(
                    ReferenceDiagnostic("pack id '\(pack.id)' is already used by \(first)", at: fileStart(pack.path)))
            }
            seen[pack.id] = seen[pack.id] ?? pack.path
        }
        guard diagnostics.isEmpty else { throw RulePackError(diagnostics) }
        return packs
    }

    /// One pack file.
    /// - Throws: ``RulePackError`` with every problem found.
    public func load(file: String) throws -> RulePack {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            guard size <= limits.fileBytes else {
                throw RulePackError([
                    ReferenceDiagnostic(
                        "rule pack is \(size) bytes, more than the limit of \(limits.fileBytes)", at: fileStart(file))
                ])
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch let error as RulePackError {
            throw error
        } catch {
            throw RulePackError([ReferenceDiagnostic("cannot read the rule pack", at: fileStart(file))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulePackError([ReferenceDiagnostic("rule pack is not UTF-8 text", at: fileStart(file))])
        }
        return try parse(text, file: file)
    }

    /// A pack from its text.
    /// - Parameters:
    ///   - text: the YAML.
    ///   - file: the path shown in diagnostics and kept as the pack's origin.
    /// - Throws: ``RulePackError`` with every problem found.
    public func parse(_ text: String, file: String) throws -> RulePack {
        let screened = YAMLEventScreen.problems(in: text, subject: "rule packs")
        guard screened.isEmpty else {
            throw RulePackError(
                screened.map {
                    ReferenceDiagnostic($0.reason, at: SourceLocation(file: file, line: $0.line, column: $0.column))
                })
        }
        let root: Node?
        do {
            root = try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch {
            throw RulePackError([YAMLSyntaxError.diagnostic(error, text: text, file: file)])
        }
        guard let root else { throw RulePackError([ReferenceDiagnostic("rule pack is empty", at: fileStart(file))]) }
        var reader = RulePackReader(file: file, limits: limits)
        let pack = reader.pack(root)
        guard let pack, reader.nodes.diagnostics.isEmpty else { throw RulePackError(reader.nodes.diagnostics) }
        return pack
    }

    private func fileStart(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }
}
