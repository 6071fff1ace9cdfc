import FactDeskText
import Testing

@testable import FactDeskCheckers

/// The word lists and forms the name checker tells from misspellings: ordinary words,
/// demonyms, transliterations.
@Suite("Name word forms")
struct NameWordFormsTests {
    @Test(arguments: ["russian", "russians", "samoan", "lituanien", "defence", "justice", "summit", "assemblee", "councils"])
    func ordinaryWordsAreKnown(_ word: String) {
        #expect(OrdinaryWords.contains(word))
    }

    @Test(arguments: ["zelensky", "stoltenberg", "darmanin", "urquiza", "secutiry", "francophonnie", "a", ""])
    func namesAndTyposAreNotOrdinaryWords(_ word: String) {
        #expect(!OrdinaryWords.contains(word))
    }

    @Test func demonymsOfPlacesAreTold() {
        #expect(Demonym.isDemonym("mauritanian", of: "mauritania"))
        #expect(Demonym.isDemonym("chadian", of: "chad"))
        #expect(Demonym.isDemonym("mauritaniens", of: "mauritanie"))
        #expect(Demonym.isDemonym("senegalaise", of: "senegal"))
        #expect(Demonym.isDemonym("italian", of: "italy"))
        #expect(!Demonym.isDemonym("harawi", of: "harawe"))
        #expect(!Demonym.isDemonym("stoltenburg", of: "stoltenberg"))
    }

    @Test func transliterationsAreToldFromMisspellings() {
        #expect(Transliteration.same(["sergei"], ["sergey"]))
        #expect(Transliteration.same(["zelenskyy"], ["zelensky"]))
        #expect(Transliteration.same(["mohamed"], ["mohammed"]))
        #expect(Transliteration.same(["zang"], ["zhang"]))
        #expect(!Transliteration.same(["darmamin"], ["darmanin"]))
        #expect(!Transliteration.same(["farrage"], ["farage"]))
        #expect(!Transliteration.same(["urquiza"], ["urquiza"]))
    }
}
