import CurlHTTP
import SQSWire

/// Batch calls of any size: entries are split into valid requests, entries that failed on the server's
/// side (`SenderFault: false`) are retried with the retry policy's backoff, and sender faults are
/// reported at once. A request-level error is thrown; entries of earlier requests may have been applied.
extension QueueClient {
    package func sendMessageBatch(to queueURL: String, _ entries: [SendBatchEntry]) async throws(QueueClientError) -> BatchResult<SentBatchEntry> {
        try await runBatch(entries, id: \.id, size: \.message.payloadSize, maxBytes: configuration.maxBatchPayloadBytes) {
            (chunk: [SendBatchEntry]) async throws(QueueClientError) -> ([SentBatchEntry], [BatchResultError]) in
            let input = SendMessageBatchRequest(queueUrl: queueURL, entries: chunk.map(SendMessageBatchRequest.Entry.init))
            let output = try await call(.sendMessageBatch, input, as: SendMessageBatchResult.self)
            var sent: [SentBatchEntry] = []
            for entry in output.successful {
                let message = SentMessage(
                    messageID: entry.messageId, md5OfMessageBody: entry.md5OfMessageBody,
                    md5OfMessageAttributes: entry.md5OfMessageAttributes, sequenceNumber: entry.sequenceNumber)
                if configuration.verifyChecksums, let original = chunk.first(where: { $0.id == entry.id }) {
                    try ChecksumVerification.verify(sent: message, for: original.message)
                }
                sent.append(SentBatchEntry(id: entry.id, message: message))
            }
            return (sent, output.failed)
        }
    }

    /// Returns the ids of the deleted entries.
    package func deleteMessageBatch(from queueURL: String, _ entries: [ReceiptEntry]) async throws(QueueClientError) -> BatchResult<String> {
        try await runBatch(entries, id: \.id, size: { _ in 0 }, maxBytes: .max) {
            (chunk: [ReceiptEntry]) async throws(QueueClientError) -> ([String], [BatchResultError]) in
            let input = DeleteMessageBatchRequest(
                queueUrl: queueURL, entries: chunk.map { .init(id: $0.id, receiptHandle: $0.receiptHandle) })
            let output = try await call(.deleteMessageBatch, input, as: AcknowledgeBatchResult.self)
            return (output.successful.map(\.id), output.failed)
        }
    }

    /// Returns the ids of the changed entries.
    package func changeMessageVisibilityBatch(in queueURL: String, _ entries: [VisibilityChange]) async throws(QueueClientError) -> BatchResult<String> {
        try await runBatch(entries, id: \.id, size: { _ in 0 }, maxBytes: .max) {
            (chunk: [VisibilityChange]) async throws(QueueClientError) -> ([String], [BatchResultError]) in
            let input = ChangeMessageVisibilityBatchRequest(
                queueUrl: queueURL,
                entries: chunk.map { .init(id: $0.id, receiptHandle: $0.receiptHandle, visibilityTimeout: $0.visibilityTimeout) })
            let output = try await call(.changeMessageVisibilityBatch, input, as: AcknowledgeBatchResult.self)
            return (output.successful.map(\.id), output.failed)
        }
    }

    private func runBatch<Entry, Success: Sendable>(
        _ entries: [Entry],
        id: (Entry) -> String,
        size: (Entry) -> Int,
        maxBytes: Int,
        perform: ([Entry]) async throws(QueueClientError) -> ([Success], [BatchResultError])
    ) async throws(QueueClientError) -> BatchResult<Success> {
        let policy = configuration.retry
        var result = BatchResult<Success>()
        var pending = entries
        var attempt = 1
        while !pending.isEmpty {
            var retry: [Entry] = []
            var retryFailures: [BatchEntryFailure] = []
            for chunk in BatchChunks.split(pending, maxBytes: maxBytes, size: size) {
                let (successful, failed) = try await perform(chunk)
                result.successful += successful
                for failure in failed.map(\.failure) {
                    if !failure.senderFault, attempt < policy.maxAttempts, let entry = chunk.first(where: { id($0) == failure.id }) {
                        retry.append(entry)
                        retryFailures.append(failure)
                    } else {
                        result.failed.append(failure)
                    }
                }
            }
            pending = retry
            if !pending.isEmpty {
                // Cancelled: what was still to be retried is reported with the failure it last had.
                guard await waitUnlessCancelled(for: policy.delay(beforeRetry: attempt)) else {
                    result.failed += retryFailures
                    break
                }
                attempt += 1
            }
        }
        return result
    }
}
