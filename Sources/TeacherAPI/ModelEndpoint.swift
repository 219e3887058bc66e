/// The model endpoint as a teacher is told of it (`GET /v1/engine`): the models asked and where the
/// notes go, without credentials. The function builds it from the model client's configuration, so the
/// API itself never links the client.
package struct ModelEndpoint: Sendable, Equatable {
    package let model: String
    package let fallbackModel: String?
    /// `scheme://host[:port]`, without credentials or path.
    package let origin: String
    /// The endpoint was checked to be a loopback or private address (`RECORDLINE_MODEL_LOCAL_ONLY`).
    package let localOnly: Bool

    package init(model: String, fallbackModel: String?, origin: String, localOnly: Bool) {
        self.model = model
        self.fallbackModel = fallbackModel
        self.origin = origin
        self.localOnly = localOnly
    }
}
