import Foundation

/// The header of a signed token. JWTKit verifies a token with the key it was given whatever the header's
/// `alg` says, so a token whose header claims `none` or `RS256` would pass on an HS256 signature: the
/// header is read first and anything but HS256 is refused.
struct JOSEHeader {
    static let algorithm = "HS256"

    /// The `alg` member; nil when absent or not a string.
    let alg: String?

    /// The header of a compact token (`header.payload.signature`); nil when it is not a base64url JSON object.
    init?(token: Substring) {
        guard let segment = token.split(separator: ".", omittingEmptySubsequences: false).first else { return nil }
        var base64 = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return nil
        }
        alg = object["alg"] as? String
    }

    var namesHS256: Bool { alg == Self.algorithm }
}
