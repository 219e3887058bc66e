/// A failed entry of a batch action: SQS answers 200 and lists the entries that failed.
package struct BatchResultError: Codable, Sendable, Equatable {
    package var id: String
    package var senderFault: Bool
    package var code: String
    package var message: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", senderFault = "SenderFault", code = "Code", message = "Message"
    }

    /// A missing `SenderFault` means the server's fault, as SQS's own model defaults it.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        senderFault = try container.decodeIfPresent(Bool.self, forKey: .senderFault) ?? false
        code = try container.decode(String.self, forKey: .code)
        message = try container.decodeIfPresent(String.self, forKey: .message)
    }
}
