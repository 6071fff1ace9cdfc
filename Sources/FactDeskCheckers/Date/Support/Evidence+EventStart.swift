import FactDeskKit

extension Evidence {
    /// That a reference event took place on its first day, with the reference data as source:
    /// "Kumasi flood (kumasi-flood-2011) took place on 2011-03-11".
    init(start: PartialDate, of subject: ReferenceSubject, event: ReferenceEvent) {
        self.init(statement: "\(subject.name) (\(subject.id)) took place on \(start)", source: event.source.description)
    }
}
