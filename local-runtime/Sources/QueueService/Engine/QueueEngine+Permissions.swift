import SQSWire

extension QueueEngine {
    /// AddPermission: a statement for `label` in the queue's Policy attribute, stored as the queue is.
    package func addPermission(queue name: String, label: String, accounts: [String], actions: [String]) async throws {
        try QueuePolicy.checkPermission(label: label, accounts: accounts, actions: actions)
        try await updatePolicy(name) { (policy, queueArn) throws(SQSError) in
            try QueuePolicy.adding(label: label, accounts: accounts, actions: actions, to: policy, queueArn: queueArn)
        }
    }

    /// RemovePermission: the statement for `label` taken out of the queue's Policy attribute.
    package func removePermission(queue name: String, label: String) async throws {
        try await updatePolicy(name) { (policy, _) throws(SQSError) in
            try QueuePolicy.removing(label: label, from: policy)
        }
    }

    /// `change` gets the current Policy and the queue's ARN and returns the new Policy.
    private func updatePolicy(_ name: String, _ change: (String?, String) throws(SQSError) -> String?) async throws {
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            let queue = try state.queue(named: name)
            queue.attributes.merge(["Policy": try change(queue.attributes.values["Policy"], queue.arn) ?? ""])
            return journal.append(.putQueue(row(of: queue)))
        }
        try await journal.waitDurable(ticket)
    }
}
