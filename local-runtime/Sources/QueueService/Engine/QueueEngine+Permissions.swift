import SQSWire

extension QueueEngine {
    /// AddPermission: a statement for `label` in the queue's Policy attribute, stored as the queue is.
    public func addPermission(queue name: String, label: String, accounts: [String], actions: [String]) async throws {
        try QueuePolicy.checkPermission(label: label, accounts: accounts, actions: actions)
        try await updatePolicy(name) { queue throws(SQSError) in
            try QueuePolicy.adding(label: label, accounts: accounts, actions: actions, to: queue.attributes.values["Policy"], queueArn: queue.arn)
        }
    }

    /// RemovePermission: the statement for `label` taken out of the queue's Policy attribute.
    public func removePermission(queue name: String, label: String) async throws {
        try await updatePolicy(name) { queue throws(SQSError) in
            try QueuePolicy.removing(label: label, from: queue.attributes.values["Policy"])
        }
    }

    private func updatePolicy(_ name: String, _ change: (QueueRecord) throws(SQSError) -> String?) async throws {
        let ticket = try lock.withLock { () throws -> Journal.Ticket in
            let queue = try queue(named: name)
            queue.attributes.merge(["Policy": try change(queue) ?? ""])
            return journal.append(.putQueue(row(of: queue)))
        }
        try await journal.waitDurable(ticket)
    }
}
