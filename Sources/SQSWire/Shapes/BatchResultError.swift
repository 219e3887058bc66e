/// A failed entry of a batch action: SQS answers 200 and lists the entries that failed.
public struct BatchResultError: Codable, Sendable, Equatable {
    public var id: String
    public var senderFault: Bool
    public var code: String
    public var message: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", senderFault = "SenderFault", code = "Code", message = "Message"
    }
}
