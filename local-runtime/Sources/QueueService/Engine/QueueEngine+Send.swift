import Crypto
import Foundation
import SQSWire

extension QueueEngine {
    /// Sends messages (one for SendMessage, up to ten for a batch); each entry succeeds or fails alone,
    /// except that a batch to a FIFO queue with an entry lacking its group or deduplication id is refused
    /// whole, as SQS refuses it. Returns once the accepted messages are durable.
    package func send(queue name: String, messages: [OutgoingMessage], isBatch: Bool = false) async throws -> [Result<SentMessage, SQSError>] {
        let now = clock.nowMillis()
        let prepared = messages.map { message in
            (message, MessageDigest.md5(ofBody: message.body), message.payloadSize)
        }
        let (results, ticket) = try state.withLock { (state: inout QueueEngineState) throws -> ([Result<SentMessage, SQSError>], Journal.Ticket) in
            let queue = try state.queue(named: name)
            if isBatch, queue.attributes.isFifo { try Self.checkFifoBatch(messages, contentBasedDeduplication: queue.attributes.contentBasedDeduplication) }
            var operations: [JournalOperation] = []
            var results: [Result<SentMessage, SQSError>] = []
            var added = 0
            for (message, bodyMD5, size) in prepared {
                do {
                    let messageId = RandomIdentifier.make(using: &state.random)
                    let sent = try enqueue(
                        message, bodyMD5: bodyMD5, messageId: messageId, size: size, in: queue, now: now, state: &state, operations: &operations)
                    if sent.isNewVisible { added += 1 }
                    results.append(.success(sent.result))
                } catch let error as SQSError {
                    results.append(.failure(error))
                }
            }
            if added > 0 { wake(queue, count: added) }
            scheduleWake(queue)
            return (results, journal.append(operations))
        }
        try await journal.waitDurable(ticket)
        return results
    }

    /// SQS checks every entry of a FIFO batch for its group id, then for a deduplication id, before it
    /// sends any; the group id's absence is an invalid value there, not the missing parameter of SendMessage.
    private static func checkFifoBatch(_ messages: [OutgoingMessage], contentBasedDeduplication: Bool) throws(SQSError) {
        if messages.contains(where: { $0.groupId == nil }) {
            throw SQSError(.invalidParameterValue, "The request must contain the parameter MessageGroupId.")
        }
        if !contentBasedDeduplication, messages.contains(where: { $0.deduplicationId == nil }) {
            throw SQSError(.invalidParameterValue, Self.missingDeduplicationId)
        }
    }

    static let missingDeduplicationId = "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"

    private func enqueue(
        _ message: OutgoingMessage, bodyMD5: String, messageId: String, size: Int, in queue: QueueRecord, now: Int64,
        state: inout QueueEngineState, operations: inout [JournalOperation]
    ) throws(SQSError) -> (result: SentMessage, isNewVisible: Bool) {
        let limit = queue.attributes.maximumMessageSize
        guard size <= limit else {
            throw SQSError(.invalidParameterValue, "One or more parameters are invalid. Reason: Message must be shorter than \(limit) bytes.")
        }
        let fifo = queue.attributes.isFifo
        var deduplicationId = message.deduplicationId
        if fifo {
            guard message.groupId != nil else { throw .missing("MessageGroupId") }
            if let delay = message.delaySeconds, delay > 0 {
                throw SQSError.invalidValue("\(delay)", for: "DelaySeconds", reason: "The request include parameter that is not valid for this queue type.")
            }
            if deduplicationId == nil {
                guard queue.attributes.contentBasedDeduplication else {
                    throw SQSError(.invalidParameterValue, Self.missingDeduplicationId)
                }
                deduplicationId = SHA256.hash(data: Data(message.body.utf8)).map { String(format: "%02x", $0) }.joined()
            }
        } else if message.deduplicationId != nil {
            throw SQSError.invalidValue(message.deduplicationId!, for: "MessageDeduplicationId", reason: "The request includes a parameter that is not valid for this queue type.")
        }
        let seq = state.nextSeq
        let attributesMD5 = MessageDigest.md5(ofAttributes: message.attributes)
        let systemMD5 = message.traceHeader.flatMap {
            MessageDigest.md5(ofAttributes: ["AWSTraceHeader": MessageAttributeValue(dataType: "String", stringValue: $0)])
        }
        let sequenceNumber = fifo ? String(format: "%020lld", seq) : nil
        if fifo, let deduplicationId {
            let key = queue.attributes.values["DeduplicationScope"] == "messageGroup" ? "\(message.groupId ?? "")\n\(deduplicationId)" : deduplicationId
            queue.recentDeduplicationIds = queue.recentDeduplicationIds.filter { now - $0.value.at < 300_000 }
            if let previous = queue.recentDeduplicationIds[key] {
                let result = SentMessage(messageId: previous.messageId, bodyMD5: bodyMD5, attributesMD5: attributesMD5, systemAttributesMD5: systemMD5, sequenceNumber: sequenceNumber)
                return (result, false)
            }
            queue.recentDeduplicationIds[key] = (now, messageId)
        }
        state.nextSeq += 1
        let delay = message.delaySeconds ?? queue.attributes.delaySeconds
        let visibleAt = now + Int64(delay) * 1000
        let stored = StoredMessage(
            seq: seq, messageId: messageId, body: message.body, bodyMD5: bodyMD5, attributes: message.attributes,
            traceHeader: message.traceHeader, sentTimestamp: now, groupId: message.groupId, deduplicationId: deduplicationId,
            isInjectedDuplicate: false, state: delay > 0 ? .delayed : .visible, visibleAt: visibleAt, receiveCount: 0,
            firstReceiveTimestamp: nil, deadLetterSourceArn: nil)
        queue.insert(stored)
        operations.append(.insertMessage(row(of: stored, in: queue.name)))
        let result = SentMessage(messageId: messageId, bodyMD5: bodyMD5, attributesMD5: attributesMD5, systemAttributesMD5: systemMD5, sequenceNumber: sequenceNumber)
        return (result, delay == 0)
    }

    func row(of message: StoredMessage, in queue: String) -> MessageRow {
        let attributesJSON: String? =
            message.attributes.isEmpty
            ? nil : (try? JSONEncoder().encode(message.attributes)).map { String(decoding: $0, as: UTF8.self) }
        return MessageRow(
            seq: message.seq, queue: queue, messageId: message.messageId, body: message.body, bodyMD5: message.bodyMD5,
            attributesJSON: attributesJSON, traceHeader: message.traceHeader, sentTimestamp: message.sentTimestamp,
            groupId: message.groupId, deduplicationId: message.deduplicationId, isInjectedDuplicate: message.isInjectedDuplicate,
            visibleAt: message.visibleAt, receiveCount: message.receiveCount, firstReceiveTimestamp: message.firstReceiveTimestamp,
            deadLetterSourceArn: message.deadLetterSourceArn)
    }
}
