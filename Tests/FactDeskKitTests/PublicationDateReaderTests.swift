import Testing

@testable import FactDeskKit

@Suite("PublicationDateReader")
struct PublicationDateReaderTests {
    private func read(_ text: String) -> (date: CalendarDate, source: PublicationDateSource)? {
        PublicationDateReader.read(Array(text.unicodeScalars))
    }

    @Test(
        "front matter date or published key",
        arguments: [
            "---\ndate: 2025-11-24\n---\nTexte",
            "---\ntitle: x\npublished: \"2025-11-24\"\n---\n",
            "---\ndate: '2025-11-24'\n...\n",
            "---\r\ndate: 2025-11-24T09:00:00Z\r\n---\r\n",
            "\u{FEFF}---\ndate:2025-11-24 \n---\n",
            "---\nauthor: A\ndate: 2025-11-24\n---\ndate 2024-01-01",
        ])
    func frontMatter(text: String) throws {
        let found = try #require(read(text))
        #expect(found.date == CalendarDate(year: 2025, month: 11, day: 24))
        #expect(found.source == .frontMatter)
    }

    @Test(
        "dateline in the first five non-empty lines",
        arguments: [
            " date 2025-11-24 Par LeSiteinfo avec MAP\n\nLe texte.",
            "DATE 2025-11-24",
            "Date: 2025-11-24",
            "Titre\n\n\n\nSous-titre\nAuteur\n\t date 2025-11-24\n",
            "---\ntitle: x\n---\nTitre\ndate 2025-11-24",
            "\u{00A0}date\u{00A0}2025-11-24\r\nTexte",
        ])
    func dateline(text: String) throws {
        let found = try #require(read(text))
        #expect(found.date == CalendarDate(year: 2025, month: 11, day: 24))
        #expect(found.source == .dateline)
    }

    @Test(
        "written datelines of news sites and agencies",
        arguments: [
            "Publié le 24/11/2025 à 09:10\n\nLe texte.",
            "Titre\nMis à jour le 24 novembre 2025 à 18 h\nLe texte.",
            "Updated: 24 November 2025\nThe text.",
            "Published on November 24, 2025\nThe text.",
            "RABAT, 24 nov. 2025 (MAP) - Le texte commence ici.",
            "LYON, le 24 novembre 2025 - Le texte.",
            "NAIROBI, Nov. 24, 2025 (Agency) - The text begins here.",
            "Posted 11/24/2025\nThe text.",
        ])
    func writtenDateline(text: String) throws {
        let found = try #require(read(text))
        #expect(found.date == CalendarDate(year: 2025, month: 11, day: 24))
        #expect(found.source == .dateline)
    }

    @Test(
        "no date",
        arguments: [
            "",
            "Le texte du 24 novembre 2025.",
            "date 2025-02-30",
            "---\ndate: 2025-02-30\n---\n",
            "---\ndate: 2025-13-01\n---\n",
            "Un\nDeux\nTrois\nQuatre\nCinq\ndate 2025-11-24",
            "date 2025-11-245",
            "date2025-11-24",
            "dateline 2025-11-24",
            "---\n  date: 2025-11-24\n---\n",
            "RABAT, 24 nov. (MAP) - Sans année.",
            "Rabat, le 24 novembre 2025, la ville a accueilli le forum.",
            "Publié le 31/11/2025",
            "Le texte fut publié le 24/11/2025 par l’agence.",
        ])
    func none(text: String) {
        #expect(read(text) == nil)
    }

    @Test(
        "agency datelines without their year give their day and month",
        arguments: [
            "DAKAR, 3 mars (APS) - Le texte.",
            "---\ntitle: x\n---\nLYON, le 3 mars - Le texte.",
            "GENEVA, March 3 (Reuters) - The text.",
            "Title\nNAIROBI, Mar. 3 (Agency) - The text.",
        ])
    func yearlessDateline(text: String) throws {
        #expect(read(text) == nil)
        #expect(PublicationDateReader.yearlessDateline(Array(text.unicodeScalars)) == PartialDate(month: 3, day: 3))
        #expect(Document(path: "-", text: text).yearlessDateline == PartialDate(month: 3, day: 3))
    }

    @Test(
        "no day and month without a year",
        arguments: [
            "DAKAR, 3 mars 2026 (APS) - Le texte.", "Dakar, 3 mars (APS) - Le texte.",
            "DAKAR, 31 février (APS) - Le texte.", "DAKAR, 3 mars, la ville a voté.", "Le 3 mars (APS) - Le texte.",
        ])
    func noYearlessDateline(text: String) {
        #expect(PublicationDateReader.yearlessDateline(Array(text.unicodeScalars)) == nil)
    }

    @Test func documentUsesTheGivenDateFirst() {
        let given = CalendarDate(year: 2025, month: 11, day: 25)!
        let document = Document(path: "-", text: "date 2025-11-24\nTexte", published: given)
        #expect(document.published == given)
        #expect(document.publishedSource == .given)
        let read = Document(path: "-", text: "date 2025-11-24\nTexte")
        #expect(read.published == CalendarDate(year: 2025, month: 11, day: 24))
        #expect(read.publishedSource == .dateline)
    }
}
