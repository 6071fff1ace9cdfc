/// Remembers what a resolver said of each phrase of one draft: a draft names the same people
/// again and again ("Al-Raisi", "M. Urquiza"), and each is looked up once.
final class CachingResolver: PhraseResolver {
    private let resolver: any PhraseResolver
    private var resolutions: [String: NameResolution] = [:]

    init(_ resolver: any PhraseResolver) {
        self.resolver = resolver
    }

    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution {
        let key = positional ? "^" + phrase : phrase
        if let known = resolutions[key] { return known }
        let resolution = resolver.resolve(phrase, folded: folded, positional: positional)
        resolutions[key] = resolution
        return resolution
    }

    func knows(_ word: String) -> Bool {
        resolver.knows(word)
    }

    func mayRomanise(_ folded: [String]) -> Bool {
        resolver.mayRomanise(folded)
    }
}
