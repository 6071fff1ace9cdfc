import ArgumentParser
import FactDeskKit

/// Options shared by the commands that analyse drafts: language and publication date.
struct DraftOptions: ParsableArguments {
    @Option(help: "The drafts' language: auto, fr or en.")
    var lang: LanguageChoice = .auto

    @Option(help: ArgumentHelp("The publication date, YYYY-MM-DD (else the front matter or dateline).", valueName: "YYYY-MM-DD"))
    var published: String?

    /// The publication date given, validated.
    var publicationDate: CalendarDate? {
        published.flatMap(CalendarDate.init(iso:))
    }

    mutating func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published: '\(published)' is not a date of the form YYYY-MM-DD")
        }
    }

    /// Analyses a draft with these options.
    /// - Parameter language: the language `--lang auto` gives it (a workspace's only language),
    ///   or `nil` to tell it from its words.
    func document(path: String, text: String, language: Language? = nil) -> Document {
        Document(path: path, text: text, language: lang.language ?? language, published: publicationDate)
    }
}

/// `--lang`'s values.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, fr, en

    /// The language forced, or `nil` to detect it.
    var language: Language? { Language(rawValue: rawValue) }
}
