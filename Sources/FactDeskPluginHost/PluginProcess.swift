import Foundation

/// A plugin's child process, spoken to in lines.
///
/// The plugin's standard input and output are non-blocking and multiplexed with `poll(2)`: while
/// a message is written, whatever the plugin writes is read into a buffer, so a plugin that
/// writes before it has read everything cannot deadlock the host, and every wait has a
/// deadline, so a plugin that stops reading or answering cannot hang it. The tail of its
/// standard error is kept, on a thread of its own, to explain a crash. The host process ignores
/// SIGPIPE from the first plugin it starts, so a plugin that exits without reading only makes a
/// write fail.
final class PluginProcess: @unchecked Sendable {
    /// The longest line a plugin may write: anything longer is a broken plugin.
    static let maximumLineLength = 64 * 1024 * 1024

    /// What waiting for a line gives.
    enum Event: Equatable {
        /// A complete line, without its newline.
        case line(Data)
        /// The plugin closed its standard output (it exited, most likely).
        case end
        /// A line longer than ``PluginProcess/maximumLineLength``.
        case tooLong
        /// Nothing came before the deadline.
        case timedOut
    }

    private let process = Process()
    private let input: FileHandle
    private let output: FileHandle
    private let errorTail = ErrorTail()
    private let exited = DispatchSemaphore(value: 0)
    /// Bytes read from the plugin and not yet returned as lines.
    private var pending: [UInt8] = []
    private var outputClosed = false
    private var readBuffer = [UInt8](repeating: 0, count: 65_536)

    /// Ignores SIGPIPE in this process, once: writing to a plugin that has exited must fail, not kill us.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Starts the executable in `directory` with `arguments`.
    /// - Throws: ``PluginError/cannotStart(command:reason:)`` when it cannot be started.
    init(executable: URL, arguments: [String], directory: URL) throws(PluginError) {
        Self.ignoreBrokenPipes
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        process.terminationHandler = { [exited] _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart(command: executable.path, reason: .refused(error.localizedDescription))
        }
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        for descriptor in [input.fileDescriptor, output.fileDescriptor] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        let errorTail = errorTail
        let errors = stderr.fileHandleForReading
        Thread.detachNewThread { errorTail.collect(errors) }
    }

    /// Writes `data` to the plugin's standard input before `deadline`, reading what it writes
    /// meanwhile. Returns `false` when the deadline passed first. A plugin that has exited
    /// (the write fails) counts as written: the next ``receive(until:)`` reports the exit.
    func send(_ data: Data, until deadline: ContinuousClock.Instant) -> Bool {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { bytes in
                Foundation.write(input.fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0, errno == EINTR { continue }
            guard written < 0, errno == EAGAIN || errno == EWOULDBLOCK else { return true }
            guard wait(forWriting: true, until: deadline) else { return false }
        }
        return true
    }

    /// The next line the plugin writes, waiting until `deadline`.
    func receive(until deadline: ContinuousClock.Instant) -> Event {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(pending[..<newline])
                pending.removeSubrange(...newline)
                return .line(line)
            }
            if pending.count > Self.maximumLineLength { return .tooLong }
            if outputClosed { return .end }
            guard wait(forWriting: false, until: deadline) else { return .timedOut }
        }
    }

    /// Waits until the plugin's output can be read (and reads it into ``pending``) or, when
    /// `writing`, until its input can be written; `false` when the deadline passed first.
    private func wait(forWriting writing: Bool, until deadline: ContinuousClock.Instant) -> Bool {
        var descriptors = [pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        if writing { descriptors.append(pollfd(fd: input.fileDescriptor, events: Int16(POLLOUT), revents: 0)) }
        if outputClosed { descriptors.removeFirst() }
        let remaining = ContinuousClock.now.duration(to: deadline)
        guard remaining > .zero else { return false }
        let milliseconds = Int32(
            min(
                remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1,
                3_600_000))
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if ready < 0, errno != EINTR { return false }
        if !outputClosed, descriptors[0].revents != 0 { readAvailable() }
        return ready != 0 || ContinuousClock.now < deadline
    }

    /// Reads whatever the plugin has written, noting when its output is closed.
    private func readAvailable() {
        let descriptor = output.fileDescriptor
        while pending.count <= Self.maximumLineLength {
            let count = readBuffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: readBuffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { outputClosed = true }
                return
            }
        }
    }

    /// How the process ended, waiting up to a second for it to end: `status 1`, `signal 9`.
    func exitDescription() -> String {
        guard exited.wait(timeout: .now() + 1) == .success else { return "still running" }
        exited.signal()
        return process.terminationReason == .uncaughtSignal
            ? "signal \(process.terminationStatus)" : "status \(process.terminationStatus)"
    }

    /// The last line the plugin wrote on its standard error, if any.
    var lastErrorLine: String? { errorTail.lastLine }

    /// Kills the process now (SIGKILL) unless it has already ended.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Ends the conversation: closes the plugin's standard input, lets it exit within `grace`
    /// seconds, and kills it otherwise.
    func close(grace: Double) {
        try? input.close()
        if exited.wait(timeout: .now() + grace) == .success {
            exited.signal()
        } else {
            kill()
        }
        try? output.close()
    }
}
