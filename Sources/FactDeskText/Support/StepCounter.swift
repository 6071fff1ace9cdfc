/// Counts the steps of a scan, so that tests can check that the work grows linearly with the
/// text without timing anything. Scanners take one optionally; in normal runs they have none.
final class StepCounter {
    /// The steps counted so far.
    private(set) var total = 0

    /// Counts one step.
    func count() {
        total += 1
    }
}
