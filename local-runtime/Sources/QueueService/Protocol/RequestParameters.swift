import SQSWire

/// The members of one request, from a JSON body or an unflattened Query form, read with the checks and
/// errors SQS applies. Query values arrive as text; JSON values must have the member's type.
struct RequestParameters {
    let values: [String: JSONValue]
    let isQuery: Bool

    init(values: [String: JSONValue], isQuery: Bool) {
        self.values = values
        self.isQuery = isQuery
    }

    private func member(_ key: String) -> JSONValue? {
        guard let value = values[key] else { return nil }
        if case .null = value { return nil }
        return value
    }

    func string(_ key: String) throws(SQSError) -> String? {
        guard let value = member(key) else { return nil }
        guard case .string(let text) = value else { throw Self.typeError(key, expected: "String") }
        return text
    }

    func requiredString(_ key: String) throws(SQSError) -> String {
        guard let text = try string(key) else { throw .missing(key) }
        return text
    }

    func int(_ key: String) throws(SQSError) -> Int? {
        guard let value = member(key) else { return nil }
        switch value {
        case .string(let text) where isQuery:
            guard let number = Int(text) else { throw SQSError.invalidValue(text, for: key, reason: "Must be an integer.") }
            return number
        case .number(let text):
            guard let number = Int(text) else { throw Self.typeError(key, expected: "Integer") }
            return number
        default:
            throw Self.typeError(key, expected: "Integer")
        }
    }

    func stringList(_ key: String) throws(SQSError) -> [String]? {
        guard let value = member(key) else { return nil }
        guard case .array(let items) = value else { throw Self.typeError(key, expected: "List") }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw Self.typeError(key, expected: "String") }
            result.append(text)
        }
        return result
    }

    func stringMap(_ key: String) throws(SQSError) -> [String: String]? {
        guard let value = member(key) else { return nil }
        guard case .object(let map) = value else { throw Self.typeError(key, expected: "Map") }
        var result: [String: String] = [:]
        for (name, item) in map {
            guard case .string(let text) = item else { throw Self.typeError(key, expected: "String") }
            result[name] = text
        }
        return result
    }

    func objectMap(_ key: String) throws(SQSError) -> [String: RequestParameters]? {
        guard let value = member(key) else { return nil }
        guard case .object(let map) = value else { throw Self.typeError(key, expected: "Map") }
        var result: [String: RequestParameters] = [:]
        for (name, item) in map {
            guard case .object(let object) = item else { throw Self.typeError(key, expected: "Structure") }
            result[name] = RequestParameters(values: object, isQuery: isQuery)
        }
        return result
    }

    func objectList(_ key: String) throws(SQSError) -> [RequestParameters]? {
        guard let value = member(key) else { return nil }
        guard case .array(let items) = value else { throw Self.typeError(key, expected: "List") }
        var result: [RequestParameters] = []
        for item in items {
            guard case .object(let object) = item else { throw Self.typeError(key, expected: "Structure") }
            result.append(RequestParameters(values: object, isQuery: isQuery))
        }
        return result
    }

    private static func typeError(_ key: String, expected: String) -> SQSError {
        SQSError(.serialization, "Value for \(key) could not be read as \(expected).")
    }
}
