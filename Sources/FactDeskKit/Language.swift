/// A language FactDesk can check. Messages to the editor are written in the draft's language.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case fr
    case en
}
