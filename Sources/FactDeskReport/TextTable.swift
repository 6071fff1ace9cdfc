/// Left-aligned terminal columns, padded by display width so accented, CJK and emoji cells line
/// up, and separated by two spaces.
enum TextTable {
    /// The width of each of the first `count` columns: its widest cell.
    static func widths(_ rows: [[String]], columns count: Int) -> [Int] {
        (0..<count).map { column in rows.map { DisplayWidth.columns(of: $0[column]) }.max() ?? 0 }
    }

    /// One row: the cells padded to `widths`, then the cells past them as they are.
    static func line(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (cell, width) in zip(cells, widths) {
            line += cell + String(repeating: " ", count: max(0, width - DisplayWidth.columns(of: cell)) + 2)
        }
        return line + cells.dropFirst(widths.count).joined(separator: "  ")
    }
}
