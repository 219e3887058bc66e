import LambdaWire

extension SQSEvent {
    /// Runs `process` for every record in order and reports the ones that threw as batch item failures,
    /// so one bad record never fails its neighbours. Errors are logged without the message body.
    package func processRecords(
        context: LambdaContext,
        _ process: (SQSMessage) async throws -> Void
    ) async -> SQSBatchResponse {
        var failed: [String] = []
        for record in records {
            do {
                try await process(record)
            } catch {
                failed.append(record.messageId)
                context.logger.error(
                    "record failed",
                    metadata: [
                        "messageId": "\(record.messageId)",
                        "errorType": "\(String(describing: type(of: error)))",
                        "error": "\(error)",
                    ]
                )
            }
        }
        return SQSBatchResponse(failedMessageIDs: failed)
    }
}
