import FactDeskKit
import FactDeskReport
import FactDeskWorkspace

/// `GET /api/drafts`: schema `factdesk.drafts/1`.
struct DraftListPayload: Encodable {
    let schema = "factdesk.drafts/1"
    let drafts: [DraftOverview]
}

/// `POST /api/drafts/{name}/check`: schema `factdesk.check/1`, the revision recorded (`null`
/// when nothing changed), its counts, and the findings in schema `factdesk.findings/1`.
struct CheckPayload: Encodable {
    let schema = "factdesk.check/1"
    let revision: RevisionID?
    let counts: FindingCounts
    let findings: FindingsJSON

    private enum CodingKeys: String, CodingKey { case schema, revision, counts, findings }

    /// Writes every key, `revision` as an explicit `null` when nothing was committed.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(revision, forKey: .revision)
        try container.encode(counts, forKey: .counts)
        try container.encode(findings, forKey: .findings)
    }
}

/// `GET /api/drafts/{name}/log`: schema `factdesk.log/1`, as `factdesk log --format json`.
struct LogPayload: Encodable {
    let schema = "factdesk.log/1"
    let revisions: [RevisionSummary]
}

/// `GET /api/diff`: schema `factdesk.diff/1`, as `factdesk diff --format json`.
struct DiffPayload: Encodable {
    let schema = "factdesk.diff/1"
    let from: RevisionID
    let to: RevisionID
    let drafts: [DraftDiff]

    init(_ diff: RevisionDiff) {
        from = diff.from
        to = diff.to
        drafts = diff.drafts
    }
}

/// `GET /api/findings/{id}/history`: schema `factdesk.history/1`, as `factdesk history --format json`.
struct HistoryPayload: Encodable {
    let schema = "factdesk.history/1"
    let finding: String
    let events: [FindingEvent]
}

/// `POST /api/findings/{id}/dismiss|accept`: schema `factdesk.decision/1`, as `factdesk dismiss --format json`.
struct DecisionPayload: Encodable {
    let schema = "factdesk.decision/1"
    let decision: Decision
}

/// `GET /api/session`: the session's CSRF token, to send back in `X-CSRF-Token`.
struct SessionPayload: Encodable {
    let csrf: String
    /// The display name the session's editor gave, or `nil`.
    let name: String?
}

/// The body of `POST /api/session/name`: the editor's display name.
struct EditorNameRequest: Decodable {
    let name: String
}

/// The body of `POST /api/drafts`: a new draft's name (its path under `drafts/`) and text.
struct NewDraftRequest: Decodable {
    let name: String
    let text: String
}

/// The body of a check request.
struct CheckRequest: Decodable {
    let text: String
}

/// The body of a dismiss or accept request.
struct DecisionRequest: Decodable {
    /// Why the finding is dismissed (required to dismiss).
    let reason: String?
    /// A note on an acceptance.
    let note: String?
    /// The draft, when several drafts have a finding with this id.
    let draft: String?
}
