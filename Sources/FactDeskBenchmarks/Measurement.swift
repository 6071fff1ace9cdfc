import Foundation

/// Timing helpers: medians of several runs on a noisy shared machine.
enum Measurement {
    /// Runs per figure.
    static let runs = 5

    /// The median wall time of `runs` runs of `body`, in seconds.
    static func median(_ body: () async throws -> Void) async rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// The median CPU time of the calling thread over `runs` runs of `body`, in seconds: a
    /// figure per core that other work on a shared machine does not inflate.
    static func cpuMedian(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let times = (0..<runs).map { _ in
            let start = now()
            body()
            return now() - start
        }
        return times.sorted()[times.count / 2]
    }

    /// This process's peak resident memory so far, in MB.
    static var peakMemoryMB: Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
        #endif
    }
}
