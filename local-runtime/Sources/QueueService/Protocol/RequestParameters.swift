import Foundation
import SQSWire

/// The members of one request, from a JSON body or an unflattened Query form, read with the checks and
/// errors SQS applies. Query values arrive as text; JSON values must have the member's type.
struct RequestParameters {
    let values: [String: Any]
    let isQuery: Bool

    init(values: [String: Any], isQuery: Bool) {
        self.values = values
        self.isQuery = isQuery
    }

    func has(_ key: String) -> Bool { values[key] != nil && !(values[key] is NSNull) }

    func string(_ key: String) throws(SQSError) -> String? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw Self.typeError(key, expected: "String") }
        return text
    }

    func requiredString(_ key: String) throws(SQSError) -> String {
        guard let text = try string(key) else { throw .missing(key) }
        return text
    }

    func int(_ key: String) throws(SQSError) -> Int? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if isQuery {
            guard let text = value as? String, let number = Int(text) else {
                throw SQSError.invalidValue("\(value)", for: key, reason: "Must be an integer.")
            }
            return number
        }
        // JSON booleans also arrive as NSNumber; their type code is `c`, integers' and doubles' are not.
        guard let number = value as? NSNumber, String(cString: number.objCType) != "c",
            let integer = Int(exactly: number.doubleValue)
        else {
            throw Self.typeError(key, expected: "Integer")
        }
        return integer
    }

    func stringList(_ key: String) throws(SQSError) -> [String]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let list = value as? [Any] else { throw Self.typeError(key, expected: "List") }
        var result: [String] = []
        for item in list {
            guard let text = item as? String else { throw Self.typeError(key, expected: "String") }
            result.append(text)
        }
        return result
    }

    func stringMap(_ key: String) throws(SQSError) -> [String: String]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let map = value as? [String: Any] else { throw Self.typeError(key, expected: "Map") }
        var result: [String: String] = [:]
        for (name, item) in map {
            guard let text = item as? String else { throw Self.typeError(key, expected: "String") }
            result[name] = text
        }
        return result
    }

    func objectMap(_ key: String) throws(SQSError) -> [String: RequestParameters]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let map = value as? [String: Any] else { throw Self.typeError(key, expected: "Map") }
        var result: [String: RequestParameters] = [:]
        for (name, item) in map {
            guard let object = item as? [String: Any] else { throw Self.typeError(key, expected: "Structure") }
            result[name] = RequestParameters(values: object, isQuery: isQuery)
        }
        return result
    }

    func objectList(_ key: String) throws(SQSError) -> [RequestParameters]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let list = value as? [Any] else { throw Self.typeError(key, expected: "List") }
        var result: [RequestParameters] = []
        for item in list {
            guard let object = item as? [String: Any] else { throw Self.typeError(key, expected: "Structure") }
            result.append(RequestParameters(values: object, isQuery: isQuery))
        }
        return result
    }

    private static func typeError(_ key: String, expected: String) -> SQSError {
        SQSError(.serialization, "Value for \(key) could not be read as \(expected).")
    }
}
