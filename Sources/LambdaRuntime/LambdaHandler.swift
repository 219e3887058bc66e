import LambdaWire

/// The general handler: raw event bytes in, any mix of buffered or streamed output through the writer.
package protocol StreamingLambdaHandler: Sendable {
    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws
}

/// A JSON-in, JSON-out handler; most functions are one of these (for example `SQSEvent` → `SQSBatchResponse`).
package protocol LambdaHandler: Sendable {
    associatedtype Event: Decodable
    associatedtype Output: Encodable
    func handle(_ event: Event, context: LambdaContext) async throws -> Output
}
