#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One request to a function, as the Runtime API hands it to `/next`.
public struct Invocation: Sendable {
    public let requestID: String
    /// Per-invoke nonce; a `/response` or `/error` carrying another one is stale (410).
    public let invocationID: String
    public let payload: [UInt8]
    public let traceID: String
    public let clientContext: String?
    public let cognitoIdentity: String?

    public init(payload: [UInt8], traceID: String? = nil, clientContext: String? = nil, cognitoIdentity: String? = nil) {
        requestID = UUID().uuidString.lowercased()
        invocationID = UUID().uuidString.lowercased()
        self.payload = payload
        self.traceID = traceID ?? Self.newTraceID()
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
    }

    private init(retrying original: Invocation) {
        requestID = original.requestID
        invocationID = UUID().uuidString.lowercased()
        payload = original.payload
        traceID = original.traceID
        clientContext = original.clientContext
        cognitoIdentity = original.cognitoIdentity
    }

    /// The same request again, as Lambda retries an asynchronous invocation: same request id, new
    /// invocation id (so a late answer to the first attempt is recognised as stale).
    public func retry() -> Invocation {
        Invocation(retrying: self)
    }

    /// An X-Ray style header: `Root=1-<epoch hex>-<24 hex>;Parent=<16 hex>;Sampled=0`.
    static func newTraceID() -> String {
        let epoch = String(Int(Date().timeIntervalSince1970), radix: 16)
        func hex(_ count: Int) -> String {
            String((0..<count).map { _ in "0123456789abcdef".randomElement()! })
        }
        return "Root=1-\(epoch)-\(hex(24));Parent=\(hex(16));Sampled=0"
    }
}
