/// Dead-letter redrive: asynchronous message move tasks.
extension QueueClient {
    /// Starts moving the messages of the dead-letter queue `sourceARN` to `destinationARN`, or back to
    /// each message's original queue when nil. Returns the task handle.
    package func startMessageMoveTask(
        sourceARN: String, destinationARN: String? = nil, maxNumberOfMessagesPerSecond: Int? = nil
    ) async throws(QueueClientError) -> String {
        let input = StartMessageMoveTaskInput(
            SourceArn: sourceARN, DestinationArn: destinationARN, MaxNumberOfMessagesPerSecond: maxNumberOfMessagesPerSecond)
        return try await call(.startMessageMoveTask, input, as: TaskHandleOutput.self).TaskHandle
    }

    /// The most recent tasks for the source queue, newest first (SQS returns one unless asked for up to 10).
    package func listMessageMoveTasks(sourceARN: String, maxResults: Int? = nil) async throws(QueueClientError) -> [MessageMoveTask] {
        try await call(
            .listMessageMoveTasks, ListMessageMoveTasksInput(SourceArn: sourceARN, MaxResults: maxResults),
            as: ListMessageMoveTasksOutput.self
        ).Results ?? []
    }

    /// Cancels a running task; returns how many messages it had moved.
    package func cancelMessageMoveTask(taskHandle: String) async throws(QueueClientError) -> Int {
        try await call(.cancelMessageMoveTask, CancelMessageMoveTaskInput(TaskHandle: taskHandle), as: CancelMessageMoveTaskOutput.self)
            .ApproximateNumberOfMessagesMoved ?? 0
    }
}
