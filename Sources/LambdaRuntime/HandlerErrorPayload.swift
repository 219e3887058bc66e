import LambdaWire

extension RuntimeErrorPayload {
    /// Describes a thrown error: its type name as `errorType`, its description as `errorMessage`.
    init(handlerError error: any Error) {
        self.init(errorType: String(describing: type(of: error)), errorMessage: String(describing: error))
    }
}
