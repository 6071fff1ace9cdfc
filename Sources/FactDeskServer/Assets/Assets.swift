/// The workbench's own assets, compiled in and served by the workbench itself.
enum Assets {
    /// Where the style sheet is served.
    static let styleSheetPath = "/assets/workbench.css"
    /// Where the script is served.
    static let scriptPath = "/assets/workbench.js"
}
