import Foundation
import SQSWire

extension QueueEngine {
    /// Starts moving a dead-letter queue's messages; returns the task handle.
    package func startMoveTask(sourceArn: String, destinationArn: String?, maxPerSecond: Int?) throws -> String {
        if let maxPerSecond, !(1...500).contains(maxPerSecond) {
            throw SQSError.invalidValue("\(maxPerSecond)", for: "MaxNumberOfMessagesPerSecond", reason: "Must be between 1 and 500, if provided.")
        }
        // The task itself stays in the locked state; its id and handle are what leave the lock.
        let (taskId, handle) = try state.withLock { (state: inout QueueEngineState) throws -> (String, String) in
            guard let sourceName = QueueArn.name(of: sourceArn), let source = state.queues[sourceName] else {
                throw SQSError(.resourceNotFound, "The resource that you specified for the SourceArn parameter doesn't exist.")
            }
            guard state.queues.values.contains(where: { $0.attributes.redrivePolicy?.deadLetterTargetArn == sourceArn }) else {
                throw SQSError(.invalidParameterValue, "Source queue must be configured as a Dead Letter Queue.")
            }
            if let destinationArn {
                guard let name = QueueArn.name(of: destinationArn), state.queues[name] != nil else {
                    throw SQSError(.resourceNotFound, "The resource that you specified for the DestinationArn parameter doesn't exist.")
                }
            }
            if state.moveTasks.contains(where: { $0.sourceArn == sourceArn && $0.status == .running }) {
                throw SQSError(.invalidParameterValue, "There is already a task running. Only one active task is allowed for a source queue arn at a given time.")
            }
            source.promote(now: clock.nowMillis())
            let task = MoveTask(
                taskId: RandomIdentifier.make(), sourceArn: sourceArn, destinationArn: destinationArn,
                maxPerSecond: maxPerSecond, toMove: source.visibleCount, startedTimestamp: clock.nowMillis())
            state.moveTasks.append(task)
            return (task.taskId, task.handle)
        }
        Task { await self.runMoveTask(taskId: taskId) }
        return handle
    }

    /// Moves batches at the task's rate until the source has no visible messages, the task is cancelled or
    /// its destination disappears.
    private func runMoveTask(taskId: String) async {
        while true {
            let (done, pause, ticket) = state.withLock { (state: inout QueueEngineState) -> (Bool, Int, Journal.Ticket) in
                guard let task = state.moveTasks.first(where: { $0.taskId == taskId }) else { return (true, 0, .none) }
                guard task.status == .running else {
                    if task.status == .cancelling { task.status = .cancelled }
                    return (true, 0, .none)
                }
                // A rate of r per second moves r/10 every 100 ms, or one every 1000/r ms below ten.
                let step = task.maxPerSecond.map { max(1, $0 / 10) } ?? 100
                let pause = task.maxPerSecond.map { step * 1000 / $0 } ?? 1
                var operations: [JournalOperation] = []
                let finished = moveStep(task, limit: step, queues: state.queues, operations: &operations)
                return (finished, pause, journal.append(operations))
            }
            try? await journal.waitDurable(ticket)
            if done { return }
            try? await Task.sleep(for: .milliseconds(pause))
        }
    }

    /// Moves up to `limit` visible messages; true when the task has finished.
    private func moveStep(_ task: MoveTask, limit: Int, queues: [String: QueueRecord], operations: inout [JournalOperation]) -> Bool {
        let now = clock.nowMillis()
        guard let sourceName = QueueArn.name(of: task.sourceArn), let source = queues[sourceName] else {
            task.status = .failed
            task.failureReason = "AWS.SimpleQueueService.NonExistentQueue"
            return true
        }
        source.promote(now: now)
        var moved = 0
        while moved < limit, let seq = source.visibleOrder.popFirst() {
            guard let message = source.messages[seq], message.state == .visible else { continue }
            let targetArn = task.destinationArn ?? message.deadLetterSourceArn
            guard let targetName = targetArn.flatMap(QueueArn.name(of:)), let target = queues[targetName] else {
                source.visibleOrder.prepend(seq)
                task.status = .failed
                task.failureReason = "AWS.SimpleQueueService.NonExistentQueue"
                return true
            }
            source.remove(seq)
            message.deadLetterSourceArn = nil
            message.receiveCount = 0
            message.firstReceiveTimestamp = nil
            message.visibleAt = now
            message.state = .visible
            target.insert(message)
            operations.append(.moveMessage(seq: seq, queue: target.name, visibleAt: now, receiveCount: 0, deadLetterSourceArn: nil))
            wake(target, count: 1)
            moved += 1
            task.moved += 1
        }
        if source.visibleCount == 0 || task.moved >= task.toMove {
            task.status = .completed
            return true
        }
        return false
    }

    package func cancelMoveTask(handle: String) throws -> Int {
        guard let (taskId, sourceArn) = MoveTask.parse(handle: handle) else {
            throw SQSError(.invalidParameterValue, "Value for parameter TaskHandle is invalid.")
        }
        return try state.withLock { (state: inout QueueEngineState) throws -> Int in
            guard QueueArn.name(of: sourceArn).flatMap({ state.queues[$0] }) != nil else {
                throw SQSError(.resourceNotFound, "The resource that you specified for the SourceArn parameter doesn't exist.")
            }
            guard let task = state.moveTasks.first(where: { $0.taskId == taskId && $0.sourceArn == sourceArn }) else {
                throw SQSError(.resourceNotFound, "Task does not exist.")
            }
            guard task.status == .running else {
                throw SQSError(.invalidParameterValue, "Only active tasks can be cancelled.")
            }
            task.status = .cancelled
            return task.moved
        }
    }

    /// The most recent tasks of a source queue, newest first.
    package func listMoveTasks(sourceArn: String, maxResults: Int) throws -> [MoveTaskSummary] {
        guard (1...10).contains(maxResults) else {
            throw SQSError.invalidValue("\(maxResults)", for: "MaxResults", reason: "You must enter a number that's between 1 and 10.")
        }
        return try state.withLock { (state: inout QueueEngineState) throws -> [MoveTaskSummary] in
            guard QueueArn.name(of: sourceArn).flatMap({ state.queues[$0] }) != nil else {
                throw SQSError(.resourceNotFound, "The resource that you specified for the SourceArn parameter doesn't exist.")
            }
            return state.moveTasks.filter { $0.sourceArn == sourceArn }.reversed().prefix(maxResults).map { task in
                MoveTaskSummary(
                    taskHandle: task.status == .running ? task.handle : nil, status: task.status.rawValue, sourceArn: task.sourceArn,
                    destinationArn: task.destinationArn, maxNumberOfMessagesPerSecond: task.maxPerSecond,
                    approximateNumberOfMessagesMoved: task.moved, approximateNumberOfMessagesToMove: task.toMove,
                    startedTimestamp: task.startedTimestamp, failureReason: task.failureReason)
            }
        }
    }
}
