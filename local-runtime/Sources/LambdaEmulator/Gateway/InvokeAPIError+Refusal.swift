import RequestGuard

extension InvokeAPIError {
    /// A request refused as coming from a web page, or with a body type a page can post unasked, in the
    /// Invoke API's error shape (Lambda's own `UnsupportedMediaTypeException` for the second).
    init(refusal: GuardRefusal) {
        switch refusal.status {
        case .forbidden:
            self.init(status: .forbidden, code: "AccessDeniedException", message: refusal.message)
        case .unsupportedMediaType:
            self.init(status: .unsupportedMediaType, code: "UnsupportedMediaTypeException", message: refusal.message)
        }
    }
}
