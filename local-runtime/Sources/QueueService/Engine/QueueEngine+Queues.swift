import Foundation
import SQSWire

extension QueueEngine {
    /// Creates a queue, or returns the existing one when its attributes match.
    package func createQueue(name: String, attributes: [String: String], tags: [String: String]) async throws {
        guard (1...80).contains(name.count),
            name.dropLast(name.hasSuffix(".fifo") ? 5 : 0).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            throw SQSError(.invalidParameterValue, "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length")
        }
        let fifo = name.hasSuffix(".fifo")
        if fifo != (attributes["FifoQueue"]?.lowercased() == "true"), fifo || attributes["FifoQueue"]?.lowercased() == "true" {
            throw SQSError(.invalidParameterValue, "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.")
        }
        try QueueAttributes.validate(attributes, fifo: fifo, isCreate: true)
        let now = clock.nowMillis()
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            try validateRedrive(attributes, fifo: fifo, sourceArn: arn(of: name), queues: state.queues)
            var merged = QueueAttributes.defaults(fifo: fifo)
            merged.merge(attributes.filter { $0.key != "FifoQueue" })
            if let existing = state.queues[name] {
                for (key, value) in merged.values where existing.attributes.values[key] != value {
                    throw SQSError(.queueNameExists, "A queue already exists with the same name and a different value for attribute \(key)")
                }
                return .none
            }
            let seconds = now / 1000
            let queue = QueueRecord(name: name, arn: arn(of: name), attributes: merged, tags: tags, createdTimestamp: seconds, lastModifiedTimestamp: seconds)
            state.queues[name] = queue
            return journal.append(.putQueue(row(of: queue)))
        }
        try await journal.waitDurable(ticket)
    }

    package func queueExists(_ name: String) -> Bool {
        state.withLock { state in state.queues[name] != nil }
    }

    package func deleteQueue(name: String) async throws {
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            let queue = try state.queue(named: name)
            state.queues[name] = nil
            wake(queue)
            return journal.append(.deleteQueue(name: name))
        }
        try await journal.waitDurable(ticket)
    }

    /// Queue names in name order, optionally by prefix.
    package func listQueues(prefix: String?) -> [String] {
        state.withLock { state in
            state.queues.keys.filter { prefix == nil || $0.hasPrefix(prefix!) }.sorted()
        }
    }

    /// The queue's attributes with the computed ones; `names` may contain `All`.
    package func attributes(queue name: String, names: [String]) throws -> [String: String] {
        let now = clock.nowMillis()
        return try state.withLock { (state: inout QueueEngineState) throws -> [String: String] in
            let queue = try state.queue(named: name)
            let known = QueueAttributes.standardNames.union(QueueAttributes.readOnlyNames).union(queue.attributes.isFifo ? QueueAttributes.fifoNames : [])
            for requested in names where requested != "All" && !known.contains(requested) {
                throw SQSError(.invalidAttributeName, "Unknown Attribute \(requested).")
            }
            dropExpired(queue, now: now)
            queue.promote(now: now)
            var all = queue.attributes.values
            all["ApproximateNumberOfMessages"] = "\(queue.visibleCount)"
            all["ApproximateNumberOfMessagesNotVisible"] = "\(queue.inFlightCount)"
            all["ApproximateNumberOfMessagesDelayed"] = "\(queue.delayedCount)"
            all["CreatedTimestamp"] = "\(queue.createdTimestamp)"
            all["LastModifiedTimestamp"] = "\(queue.lastModifiedTimestamp)"
            all["QueueArn"] = queue.arn
            if names.contains("All") { return all }
            return all.filter { names.contains($0.key) }
        }
    }

    package func setAttributes(queue name: String, attributes: [String: String]) async throws {
        let now = clock.nowMillis()
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            let queue = try state.queue(named: name)
            try QueueAttributes.validate(attributes, fifo: queue.attributes.isFifo, isCreate: false)
            try validateRedrive(attributes, fifo: queue.attributes.isFifo, sourceArn: queue.arn, queues: state.queues)
            queue.attributes.merge(attributes)
            queue.lastModifiedTimestamp = now / 1000
            wake(queue)
            return journal.append(.putQueue(row(of: queue)))
        }
        try await journal.waitDurable(ticket)
    }

    /// Checks a RedrivePolicy being set: the dead-letter queue exists, has the same type and allows this source.
    private func validateRedrive(_ attributes: [String: String], fifo: Bool, sourceArn: String, queues: [String: QueueRecord]) throws {
        guard let policy = attributes["RedrivePolicy"], !policy.isEmpty else { return }
        try RedrivePolicy.validate(policy) { name in
            queues[name].map { $0.attributes.isFifo == fifo }
        }
        if let target = RedrivePolicy(json: policy).flatMap({ QueueArn.name(of: $0.deadLetterTargetArn) }),
            let allow = queues[target]?.attributes.values["RedriveAllowPolicy"].flatMap(RedriveAllowPolicy.init(json:)),
            !allow.allows(sourceArn: sourceArn)
        {
            throw SQSError.invalidValue(policy, for: "RedrivePolicy", reason: "Queue \(sourceArn) is not allowed to use this dead-letter queue by its RedriveAllowPolicy.")
        }
    }

    package func tags(queue name: String) throws -> [String: String] {
        try state.withLock { state in try state.queue(named: name).tags }
    }

    /// Adds or overwrites tags; a queue holds at most 50, as on SQS.
    package func tag(queue name: String, tags: [String: String]) async throws {
        try await updateTags(name) { (current: inout [String: String]) throws(SQSError) in
            let merged = current.merging(tags) { _, new in new }
            guard merged.count <= 50 else { throw SQSError(.invalidParameterValue, "Too many tags added for queue \(name).") }
            current = merged
        }
    }

    package func untag(queue name: String, keys: [String]) async throws {
        try await updateTags(name) { (current: inout [String: String]) in keys.forEach { current[$0] = nil } }
    }

    private func updateTags(_ name: String, _ change: (inout [String: String]) throws(SQSError) -> Void) async throws {
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            let queue = try state.queue(named: name)
            try change(&queue.tags)
            return journal.append(.putQueue(row(of: queue)))
        }
        try await journal.waitDurable(ticket)
    }

    /// Queues whose RedrivePolicy targets this one.
    package func deadLetterSourceQueues(of name: String) throws -> [String] {
        try state.withLock { state in
            let target = try state.queue(named: name)
            return state.queues.values.filter { $0.attributes.redrivePolicy?.deadLetterTargetArn == target.arn }.map(\.name).sorted()
        }
    }

    func row(of queue: QueueRecord) -> QueueRow {
        QueueRow(
            name: queue.name, attributes: queue.attributes.values, tags: queue.tags, createdTimestamp: queue.createdTimestamp,
            lastModifiedTimestamp: queue.lastModifiedTimestamp)
    }
}
