import Foundation

/// The Query protocol's flattened form (`Attribute.1.Name=…`) turned into the member tree the JSON
/// protocol sends, so one set of handlers serves both.
enum QueryForm {
    /// How a flattened Query name maps to a JSON member.
    private enum Shape {
        case list(String)
        case map(String, key: String, value: String)
    }

    private static let shapes: [String: Shape] = [
        "Attribute": .map("Attributes", key: "Name", value: "Value"),
        "Tag": .map("Tags", key: "Key", value: "Value"),
        "AttributeName": .list("AttributeNames"),
        "MessageAttributeName": .list("MessageAttributeNames"),
        "MessageSystemAttributeName": .list("MessageSystemAttributeNames"),
        "MessageAttribute": .map("MessageAttributes", key: "Name", value: "Value"),
        "MessageSystemAttribute": .map("MessageSystemAttributes", key: "Name", value: "Value"),
        "SendMessageBatchRequestEntry": .list("Entries"),
        "DeleteMessageBatchRequestEntry": .list("Entries"),
        "ChangeMessageVisibilityBatchRequestEntry": .list("Entries"),
        "TagKey": .list("TagKeys"),
        "AWSAccountId": .list("AWSAccountIds"),
        "ActionName": .list("Actions"),
    ]

    /// Decodes `application/x-www-form-urlencoded` text into name/value pairs.
    static func decode(_ text: Substring) -> [(String, String)] {
        text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = unescape(parts[0]), !name.isEmpty else { return nil }
            return (name, parts.count > 1 ? unescape(parts[1]) ?? "" : "")
        }
    }

    private static func unescape(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Builds the member tree: `A.1.B=x&A.2.B=y` becomes `A: [{B: x}, {B: y}]` renamed and reshaped per `shapes`.
    static func tree(from pairs: [(String, String)]) -> [String: JSONValue] {
        var root = Node()
        for (name, value) in pairs {
            root.insert(path: name.split(separator: ".").map(String.init)[...], value: value)
        }
        return root.members(top: true)
    }

    private struct Node {
        var value: String?
        var children: [String: Node] = [:]

        mutating func insert(path: ArraySlice<String>, value: String) {
            guard let first = path.first else {
                self.value = value
                return
            }
            children[first, default: Node()].insert(path: path.dropFirst(), value: value)
        }

        /// Children ordered by their numeric index, as `.1`, `.2`, … give them.
        var indexed: [Node] {
            children.compactMap { key, node in Int(key).map { ($0, node) } }.sorted { $0.0 < $1.0 }.map(\.1)
        }

        func converted() -> JSONValue {
            if children.isEmpty { return .string(value ?? "") }
            if children.keys.allSatisfy({ Int($0) != nil }) { return .array(indexed.map { $0.converted() }) }
            return .object(members(top: false))
        }

        func members(top: Bool) -> [String: JSONValue] {
            var result: [String: JSONValue] = [:]
            for (key, node) in children {
                switch Self.shape(of: key) {
                case .list(let name)?:
                    result[name] = .array(node.indexed.map { $0.converted() })
                case .map(let name, let keyName, let valueName)?:
                    var map: [String: JSONValue] = [:]
                    if case .object(let existing)? = result[name] { map = existing }
                    for entry in node.indexed {
                        guard let entryKey = entry.children[keyName]?.value else { continue }
                        map[entryKey] = entry.children[valueName]?.converted() ?? .string("")
                    }
                    result[name] = .object(map)
                case nil:
                    result[key] = node.converted()
                }
            }
            return result
        }

        private static func shape(of key: String) -> Shape? {
            QueryForm.shapes[key]
        }
    }
}
