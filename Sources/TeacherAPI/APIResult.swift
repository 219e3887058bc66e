import LambdaWire

/// What the api function sends back: a buffered response, or an event stream written as it happens.
package enum APIResult: Sendable {
    case response(HTTPAPIResponse)
    case events(EventStream)
}
