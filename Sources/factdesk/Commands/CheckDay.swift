import FactDeskKit
import Foundation

/// The day of the check, given to the drafts of a workspace (``Document/checkDay``): a draft is
/// checked before it is published, so the date checks read it as of that day when it gives no
/// publication date of its own. A draft outside a workspace, or read from standard input, gets
/// none.
enum CheckDay {
    /// Today, in the local time zone.
    static var today: CalendarDate? {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Sets the day of the check on each draft of a workspace that has no publication date.
    static func apply(to drafts: inout [(index: Int, document: Document)]) {
        for position in drafts.indices { apply(to: &drafts[position].document) }
    }

    /// Sets the day of the check on a draft of a workspace that has no publication date, as the
    /// language server's drafts are checked while they are written.
    static func apply(to document: inout Document) {
        guard document.published == nil, document.path != "-", WorkspaceRoot.find(from: document.path) != nil,
            let today
        else { return }
        document.checkDay = today
    }
}
