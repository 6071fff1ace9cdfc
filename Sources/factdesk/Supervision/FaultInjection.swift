import FactDeskKit
import Foundation

/// Deliberate failures, to see failure isolation work on the real binary.
///
/// `FACTDESK_FAULT=trap:ID` makes checker `ID` trap (as a failed precondition would), and
/// `FACTDESK_FAULT=throw:ID` makes it throw; several faults are separated by commas. With
/// `@WORD` after the id (`trap:date@KABOUM`) the checker fails only on drafts holding WORD, and
/// checks the others as usual. The run must still report every other checker's findings, plus
/// one `checker-error` finding.
enum FaultInjection {
    static let variable = "FACTDESK_FAULT"

    /// The checkers, with the faulted ones wrapped.
    static func apply(to checkers: [any Checker]) -> [any Checker] {
        let faults = ProcessInfo.processInfo.environment[variable] ?? ""
        guard !faults.isEmpty else { return checkers }
        var byChecker: [String: (fault: FaultyChecker.Fault, trigger: String?)] = [:]
        for item in faults.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let fault = FaultyChecker.Fault(rawValue: parts[0]) else { continue }
            let target = parts[1].split(separator: "@", maxSplits: 1).map(String.init)
            byChecker[target[0]] = (fault, target.count == 2 ? target[1] : nil)
        }
        return checkers.map { checker in
            guard let (fault, trigger) = byChecker[checker.descriptor.id] else { return checker }
            return FaultyChecker(wrapped: checker, fault: fault, trigger: trigger)
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
    /// The words that make it fail, or `nil` to fail on every draft.
    let trigger: String?

    var descriptor: CheckerDescriptor { wrapped.descriptor }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        if let trigger, !document.text.contains(trigger) { return try wrapped.check(document, context: context) }
        switch fault {
        case .trap: fatalError("failure injected by \(FaultInjection.variable)")
        case .throw: throw InjectedFailure()
        }
    }
}
