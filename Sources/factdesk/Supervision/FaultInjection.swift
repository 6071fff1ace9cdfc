import FactDeskKit
import Foundation

/// Deliberate failures, to see failure isolation work on the real binary.
///
/// `FACTDESK_FAULT=trap:ID` makes checker `ID` trap (as a failed precondition would), and
/// `FACTDESK_FAULT=throw:ID` makes it throw; several faults are separated by commas. The run
/// must still report every other checker's findings, plus one `checker-error` finding.
enum FaultInjection {
    static let variable = "FACTDESK_FAULT"

    /// The checkers, with the faulted ones wrapped.
    static func apply(to checkers: [any Checker]) -> [any Checker] {
        let faults = ProcessInfo.processInfo.environment[variable] ?? ""
        guard !faults.isEmpty else { return checkers }
        var byChecker: [String: FaultyChecker.Fault] = [:]
        for item in faults.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let fault = FaultyChecker.Fault(rawValue: parts[0]) else { continue }
            byChecker[parts[1]] = fault
        }
        return checkers.map { checker in
            byChecker[checker.descriptor.id].map { FaultyChecker(wrapped: checker, fault: $0) } ?? checker
        }
    }
}

/// A checker that fails on purpose.
private struct FaultyChecker: Checker {
    enum Fault: String { case trap, `throw` }

    struct InjectedFailure: Error, CustomStringConvertible {
        var description: String { "failure injected by \(FaultInjection.variable)" }
    }

    let wrapped: any Checker
    let fault: Fault

    var descriptor: CheckerDescriptor { wrapped.descriptor }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        switch fault {
        case .trap: fatalError("failure injected by \(FaultInjection.variable)")
        case .throw: throw InjectedFailure()
        }
    }
}
