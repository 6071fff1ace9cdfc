import FactDeskKit

extension EditionNumberClaimBuilder {
    /// The year of the one edition whose first or last day a date gives (or whose first and last
    /// days a range gives), with or without its year, in the claim's sentence or the sentences next to
    /// it in its paragraph: "for the ninth year running … (24-27 Feb)" speaks of the congress held
    /// from 24 to 27 February, « les 17 et 18 février » of the summit that opened on 17 February,
    /// in their years.
    func yearOfEditionDays(_ editions: [ReferenceEdition], from sentence: Int) -> ClosedRange<Int>? {
        let sentences = document.sentences
        let paragraph = document.paragraphIndex(of: sentences[sentence].span.start)
        let near = [sentence, sentence - 1, sentence + 1].filter {
            sentences.indices.contains($0) && document.paragraphIndex(of: sentences[$0].span.start) == paragraph
        }
        for index in near {
            for mention in dates.mentions(in: sentences[index].span) {
                let held: [ReferenceEdition]
                switch mention.value {
                case .dateRange(let first, let end, _, _):
                    // « L’exposition ouvrira du 24 février au 2 mars 2025 »: a year given must be
                    // the edition's too.
                    guard let firstDay = first.day, let endDay = end.day, let endMonth = end.month else { continue }
                    let firstMonth = first.month ?? endMonth
                    held = editions.filter { edition in
                        Self.isDay(edition.start, month: firstMonth, day: firstDay)
                            && Self.isDay(edition.end, month: endMonth, day: endDay)
                            && (first.year.map { $0 == edition.start?.year } ?? true)
                            && (end.year.map { $0 == edition.end?.year } ?? true)
                    }
                case .date(let date, _):
                    // « Lors des élections du dimanche 14 mars 2021 »: a year given must be the edition's too.
                    guard let day = date.day, let month = date.month else { continue }
                    held = editions.filter { edition in
                        (Self.isDay(edition.start, month: month, day: day)
                            && (date.year.map { $0 == edition.start?.year } ?? true))
                            || (Self.isDay(edition.end, month: month, day: day)
                                && (date.year.map { $0 == edition.end?.year } ?? true))
                    }
                default:
                    continue
                }
                if held.count == 1, let year = held[0].start?.year { return year...year }
            }
        }
        return nil
    }

    private static func isDay(_ date: PartialDate?, month: Int, day: Int) -> Bool {
        date?.month == month && date?.day == day
    }
}
