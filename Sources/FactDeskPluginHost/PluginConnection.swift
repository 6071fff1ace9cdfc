import FactDeskKit
import FactDeskReport
import Foundation

/// One plugin process serving a whole run: started once, its handshake read, then one request
/// per document.
///
/// The engine runs checkers concurrently, and ``Checker/check(_:context:)`` is synchronous, so
/// requests are serialised: one lock covers each request and its response, and each response
/// must carry its request's id. A plugin that hangs, exits, or writes something that is not the
/// expected message is stopped, and every later document gets a `checker-error` finding saying
/// so; a response with an invalid finding only loses that document's findings.
final class PluginConnection: @unchecked Sendable {
    /// The checker the plugin described in its handshake.
    let descriptor: CheckerDescriptor
    private let declaration: PluginDeclaration
    private let reference: Set<PluginMessages.ReferenceKind>
    private let mentionKinds: Set<Mention.Kind>?
    private let lock = NSLock()
    private let process: PluginProcess
    private var failure: PluginError?
    private var nextRequest = 1
    private var sentReferenceKey: String?
    private let encoder = JSONEncoder()

    /// Starts the plugin and reads its handshake.
    /// - Parameters:
    ///   - declaration: the plugin as the workspace declares it.
    ///   - executable: the resolved executable to run.
    ///   - host: this program's name and version, sent in the hello message.
    /// - Throws: ``PluginError`` when it cannot start, or its handshake is late or unacceptable.
    init(declaration: PluginDeclaration, executable: URL, host: String) throws(PluginError) {
        self.declaration = declaration
        encoder.outputFormatting = [.withoutEscapingSlashes]
        process = try PluginProcess(
            executable: executable, arguments: declaration.arguments, directory: declaration.workspace)
        do {
            let deadline = Deadline(seconds: declaration.timeout, waitingFor: .handshake)
            try Self.send(PluginMessages.Hello(host: host), to: process, encoder: encoder, before: deadline)
            let line = try Self.line(from: process, before: deadline)
            let accepted = try HandshakeValidation.accept(line, from: declaration)
            descriptor = accepted.descriptor
            reference = accepted.reference
            mentionKinds = accepted.mentionKinds
        } catch {
            process.kill()
            throw error
        }
    }

    deinit {
        process.close(grace: 1)
    }

    /// The plugin's findings on one document.
    /// - Throws: ``PluginError`` when the plugin fails on it (or failed earlier in the run).
    func check(_ document: Document, context: CheckContext) throws(PluginError) -> [Finding] {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw .stoppedEarlier(failure) }
        do {
            let deadline = Deadline(seconds: declaration.timeout, waitingFor: .findings(document.path))
            try sendReference(context.reference, before: deadline)
            let id = nextRequest
            nextRequest += 1
            let request = PluginMessages.CheckRequest(
                id: id,
                document: .init(
                    path: document.path, text: document.text, language: document.language,
                    published: document.published),
                mentions: mentions(in: context).map(MentionObject.init))
            try Self.send(request, to: process, encoder: encoder, before: deadline)
            let line = try Self.line(from: process, before: deadline)
            return try ResponseReading.findings(in: line, request: id, descriptor: descriptor, document: document)
        } catch {
            if error.stopsThePlugin {
                failure = error
                process.kill()
            }
            throw error
        }
    }

    /// The mentions of the kinds the plugin asked for.
    private func mentions(in context: CheckContext) -> [Mention] {
        guard let mentionKinds else { return context.mentions }
        return context.mentions.filter { mentionKinds.contains($0.kind) }
    }

    /// Sends the reference data the plugin asked for, when the run has some it has not been sent.
    private func sendReference(_ lookup: (any ReferenceLookup)?, before deadline: Deadline)
        throws(PluginError)
    {
        guard reference.contains(.names), let records = lookup as? any NameRecords,
            records.nameRecordsKey != sentReferenceKey
        else { return }
        let message = PluginMessages.Reference(names: records.nameRecords().map(PluginMessages.NameObject.init))
        try Self.send(message, to: process, encoder: encoder, before: deadline)
        sentReferenceKey = records.nameRecordsKey
    }

    /// Writes a message as one line of JSON, before the deadline.
    private static func send(
        _ message: some Encodable, to process: PluginProcess, encoder: JSONEncoder, before deadline: Deadline
    ) throws(PluginError) {
        var data: Data
        do {
            data = try encoder.encode(message)
        } catch {
            throw .invalidMessage(
                reason: .init("the host could not encode its message", french: "l’hôte n’a pas pu encoder son message"),
                line: "\(error)")
        }
        data.append(UInt8(ascii: "\n"))
        guard process.send(data, until: deadline.instant) else { throw deadline.missed }
    }

    /// The next line from the plugin, or the error its absence means.
    private static func line(from process: PluginProcess, before deadline: Deadline) throws(PluginError) -> Data {
        switch process.receive(until: deadline.instant) {
        case .line(let line): return line
        case .end: throw .exited(status: process.exitDescription(), lastError: process.lastErrorLine)
        case .tooLong:
            let limit = PluginProcess.maximumLineLength
            throw .invalidMessage(
                reason: .init("a line longer than \(limit) bytes", french: "une ligne de plus de \(limit) octets"), line: "…")
        case .timedOut: throw deadline.missed
        }
    }
}

/// When one exchange with a plugin must be over, and what it was waiting for.
struct Deadline {
    let seconds: Double
    let waitingFor: PluginError.Awaited
    let instant: ContinuousClock.Instant

    init(seconds: Double, waitingFor: PluginError.Awaited) {
        self.seconds = seconds
        self.waitingFor = waitingFor
        instant = .now + .seconds(seconds)
    }

    /// The error of a plugin that missed it.
    var missed: PluginError { .timedOut(seconds: seconds, waitingFor: waitingFor) }
}

extension PluginError {
    /// Whether the plugin must be stopped: its conversation with the host can no longer be trusted.
    var stopsThePlugin: Bool {
        switch self {
        case .invalidFinding, .reported: false
        default: true
        }
    }
}
