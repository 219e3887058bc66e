import Foundation
import SQSWire

/// Runs one SQS action against the engine: reads the members, calls the engine and shapes the result.
struct ActionHandler: Sendable {
    let engine: QueueEngine

    func handle(_ action: SQSAction, _ parameters: RequestParameters, _ context: SQSRequestContext) async throws -> WireValue {
        if let region = context.region, region != engine.options.region, let answer = try answer(in: region, action, parameters, context) {
            return answer
        }
        switch action {
        case .createQueue: return try await createQueue(parameters, context)
        case .getQueueUrl: return try getQueueUrl(parameters, context)
        case .listQueues: return try listQueues(parameters, context)
        case .deleteQueue:
            try await engine.deleteQueue(name: try queueName(parameters))
            return .structure([])
        case .getQueueAttributes: return try getQueueAttributes(parameters)
        case .setQueueAttributes:
            let attributes = try parameters.stringMap("Attributes") ?? [:]
            try await engine.setAttributes(queue: try queueName(parameters), attributes: attributes)
            return .structure([])
        case .purgeQueue:
            try await engine.purge(queue: try queueName(parameters))
            return .structure([])
        case .sendMessage: return try await sendMessage(parameters, context)
        case .sendMessageBatch: return try await sendMessageBatch(parameters, context)
        case .receiveMessage: return try await MessageReceiver(engine: engine).receive(parameters)
        case .deleteMessage:
            let handle = try parameters.requiredString("ReceiptHandle")
            if let error = try await engine.delete(queue: try queueName(parameters), receiptHandles: [handle]).first ?? nil { throw error }
            return .structure([])
        case .deleteMessageBatch: return try await deleteMessageBatch(parameters)
        case .changeMessageVisibility:
            let handle = try parameters.requiredString("ReceiptHandle")
            let timeout = try visibilityTimeout(parameters)
            if let error = try await engine.changeVisibility(queue: try queueName(parameters), entries: [(handle, timeout)]).first ?? nil {
                throw error
            }
            return .structure([])
        case .changeMessageVisibilityBatch: return try await changeMessageVisibilityBatch(parameters)
        case .listDeadLetterSourceQueues:
            let names = try engine.deadLetterSourceQueues(of: try queueName(parameters))
            return try paginate(names, parameters, context, member: "queueUrls")
        case .tagQueue:
            let tags = try parameters.stringMap("Tags") ?? [:]
            guard !tags.isEmpty else { throw SQSError.missing("Tags") }
            try await engine.tag(queue: try queueName(parameters), tags: tags)
            return .structure([])
        case .untagQueue:
            let keys = try parameters.stringList("TagKeys") ?? []
            guard !keys.isEmpty, keys.allSatisfy({ (1...128).contains($0.count) }) else {
                throw SQSError(.invalidParameterValue, "Tag keys must be between 1 and 128 characters in length.")
            }
            try await engine.untag(queue: try queueName(parameters), keys: keys)
            return .structure([])
        case .listQueueTags:
            let tags = try engine.tags(queue: try queueName(parameters))
            return .structure(tags.isEmpty ? [] : [("Tags", .stringMap(tags, element: "Tag", key: "Key", value: "Value"))])
        case .startMessageMoveTask:
            let handle = try engine.startMoveTask(
                sourceArn: try parameters.requiredString("SourceArn"), destinationArn: try parameters.string("DestinationArn"),
                maxPerSecond: try parameters.int("MaxNumberOfMessagesPerSecond"))
            return .structure([("TaskHandle", .string(handle))])
        case .cancelMessageMoveTask:
            let moved = try engine.cancelMoveTask(handle: try parameters.requiredString("TaskHandle"))
            return .structure([("ApproximateNumberOfMessagesMoved", .integer(Int64(moved)))])
        case .listMessageMoveTasks: return try listMessageMoveTasks(parameters)
        case .addPermission:
            try await engine.addPermission(
                queue: try queueName(parameters), label: try parameters.requiredString("Label"),
                accounts: try parameters.stringList("AWSAccountIds") ?? [], actions: try parameters.stringList("Actions") ?? [])
            return .structure([])
        case .removePermission:
            try await engine.removePermission(queue: try queueName(parameters), label: try parameters.requiredString("Label"))
            return .structure([])
        }
    }

    private func queueName(_ parameters: RequestParameters) throws(SQSError) -> String {
        QueueArn.name(ofURL: try parameters.requiredString("QueueUrl"))
    }

    private func createQueue(_ parameters: RequestParameters, _ context: SQSRequestContext) async throws -> WireValue {
        let name = try parameters.requiredString("QueueName")
        let tags = try parameters.stringMap("tags") ?? parameters.stringMap("Tags") ?? [:]
        try await engine.createQueue(name: name, attributes: try parameters.stringMap("Attributes") ?? [:], tags: tags)
        return .structure([("QueueUrl", .string(context.queueURL(name)))])
    }

    private func getQueueUrl(_ parameters: RequestParameters, _ context: SQSRequestContext) throws -> WireValue {
        let name = try parameters.requiredString("QueueName")
        // The server holds one account's queues: another account has none here.
        if let owner = try parameters.string("QueueOwnerAWSAccountId"), owner != context.accountId { throw SQSError.queueDoesNotExist() }
        guard engine.queueExists(name) else { throw SQSError.queueDoesNotExist() }
        return .structure([("QueueUrl", .string(context.queueURL(name)))])
    }

    private func listQueues(_ parameters: RequestParameters, _ context: SQSRequestContext) throws -> WireValue {
        let names = engine.listQueues(prefix: try parameters.string("QueueNamePrefix"))
        return try paginate(names, parameters, context, member: "QueueUrls")
    }

    /// ListQueues and ListDeadLetterSourceQueues: all (up to 1,000) without MaxResults, else pages whose
    /// NextToken is the base64 of the last name returned.
    func paginate(_ names: [String], _ parameters: RequestParameters, _ context: SQSRequestContext, member: String) throws -> WireValue {
        let maxResults = try parameters.int("MaxResults")
        if let maxResults, !(1...1000).contains(maxResults) {
            throw SQSError.invalidValue("\(maxResults)", for: "MaxResults", reason: "MaxResults must be an integer between 1 and 1000.")
        }
        if try parameters.string("NextToken") != nil, maxResults == nil {
            throw SQSError(.invalidParameterValue, "MaxResults is a mandatory parameter when you provide a value for NextToken.")
        }
        var remaining = names[...]
        if let token = try parameters.string("NextToken") {
            guard let data = Data(base64Encoded: token) else {
                throw SQSError.invalidValue(token, for: "NextToken", reason: "Invalid or expired next token.")
            }
            let after = String(decoding: data, as: UTF8.self)
            remaining = names.drop { $0 <= after }
        }
        let page = remaining.prefix(maxResults ?? 1000)
        var members: [(String, WireValue)] = []
        if !page.isEmpty {
            members.append((member, .list(page.map { .string(context.queueURL($0)) }, element: "QueueUrl")))
        }
        if let maxResults, remaining.count > maxResults, let last = page.last {
            members.append(("NextToken", .string(Data(last.utf8).base64EncodedString())))
        }
        return .structure(members)
    }

    private func getQueueAttributes(_ parameters: RequestParameters) throws -> WireValue {
        let names = try parameters.stringList("AttributeNames") ?? []
        let attributes = try engine.attributes(queue: try queueName(parameters), names: names)
        return .structure(attributes.isEmpty ? [] : [("Attributes", .stringMap(attributes, element: "Attribute"))])
    }

    private func outgoing(_ parameters: RequestParameters, _ context: SQSRequestContext) throws(SQSError) -> OutgoingMessage {
        guard let body = try parameters.string("MessageBody"), !body.isEmpty else { throw .missing("MessageBody") }
        guard MessageAttributeParser.isValidText(body) else {
            let character = MessageAttributeParser.firstInvalidCharacter(in: body).map { String($0.value, radix: 16, uppercase: true) } ?? ""
            throw SQSError(
                .invalidMessageContents,
                "Invalid binary character '#x\(character)' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].")
        }
        let delay = try parameters.int("DelaySeconds")
        if let delay, !(0...900).contains(delay) {
            throw SQSError.invalidValue("\(delay)", for: "DelaySeconds", reason: "DelaySeconds must be >= 0 and <= 900.")
        }
        let groupId = try parameters.string("MessageGroupId")
        let deduplicationId = try parameters.string("MessageDeduplicationId")
        try checkIdentifier(groupId, "MessageGroupId")
        try checkIdentifier(deduplicationId, "MessageDeduplicationId")
        return OutgoingMessage(
            body: body, attributes: try MessageAttributeParser.parse(try parameters.objectMap("MessageAttributes")), delaySeconds: delay,
            traceHeader: try MessageAttributeParser.traceHeader(try parameters.objectMap("MessageSystemAttributes")) ?? context.traceId,
            groupId: groupId, deduplicationId: deduplicationId)
    }

    /// MessageGroupId and MessageDeduplicationId: 1 to 128 printable ASCII characters, no spaces.
    private func checkIdentifier(_ value: String?, _ name: String) throws(SQSError) {
        guard let value else { return }
        guard (1...128).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7f }) else {
            throw SQSError.invalidValue(value, for: name, reason: "\(name) can only include alphanumeric and punctuation characters. 1 to 128 in length.")
        }
    }

    private func sendMessage(_ parameters: RequestParameters, _ context: SQSRequestContext) async throws -> WireValue {
        let name = try queueName(parameters)
        let message = try outgoing(parameters, context)
        let result = try await engine.send(queue: name, messages: [message])[0].get()
        return .structure(sentMembers(result))
    }

    private func sentMembers(_ sent: SentMessage) -> [(String, WireValue)] {
        var members: [(String, WireValue)] = [("MD5OfMessageBody", .string(sent.bodyMD5))]
        if let md5 = sent.attributesMD5 { members.append(("MD5OfMessageAttributes", .string(md5))) }
        if let md5 = sent.systemAttributesMD5 { members.append(("MD5OfMessageSystemAttributes", .string(md5))) }
        members.append(("MessageId", .string(sent.messageId)))
        if let sequence = sent.sequenceNumber { members.append(("SequenceNumber", .string(sequence))) }
        return members
    }

    private func sendMessageBatch(_ parameters: RequestParameters, _ context: SQSRequestContext) async throws -> WireValue {
        let name = try queueName(parameters)
        let entries = try BatchEntries.check(try parameters.objectList("Entries"), action: "SendMessageBatch")
        var failed: [(id: String, error: SQSError)] = []
        var accepted: [(id: String, message: OutgoingMessage)] = []
        var total = 0
        for entry in entries {
            let id = try entry.requiredString("Id")
            do {
                let message = try outgoing(entry, context)
                total += message.payloadSize
                accepted.append((id, message))
            } catch {
                failed.append((id, error))
            }
        }
        if total > 1_048_576 {
            throw SQSError(.batchRequestTooLong, "Batch requests cannot be longer than 1048576 bytes. You have sent \(total) bytes.")
        }
        let results = try await engine.send(queue: name, messages: accepted.map(\.message), isBatch: true)
        var successful: [WireValue] = []
        for (entry, result) in zip(accepted, results) {
            switch result {
            case .success(let sent): successful.append(.structure([("Id", .string(entry.id))] + sentMembers(sent)))
            case .failure(let error): failed.append((entry.id, error))
            }
        }
        return BatchEntries.result(successful: successful, failed: failed, action: "SendMessageBatch")
    }

    private func deleteMessageBatch(_ parameters: RequestParameters) async throws -> WireValue {
        let name = try queueName(parameters)
        let entries = try BatchEntries.check(try parameters.objectList("Entries"), action: "DeleteMessageBatch")
        var ids: [String] = []
        var handles: [String] = []
        var failed: [(id: String, error: SQSError)] = []
        for entry in entries {
            let id = try entry.requiredString("Id")
            do {
                handles.append(try entry.requiredString("ReceiptHandle"))
                ids.append(id)
            } catch {
                failed.append((id, error))
            }
        }
        let results = try await engine.delete(queue: name, receiptHandles: handles)
        var successful: [WireValue] = []
        for (id, error) in zip(ids, results) {
            if let error { failed.append((id, error)) } else { successful.append(.structure([("Id", .string(id))])) }
        }
        return BatchEntries.result(successful: successful, failed: failed, action: "DeleteMessageBatch")
    }

    private func visibilityTimeout(_ parameters: RequestParameters) throws(SQSError) -> Int {
        guard let timeout = try parameters.int("VisibilityTimeout") else { throw .missing("VisibilityTimeout") }
        guard (0...43_200).contains(timeout) else {
            throw SQSError.invalidValue("\(timeout)", for: "VisibilityTimeout", reason: "Must be between 0 and 43200, if provided.")
        }
        return timeout
    }

    private func changeMessageVisibilityBatch(_ parameters: RequestParameters) async throws -> WireValue {
        let name = try queueName(parameters)
        let entries = try BatchEntries.check(try parameters.objectList("Entries"), action: "ChangeMessageVisibilityBatch")
        var ids: [String] = []
        var changes: [(receiptHandle: String, timeout: Int)] = []
        var failed: [(id: String, error: SQSError)] = []
        for entry in entries {
            let id = try entry.requiredString("Id")
            do {
                changes.append((try entry.requiredString("ReceiptHandle"), try visibilityTimeout(entry)))
                ids.append(id)
            } catch {
                failed.append((id, error))
            }
        }
        let results = try await engine.changeVisibility(queue: name, entries: changes)
        var successful: [WireValue] = []
        for (id, error) in zip(ids, results) {
            if let error { failed.append((id, error)) } else { successful.append(.structure([("Id", .string(id))])) }
        }
        return BatchEntries.result(successful: successful, failed: failed, action: "ChangeMessageVisibilityBatch")
    }

    private func listMessageMoveTasks(_ parameters: RequestParameters) throws -> WireValue {
        let tasks = try engine.listMoveTasks(sourceArn: try parameters.requiredString("SourceArn"), maxResults: try parameters.int("MaxResults") ?? 1)
        let results: [WireValue] = tasks.map { task in
            var members: [(String, WireValue)] = []
            if let handle = task.taskHandle { members.append(("TaskHandle", .string(handle))) }
            members.append(("Status", .string(task.status)))
            members.append(("SourceArn", .string(task.sourceArn)))
            if let destination = task.destinationArn { members.append(("DestinationArn", .string(destination))) }
            if let rate = task.maxNumberOfMessagesPerSecond { members.append(("MaxNumberOfMessagesPerSecond", .integer(Int64(rate)))) }
            members.append(("ApproximateNumberOfMessagesMoved", .integer(Int64(task.approximateNumberOfMessagesMoved))))
            members.append(("ApproximateNumberOfMessagesToMove", .integer(Int64(task.approximateNumberOfMessagesToMove))))
            if let reason = task.failureReason { members.append(("FailureReason", .string(reason))) }
            members.append(("StartedTimestamp", .integer(task.startedTimestamp)))
            return .structure(members)
        }
        return .structure([("Results", .list(results, element: "ListMessageMoveTasksResultEntry"))])
    }
}
