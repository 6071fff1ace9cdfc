import FactDeskChecking
import FactDeskKit

extension CheckDay {
    /// Sets `day` as the day of the check on each draft of a workspace that has no publication date.
    static func apply(_ day: CalendarDate?, to drafts: inout [(index: Int, document: Document)]) {
        for position in drafts.indices { apply(day, to: &drafts[position].document) }
    }

    /// Sets `day` as the day of the check on a draft of a workspace that has no publication date
    /// (a draft outside a workspace, or read from standard input, gets none), as the language
    /// server's drafts are checked while they are written.
    static func apply(_ day: CalendarDate?, to document: inout Document) {
        guard document.published == nil, document.path != "-", WorkspaceRoot.find(from: document.path) != nil
        else { return }
        document.checkDay = day
    }
}
