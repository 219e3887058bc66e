#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The standard Lambda error document posted to `/error` and `/init/error`, and carried base64-encoded
/// in the `Lambda-Runtime-Function-Error-Body` trailer of a stream that failed midway.
package struct RuntimeErrorPayload: Codable, Sendable, Equatable {
    package var errorType: String
    package var errorMessage: String
    package var stackTrace: [String]

    package init(errorType: String, errorMessage: String, stackTrace: [String] = []) {
        self.errorType = errorType
        self.errorMessage = errorMessage
        self.stackTrace = stackTrace
    }

    /// Runtimes often leave `stackTrace` out; it is optional when reading.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        errorType = try container.decode(String.self, forKey: .errorType)
        errorMessage = try container.decode(String.self, forKey: .errorMessage)
        stackTrace = try container.decodeIfPresent([String].self, forKey: .stackTrace) ?? []
    }

    package static let contentType = "application/vnd.aws.lambda.error+json"

    package func jsonBytes() throws -> [UInt8] {
        try Array(JSONEncoder().encode(self))
    }

    /// The value of the `Lambda-Runtime-Function-Error-Body` trailer.
    package func trailerValue() throws -> String {
        try Data(jsonBytes()).base64EncodedString()
    }

    /// Normalises a free-form error type into the `Category.Reason` shape Lambda expects in the
    /// `Lambda-Runtime-Function-Error-Type` header (anything else is reported as `Runtime.Unknown`).
    package static func headerErrorType(category: String, reason: String) -> String {
        let letters = reason.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = letters.first, first.isLetter else { return "\(category).Unknown" }
        return "\(category).\(first.uppercased())\(letters.dropFirst())"
    }
}
