/// An error a checker throws that can say why it failed in the draft's language. The engine
/// turns a thrown error into one `checker-error` finding, written in the draft's language: an
/// error of this kind gives its reason in that language too; any other error is quoted as its
/// description says it.
public protocol LocalizedCheckerError: Error {
    /// Why the checker failed, in one line, in `language`.
    func reason(in language: Language) -> String
}
