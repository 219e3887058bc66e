import LambdaWire

/// What an invocation produces, in order: a head, body chunks, then exactly one terminal event.
/// A buffered response is a head, one chunk and `end`; a failure before the head is `failed` alone.
package enum ResponseEvent: Sendable {
    case head(contentType: String?, streaming: Bool)
    case body([UInt8])
    /// The response completed; a stream that failed midway carries the error from its trailers.
    case end(streamError: RuntimeErrorPayload?)
    case failed(FunctionFailure)
}

/// A whole response, for callers that do not stream (the Invoke API, event sources).
package enum InvocationResult: Sendable {
    case success(contentType: String?, body: [UInt8], streamError: RuntimeErrorPayload?)
    case failure(FunctionFailure)
}
