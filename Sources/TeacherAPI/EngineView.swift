/// `GET /v1/engine`: which engine writes the drafts and which endpoint will see the notes, so a
/// teacher knows before submitting where student text goes, and what never goes there.
struct EngineView: Encodable, Sendable {
    /// `offline` (the rules on this service; no text leaves it) or `model`.
    let engine: String
    let model: String?
    let fallbackModel: String?
    /// `scheme://host[:port]` of the model endpoint, without credentials or path.
    let endpoint: String?
    /// The endpoint was checked to be a loopback or private address (`RECORDLINE_MODEL_LOCAL_ONLY`).
    let localOnly: Bool
    /// What is replaced by a placeholder in every prompt before it is sent.
    let redacted: [String]

    init(_ endpoint: ModelEndpoint?) {
        engine = endpoint == nil ? "offline" : "model"
        model = endpoint?.model
        fallbackModel = endpoint?.fallbackModel
        self.endpoint = endpoint?.origin
        localOnly = endpoint?.localOnly ?? false
        redacted = endpoint == nil ? [] : Self.redactedKinds
    }

    static let redactedKinds = [
        "student_names", "classmate_names", "roster_names", "phone_numbers", "resident_numbers", "student_numbers", "email_addresses",
        "home_addresses", "school_names", "extra_forbidden_terms",
    ]
}
