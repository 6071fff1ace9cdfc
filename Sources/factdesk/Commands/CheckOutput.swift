import FactDeskKit
import FactDeskReport

/// Renders a check's reports in the format asked for.
struct CheckOutput {
    let format: CheckFormat
    let colour: Bool
    let showsDecided: Bool
    let checkers: [CheckerDescriptor]
    /// How many threads may encode JSON documents at once (`--jobs`).
    var cores = 1

    /// The reports as text, JSON, SARIF or HTML; `notices` go into JSON and SARIF (text prints
    /// them on standard error, HTML leaves them out).
    func render(_ reports: [DocumentReport], notices: [RunNotice]) throws -> String {
        switch format {
        case .text: TextReport(colored: colour, showsDecided: showsDecided).render(reports)
        case .json: try FindingsJSON(reports: reports, notices: notices).rendered(cores: cores)
        case .sarif:
            try SARIFReport(toolVersion: FactDeskVersion.current, checkers: checkers).render(reports, notices: notices)
        case .html: HTMLReport().render(reports)
        }
    }
}
