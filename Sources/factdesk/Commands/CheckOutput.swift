import FactDeskKit
import FactDeskReport

/// Renders a check's reports in the format asked for.
struct CheckOutput {
    let format: CheckFormat
    let colour: Bool
    let checkers: [CheckerDescriptor]

    func render(_ reports: [DocumentReport]) throws -> String {
        switch format {
        case .text: TextReport(colored: colour).render(reports)
        case .json: try FindingsJSON(reports: reports).rendered()
        case .sarif: try SARIFReport(toolVersion: FactDeskVersion.current, checkers: checkers).render(reports)
        case .html: HTMLReport().render(reports)
        }
    }
}
