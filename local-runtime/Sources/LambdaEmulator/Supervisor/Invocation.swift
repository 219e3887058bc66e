#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One request to a function, as the Runtime API hands it to `/next`.
package struct Invocation: Sendable {
    package let requestID: String
    /// Per-invoke nonce; a `/response` or `/error` carrying another one is stale (410).
    package let invocationID: String
    package let payload: [UInt8]
    package let traceID: String
    package let clientContext: String?
    package let cognitoIdentity: String?

    package init(payload: [UInt8], traceID: String? = nil, clientContext: String? = nil, cognitoIdentity: String? = nil) {
        requestID = Self.newUUID()
        invocationID = Self.newUUID()
        self.payload = payload
        self.traceID = traceID ?? Self.newTraceID()
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
    }

    private init(retrying original: Invocation) {
        requestID = original.requestID
        invocationID = Self.newUUID()
        payload = original.payload
        traceID = original.traceID
        clientContext = original.clientContext
        cognitoIdentity = original.cognitoIdentity
    }

    /// The same request again, as Lambda retries an asynchronous invocation: same request id, new
    /// invocation id (so a late answer to the first attempt is recognised as stale).
    package func retry() -> Invocation {
        Invocation(retrying: self)
    }

    /// An X-Ray style header: `Root=1-<epoch hex>-<24 hex>;Parent=<16 hex>;Sampled=0`.
    static func newTraceID() -> String {
        let epoch = String(Int(Date().timeIntervalSince1970), radix: 16)
        return "Root=1-\(epoch)-\(hex(.random(in: .min ... .max), digits: 8))\(hex(.random(in: .min ... .max), digits: 16));"
            + "Parent=\(hex(.random(in: .min ... .max), digits: 16));Sampled=0"
    }

    /// A random (version 4) UUID in lower case, as Lambda's request ids are; made from two random
    /// words, which is cheaper than Foundation's UUID on every invocation.
    static func newUUID() -> String {
        let high = UInt64.random(in: .min ... .max) & 0xFFFF_FFFF_FFFF_0FFF | 0x4000
        let low = UInt64.random(in: .min ... .max) & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let text = hex(high, digits: 16) + hex(low, digits: 16)
        let scalars = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (index, byte) in scalars.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { out.append(UInt8(ascii: "-")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The low `digits` hex digits of `value`, zero-padded.
    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - text.count)) + text
        return String(padded.suffix(digits))
    }
}
