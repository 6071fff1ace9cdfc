import FactDeskKit

/// Finds the words that may be names of people, organisations and places, in French and
/// English: runs of capitalised words with the particles, elisions and initials names use
/// ("Ahmed Naser Al-Raisi", "al-Sissi", "Ursula von der Leyen", "Jean de La Fontaine",
/// "Mohammed VI", "O’Neill", "N’Djamena", "OIPC-INTERPOL", "J. K. Rowling"), without the titles
/// before them ("M.", "Mme", "le Général-Major", "SM le Roi", "Secretary General").
///
/// The extractor reads no reference data (an ``Extractor`` sees only the document), so its
/// mentions are candidates: their value is `.name(entity: nil)`. Deciding which candidates are
/// names — a capital that opens a sentence ("Royaume", "Police") counts only when the reference
/// data knows the word — which entity each names, and which later short mention ("M. Urquiza")
/// refers to which full name, is the name checker's work, against the reference index it builds
/// once per run.
public struct NameExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// `name`.
    public var kinds: Set<Mention.Kind> { [.name] }

    /// The name candidates of a document, in text order.
    public func extract(from document: Document) -> [Mention] {
        NameScanner(document: document).runs().map { run in
            Mention(kind: .name, text: document.text(in: run.span), span: run.span, value: .name(entity: nil))
        }
    }
}
