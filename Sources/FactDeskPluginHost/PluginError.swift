import FactDeskKit

/// Why an external plugin could not give a document's findings. The engine reports each as one
/// `checker-error` finding, in the draft's language, and the run goes on with every other
/// checker's findings.
public enum PluginError: Error, Equatable, CustomStringConvertible {
    /// The executable could not be found or started.
    case cannotStart(command: String, reason: StartProblem)
    /// It did not answer within its timeout, and was stopped.
    case timedOut(seconds: Double, waitingFor: Awaited)
    /// It exited (or was killed by a signal) while FactDesk waited for an answer.
    case exited(status: String, lastError: String?)
    /// It wrote a line that is not the JSON message expected, and was stopped.
    case invalidMessage(reason: Wording, line: String)
    /// Its handshake was not acceptable, so it was stopped.
    case badHandshake(Wording)
    /// A finding it gave cannot be used, so its findings on that document were dropped.
    case invalidFinding(FindingProblem)
    /// It answered the request with an error message of its own.
    case reported(String)
    /// It was stopped earlier in this run, for the reason given.
    indirect case stoppedEarlier(PluginError)

    /// A reason FactDesk words itself, in English and in French.
    public struct Wording: Equatable, Sendable {
        /// The reason in English.
        public var english: String
        /// The reason in French.
        public var french: String

        /// A reason in both languages.
        public init(_ english: String, french: String) {
            self.english = english
            self.french = french
        }

        fileprivate func text(french isFrench: Bool) -> String { isFrench ? french : english }
    }

    /// What the host was waiting for when a plugin missed its timeout.
    public enum Awaited: Equatable, Sendable {
        /// The handshake, in answer to the hello message.
        case handshake
        /// The findings on the draft at this path.
        case findings(String)
    }

    /// Why a plugin's executable cannot be started.
    public enum StartProblem: Equatable, Sendable {
        /// The command names no file (the path looked at).
        case noSuchFile(String)
        /// The command names a folder.
        case folder(String)
        /// The file lacks its execute permission.
        case notExecutable(String)
        /// A bare command name not found in `PATH`.
        case notInPath
        /// The executable cannot be read (to fingerprint it).
        case unreadable(String)
        /// The system refused to start it, with its reason.
        case refused(String)
    }

    /// Why a finding in a plugin's answer cannot be used.
    public enum FindingProblem: Equatable, Sendable {
        /// Its rule is not declared in the handshake.
        case undeclaredRule(String)
        /// Its span ends before it starts.
        case reversedSpan(rule: String, start: Int, end: Int)
        /// Its span lies outside the document's `length` scalars.
        case outsideDocument(rule: String, start: Int, end: Int, length: Int)
        /// It has no message, or an empty one.
        case noMessage(rule: String)
        /// Its severity is not error, warning or info.
        case badSeverity(rule: String, severity: String)
    }

    /// The reason, in one line, in English.
    public var description: String { reason(in: .en) }
}

extension PluginError: LocalizedCheckerError {
    /// The reason, in one line, in `language`; what the plugin itself wrote is quoted as written.
    public func reason(in language: Language) -> String {
        let french = language == .fr
        switch self {
        case .cannotStart(let command, let reason):
            return french
                ? "impossible de lancer la commande du plugin \(command) : \(reason.text(french: true))"
                : "cannot start plugin command \(command): \(reason.text(french: false))"
        case .timedOut(let seconds, let waitingFor):
            let awaited = waitingFor.text(french: french)
            return french
                ? "le plugin n’a pas envoyé \(awaited) en \(Self.seconds(seconds)) s et a été arrêté"
                : "the plugin did not send \(awaited) within \(Self.seconds(seconds)) s and was stopped"
        case .exited(let status, let lastError):
            let tail = lastError.map { (french ? " : " : ": ") + $0 } ?? ""
            return french
                ? "le plugin s’est terminé (\(status.replacingOccurrences(of: "status", with: "code")))" + tail
                : "the plugin exited (\(status))" + tail
        case .invalidMessage(let reason, let line):
            return french
                ? "le plugin a écrit un message invalide et a été arrêté (\(reason.french)) : \(line)"
                : "the plugin wrote an invalid message and was stopped (\(reason.english)): \(line)"
        case .badHandshake(let reason):
            return french
                ? "la poignée de main du plugin a été refusée : \(reason.french)"
                : "the plugin's handshake was refused: \(reason.english)"
        case .invalidFinding(let problem):
            return french
                ? "le plugin a donné un résultat invalide, ses résultats sur ce document sont donc écartés : "
                    + problem.text(french: true)
                : "the plugin gave an invalid finding, so its findings on this document were dropped: "
                    + problem.text(french: false)
        case .reported(let message):
            return french ? "le plugin a signalé une erreur : \(message)" : "the plugin reported an error: \(message)"
        case .stoppedEarlier(let reason):
            return french
                ? "le plugin a été arrêté plus tôt dans cette exécution : \(reason.reason(in: language))"
                : "the plugin was stopped earlier in this run: \(reason.reason(in: language))"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension PluginError.Awaited {
    fileprivate func text(french: Bool) -> String {
        switch self {
        case .handshake: french ? "sa poignée de main" : "its handshake"
        case .findings(let path): french ? "ses résultats sur \(path)" : "findings for \(path)"
        }
    }
}

extension PluginError.StartProblem {
    fileprivate func text(french: Bool) -> String {
        switch self {
        case .noSuchFile(let path): french ? "aucun fichier (\(path))" : "no such file (\(path))"
        case .folder(let path): french ? "un dossier, pas un programme (\(path))" : "a folder, not a program (\(path))"
        case .notExecutable(let path):
            french ? "fichier non exécutable (chmod +x \(path))" : "not executable (chmod +x \(path))"
        case .notInPath: french ? "introuvable dans PATH" : "not found in PATH"
        case .unreadable(let path): french ? "impossible de lire \(path)" : "cannot read \(path)"
        case .refused(let reason): reason
        }
    }
}

extension PluginError.FindingProblem {
    fileprivate func text(french: Bool) -> String {
        switch self {
        case .undeclaredRule(let rule):
            french
                ? "la règle « \(rule) » n’est pas déclarée dans la poignée de main"
                : "rule '\(rule)' is not declared in the handshake"
        case .reversedSpan(let rule, let start, let end):
            french
                ? "l’étendue \(start)..<\(end) de la règle « \(rule) » est inversée : son début vient après sa fin"
                : "span \(start)..<\(end) of rule '\(rule)' is reversed: its start comes after its end"
        case .outsideDocument(let rule, let start, let end, let length):
            french
                ? "l’étendue \(start)..<\(end) de la règle « \(rule) » sort du document (0..<\(length))"
                : "span \(start)..<\(end) of rule '\(rule)' lies outside the document (0..<\(length))"
        case .noMessage(let rule):
            french
                ? "un résultat de la règle « \(rule) » n’a pas de message"
                : "a finding of rule '\(rule)' has no message"
        case .badSeverity(let rule, let severity):
            french
                ? "un résultat de la règle « \(rule) » a la gravité « \(severity) » (error, warning ou info attendu)"
                : "a finding of rule '\(rule)' has severity '\(severity)' (expected error, warning or info)"
        }
    }
}
