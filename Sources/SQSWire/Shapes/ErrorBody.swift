/// The body of a JSON protocol error, and the code it names.
public struct ErrorBody: Codable, Sendable, Equatable {
    public var type: String
    public var message: String?

    public init(type: String, message: String?) {
        self.type = type
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case type = "__type", message
    }

    /// The shape name after `#`: `QueueDoesNotExist` for `com.amazonaws.sqs#QueueDoesNotExist`.
    public var shape: String {
        type.split(separator: "#").last.map(String.init) ?? type
    }
}
