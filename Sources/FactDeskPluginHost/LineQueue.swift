import Foundation

/// What a plugin's standard output delivers, handed from the reading thread to the caller.
final class LineQueue: @unchecked Sendable {
    /// One thing read from the plugin.
    enum Event: Equatable {
        /// A complete line, without its newline.
        case line(Data)
        /// The plugin closed its standard output (it exited, most likely).
        case end
        /// A line longer than ``PluginProcess/maximumLineLength``; reading stopped.
        case tooLong
    }

    private let condition = NSCondition()
    private var events: [Event] = []
    private var head = 0

    /// Adds an event and wakes the caller.
    func push(_ event: Event) {
        condition.lock()
        events.append(event)
        condition.signal()
        condition.unlock()
    }

    /// The oldest event, waiting until `deadline`; `nil` when none came in time. After ``Event/end``
    /// or ``Event/tooLong``, that event is returned again on every call.
    func pop(until deadline: Date) -> Event? {
        condition.lock()
        defer { condition.unlock() }
        while head == events.count {
            guard condition.wait(until: deadline) else { return head < events.count ? take() : nil }
        }
        return take()
    }

    private func take() -> Event {
        let event = events[head]
        if event == .end || event == .tooLong { return event }
        head += 1
        if head > 64, head * 2 > events.count {
            events.removeFirst(head)
            head = 0
        }
        return event
    }
}

/// Splits a plugin's standard output into lines on a thread of its own.
enum LineReader {
    static func read(_ handle: FileHandle, into queue: LineQueue) {
        let descriptor = handle.fileDescriptor
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            for index in 0..<count where buffer[index] == UInt8(ascii: "\n") {
                pending.append(contentsOf: buffer[start..<index])
                queue.push(.line(Data(pending)))
                pending.removeAll(keepingCapacity: true)
                start = index + 1
            }
            pending.append(contentsOf: buffer[start..<count])
            if pending.count > PluginProcess.maximumLineLength {
                queue.push(.tooLong)
                try? handle.close()
                return
            }
        }
        queue.push(.end)
        try? handle.close()
    }
}

/// Keeps the last few kilobytes a plugin writes on its standard error.
final class ErrorTail: @unchecked Sendable {
    private let lock = NSLock()
    private var tail: [UInt8] = []

    /// Reads the handle to its end on the calling thread.
    func collect(_ handle: FileHandle) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            lock.lock()
            tail.append(contentsOf: buffer[0..<count])
            if tail.count > 4096 { tail.removeFirst(tail.count - 4096) }
            lock.unlock()
        }
        try? handle.close()
    }

    /// The last non-empty line, at most 300 characters.
    var lastLine: String? {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: tail, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).last.map { String($0.prefix(300)) }
    }
}
