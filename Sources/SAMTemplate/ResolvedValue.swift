/// A template value after intrinsic functions are evaluated.
package enum ResolvedValue: Sendable, Equatable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case list([ResolvedValue])
    case map([String: ResolvedValue])
    /// `AWS::NoValue`: the property is left out.
    case noValue

    /// The value as CloudFormation passes it to a string property.
    package var text: String? {
        switch self {
        case .string(let value), .number(let value): value
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    package var mapValue: [String: ResolvedValue]? {
        if case .map(let value) = self { return value }
        return nil
    }

    package var listValue: [ResolvedValue]? {
        if case .list(let value) = self { return value }
        return nil
    }
}
