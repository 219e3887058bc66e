import Foundation
import SQSWire

/// ReceiveMessage: checks the request, receives, and returns the requested system and message attributes.
struct MessageReceiver {
    let engine: QueueEngine

    private static let systemNames: Set<String> = [
        "All", "SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SequenceNumber",
        "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn",
    ]

    func receive(_ parameters: RequestParameters) async throws -> WireValue {
        let queue = QueueArn.name(ofURL: try parameters.requiredString("QueueUrl"))
        let maxMessages = try parameters.int("MaxNumberOfMessages") ?? 1
        guard (1...10).contains(maxMessages) else {
            throw SQSError.invalidValue("\(maxMessages)", for: "MaxNumberOfMessages", reason: "Must be between 1 and 10, if provided.")
        }
        let wait = try parameters.int("WaitTimeSeconds")
        if let wait, !(0...20).contains(wait) {
            throw SQSError.invalidValue("\(wait)", for: "WaitTimeSeconds", reason: "Must be >= 0 and <= 20, if provided.")
        }
        let visibility = try parameters.int("VisibilityTimeout")
        if let visibility, !(0...43_200).contains(visibility) {
            throw SQSError.invalidValue("\(visibility)", for: "VisibilityTimeout", reason: "Must be >= 0 and <= 43200, if provided.")
        }
        let systemNames = Set((try parameters.stringList("AttributeNames") ?? []) + (try parameters.stringList("MessageSystemAttributeNames") ?? []))
        for name in systemNames where !Self.systemNames.contains(name) {
            throw SQSError(.invalidAttributeName, "Unknown Attribute \(name).")
        }
        let attributeFilter = try parameters.stringList("MessageAttributeNames") ?? []
        let attemptId = try parameters.string("ReceiveRequestAttemptId")
        if let attemptId, !(1...128).contains(attemptId.utf8.count) {
            throw SQSError.invalidValue(attemptId, for: "ReceiveRequestAttemptId", reason: "Must be 1 to 128 characters long.")
        }
        let deliveries = try await engine.receive(
            ReceiveRequest(queue: queue, maxMessages: maxMessages, visibilityTimeout: visibility, waitSeconds: wait, attemptId: attemptId))
        guard !deliveries.isEmpty else { return .structure([]) }
        let messages = deliveries.map { message(from: $0, systemNames: systemNames, attributeFilter: attributeFilter) }
        return .structure([("Messages", .list(messages, element: "Message"))])
    }

    private func message(from delivery: Delivery, systemNames: Set<String>, attributeFilter: [String]) -> WireValue {
        var members: [(String, WireValue)] = [
            ("MessageId", .string(delivery.messageId)), ("ReceiptHandle", .string(delivery.receiptHandle)),
            ("MD5OfBody", .string(delivery.bodyMD5)), ("Body", .string(delivery.body)),
        ]
        let system = systemAttributes(of: delivery, names: systemNames)
        if !system.isEmpty { members.append(("Attributes", .stringMap(system, element: "Attribute"))) }
        let selected = delivery.attributes.filter { Self.matches($0.key, attributeFilter) }
        if let md5 = MessageDigest.md5(ofAttributes: selected) {
            members.append(("MD5OfMessageAttributes", .string(md5)))
            let entries: [(String, WireValue)] = selected.sorted { $0.key < $1.key }.map { name, value in
                var fields: [(String, WireValue)] = []
                if let text = value.stringValue { fields.append(("StringValue", .string(text))) }
                if let bytes = value.binaryValue { fields.append(("BinaryValue", .string(bytes.base64EncodedString()))) }
                fields.append(("DataType", .string(value.dataType)))
                return (name, .structure(fields))
            }
            members.append(("MessageAttributes", .map(entries, element: "MessageAttribute", key: "Name", value: "Value")))
        }
        return .structure(members)
    }

    private func systemAttributes(of delivery: Delivery, names: Set<String>) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        let all = names.contains("All")
        var values: [String: String] = [:]
        func add(_ name: String, _ value: String?) {
            if let value, all || names.contains(name) { values[name] = value }
        }
        add("SenderId", engine.options.accountId)
        add("SentTimestamp", "\(delivery.sentTimestamp)")
        add("ApproximateReceiveCount", "\(delivery.receiveCount)")
        add("ApproximateFirstReceiveTimestamp", "\(delivery.firstReceiveTimestamp)")
        add("AWSTraceHeader", delivery.traceHeader)
        add("DeadLetterQueueSourceArn", delivery.deadLetterSourceArn)
        add("MessageGroupId", delivery.groupId)
        add("MessageDeduplicationId", delivery.deduplicationId)
        add("SequenceNumber", delivery.sequenceNumber)
        return values
    }

    /// `All` and `.*` select every attribute, `prefix.*` those whose name starts with `prefix`, others by name.
    static func matches(_ name: String, _ filter: [String]) -> Bool {
        filter.contains { pattern in
            if pattern == "All" || pattern == ".*" { return true }
            if pattern.hasSuffix(".*") { return name.hasPrefix(String(pattern.dropLast(2))) }
            return pattern == name
        }
    }
}
