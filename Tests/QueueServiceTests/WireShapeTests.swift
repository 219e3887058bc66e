import Foundation
import SQSWire
import Testing

@testable import QueueService

/// The shapes in SQSWire (for clients) against the server's own handlers: encode a request as a client
/// would, run it through the JSON protocol path, decode the answer as a client would.
@Suite struct WireShapeTests {
    private let engine: QueueEngine
    private let handler: ActionHandler
    private let url = "http://127.0.0.1:9324/000000000000/shapes"

    init() throws {
        engine = try QueueEngine(store: EphemeralStore())
        handler = ActionHandler(engine: engine)
    }

    private func call<Result: Decodable>(_ action: SQSAction, _ request: some Encodable, as _: Result.Type) async throws -> Result {
        guard case .object(let members) = try JSONReader.parse(Array(try JSONEncoder().encode(request))) else {
            throw JSONReader.Malformed()
        }
        let context = SQSRequestContext(baseURL: "http://127.0.0.1:9324", accountId: "000000000000", traceId: nil)
        let value = try await handler.handle(action, RequestParameters(values: members, isQuery: false), context)
        return try JSONDecoder().decode(Result.self, from: Data(JSONWriter.write(value).utf8))
    }

    @Test func sendReceiveDeleteRoundTrip() async throws {
        try await engine.createQueue(name: "shapes", attributes: [:], tags: [:])
        let attributes = [
            "kind": MessageAttributeValue(dataType: "String", stringValue: "draft"),
            "raw": MessageAttributeValue(dataType: "Binary", binaryValue: Data([0, 1, 2, 255])),
        ]
        let sent = try await call(
            .sendMessageBatch,
            SendMessageBatchRequest(queueUrl: url, entries: [
                .init(id: "a", messageBody: "첫 번째", messageAttributes: attributes), .init(id: "b", messageBody: "second"),
            ]),
            as: SendMessageBatchResult.self)
        #expect(sent.successful.map(\.id).sorted() == ["a", "b"])
        #expect(sent.failed.isEmpty)
        #expect(sent.successful.first { $0.id == "a" }?.md5OfMessageAttributes == MessageDigest.md5(ofAttributes: attributes))
        #expect(sent.successful.first { $0.id == "b" }?.md5OfMessageBody == MessageDigest.md5(ofBody: "second"))

        let received = try await call(
            .receiveMessage,
            ReceiveMessageRequest(queueUrl: url, maxNumberOfMessages: 10, messageSystemAttributeNames: ["ApproximateReceiveCount"], messageAttributeNames: ["All"]),
            as: ReceiveMessageResult.self)
        let messages = try #require(received.messages)
        #expect(messages.count == 2)
        let first = try #require(messages.first { $0.body == "첫 번째" })
        #expect(first.messageAttributes == attributes)
        #expect(first.attributes == ["ApproximateReceiveCount": "1"])

        let deleted = try await call(
            .deleteMessageBatch,
            DeleteMessageBatchRequest(queueUrl: url, entries: messages.enumerated().map { .init(id: "d\($0.offset)", receiptHandle: $0.element.receiptHandle) }
                + [.init(id: "bad", receiptHandle: "garbage")]),
            as: AcknowledgeBatchResult.self)
        #expect(deleted.successful.count == 2)
        #expect(deleted.failed.map(\.code) == [SQSErrorCode.receiptHandleIsInvalid.legacyCode])

        let empty = try await call(.receiveMessage, ReceiveMessageRequest(queueUrl: url), as: ReceiveMessageResult.self)
        #expect(empty.messages == nil)
    }

    @Test func errorBodyNamesTheShape() throws {
        let body = try JSONDecoder().decode(ErrorBody.self, from: Data(#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#.utf8))
        #expect(body.shape == SQSErrorCode.queueDoesNotExist.shape)
    }
}
