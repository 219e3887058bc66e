/// A Redis reply, copied out of hiredis's reply tree.
package enum RedisValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case array([RedisValue])
    case null
    /// Error replies are turned into `RedisError.server` before they reach callers.
    case error(String)

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var integer: Int64? {
        switch self {
        case .integer(let value): value
        case .string(let value): Int64(value)
        default: nil
        }
    }

    var array: [RedisValue]? {
        if case .array(let values) = self { return values }
        return nil
    }
}
