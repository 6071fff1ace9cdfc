import FactDeskKit

/// Findings that stand for a checker that failed, so one broken checker never hides the others.
public enum CheckerFailure {
    /// The rule id of such findings.
    public static let rule = "checker-error"

    /// A checker threw: the message and, for a ``LocalizedCheckerError``, the reason are in the
    /// draft's language.
    static func threw(checker: String, error: any Error, in document: Document) -> Finding {
        let reason = (error as? any LocalizedCheckerError)?.reason(in: document.language) ?? String(describing: error)
        let message = switch document.language {
        case .fr: "Le vérificateur « \(checker) » a échoué sur ce document : \(reason)"
        case .en: "The \(checker) checker failed on this document: \(reason)"
        }
        return finding(checker: checker, message: message, in: document)
    }

    /// A checker crashed the process that ran it (a trap or a fatal signal).
    public static func crashed(checker: String, in document: Document) -> Finding {
        let message = switch document.language {
        case .fr: "Le vérificateur « \(checker) » s’est arrêté brutalement sur ce document ; ses résultats manquent."
        case .en: "The \(checker) checker crashed on this document; its findings are missing."
        }
        return finding(checker: checker, message: message, in: document)
    }

    private static func finding(checker: String, message: String, in document: Document) -> Finding {
        document.finding(
            checker: checker, rule: rule, severity: .error, span: Span(start: 0, end: 0),
            message: message)
    }
}
