import LambdaWire

/// What the api function sends back: a buffered response, or an event stream written as it happens.
public enum APIResult: Sendable {
    case response(HTTPAPIResponse)
    case events(EventStream)

    /// The buffered response, or for a stream its status line and headers only.
    public var statusCode: Int {
        switch self {
        case .response(let response): response.statusCode
        case .events: 200
        }
    }
}
