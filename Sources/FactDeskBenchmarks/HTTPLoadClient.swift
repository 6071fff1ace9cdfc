import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 load generator: `clients` threads, each with one keep-alive connection to a
/// loopback port, send requests back to back until `count` requests are done or `duration` has
/// passed, and time each one. (Foundation's URLSession is too slow on Linux to load a server.)
struct HTTPLoadClient {
    /// One request, as raw bytes built for each call (so each may differ).
    let request: @Sendable (_ index: Int) -> [UInt8]
    let port: Int
    let clients: Int
    let count: Int
    let duration: Double

    /// What a load run measured.
    struct Outcome {
        let requests: Int
        let failures: Int
        let seconds: Double
        let latencies: [Double]

        var perSecond: Double { Double(requests) / seconds }

        /// A latency percentile, in milliseconds.
        func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return .nan }
            let sorted = latencies.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] * 1000
        }
    }

    /// Runs the load and returns what it measured.
    func run() -> Outcome {
        let state = LoadState(limit: count)
        let started = DispatchTime.now().uptimeNanoseconds
        let deadline = started + UInt64(duration * 1e9)
        let group = DispatchGroup()
        for _ in 0..<clients {
            group.enter()
            let thread = Thread { [request, port] in
                defer { group.leave() }
                guard let connection = LoopbackConnection(port: port) else {
                    state.fail()
                    return
                }
                defer { connection.close() }
                while DispatchTime.now().uptimeNanoseconds < deadline, let index = state.take() {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let status = connection.exchange(request(index))
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    if let status, (200..<300).contains(status) { state.record(seconds) } else { state.fail(); return }
                }
            }
            thread.start()
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return state.outcome(seconds: seconds)
    }
}

/// The requests handed out and the latencies recorded, shared by the client threads.
private final class LoadState: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var issued = 0
    private var latencies: [Double] = []
    private var failures = 0

    init(limit: Int) { self.limit = limit }

    func take() -> Int? {
        lock.withLock {
            guard issued < limit else { return nil }
            issued += 1
            return issued - 1
        }
    }

    func record(_ seconds: Double) { lock.withLock { latencies.append(seconds) } }
    func fail() { lock.withLock { failures += 1 } }

    func outcome(seconds: Double) -> HTTPLoadClient.Outcome {
        lock.withLock {
            HTTPLoadClient.Outcome(
                requests: latencies.count, failures: failures, seconds: seconds, latencies: latencies)
        }
    }
}

/// One TCP connection to `127.0.0.1:port`: keep-alive exchanges, or a request read to its end.
final class LoopbackConnection {
    private let socket: Int32
    private var buffer: [UInt8] = []

    init?(port: Int) {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var yes: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            return nil
        }
    }

    func close() { Glibc.close(socket) }

    /// Sends all of `bytes`; `false` if the connection failed.
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            guard written > 0 else { return false }
            sent += written
        }
        return true
    }

    /// Everything the server sends until it closes the connection.
    func readToEnd() -> [UInt8] {
        while fill() {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Sends a request and reads its whole response; the status, or `nil` if the connection failed.
    func exchange(_ request: [UInt8]) -> Int? {
        guard send(request) else { return nil }
        let separator: [UInt8] = [13, 10, 13, 10]
        var headerEnd: Int?
        while headerEnd == nil {
            headerEnd = Self.find(separator, in: buffer)
            if headerEnd == nil, !fill() { return nil }
        }
        let head = String(decoding: buffer[..<headerEnd!], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
            let status = Int(statusLine.split(separator: " ")[1])
        else { return nil }
        let length =
            lines.dropFirst().first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        let total = headerEnd! + 4 + length
        while buffer.count < total { if !fill() { return nil } }
        buffer.removeFirst(total)
        return status
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let received = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard received > 0 else { return false }
        buffer.append(contentsOf: chunk[..<received])
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<index + needle.count]) == needle { return index }
        }
        return nil
    }
}
