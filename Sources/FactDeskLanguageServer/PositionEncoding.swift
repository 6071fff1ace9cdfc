/// How a position's `character` counts: LSP's `utf-16` (the default), `utf-8` or `utf-32` (code
/// points, as FactDesk's spans do).
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The encoding to use: the first of the client's `general.positionEncodings` that the server
    /// supports (the client lists them by preference), else UTF-16, which every client supports.
    public static func negotiated(offered: [String]?) -> PositionEncoding {
        offered?.lazy.compactMap(PositionEncoding.init(rawValue:)).first ?? .utf16
    }

    /// The units `scalar` takes in this encoding.
    func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: UTF8.width(scalar)
        case .utf16: UTF16.width(scalar)
        case .utf32: 1
        }
    }
}
