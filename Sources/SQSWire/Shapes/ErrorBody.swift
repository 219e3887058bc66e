/// The body of a JSON protocol error, and the code it names.
package struct ErrorBody: Codable, Sendable, Equatable {
    package var type: String
    package var message: String?

    package init(type: String, message: String?) {
        self.type = type
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case type = "__type", message
    }

    /// The shape name after `#`: `QueueDoesNotExist` for `com.amazonaws.sqs#QueueDoesNotExist`.
    package var shape: String {
        type.split(separator: "#").last.map(String.init) ?? type
    }
}
