/// Queue management: lookup, listing, attributes, purge; create and delete for set-up and tests.
extension QueueClient {
    package func queueURL(named name: String, ownerAccountID: String? = nil) async throws(QueueClientError) -> String {
        try await call(.getQueueUrl, GetQueueURLInput(QueueName: name, QueueOwnerAWSAccountId: ownerAccountID), as: QueueURLOutput.self)
            .QueueUrl
    }

    /// Creates the queue, or returns the URL of an existing one with the same attributes.
    package func createQueue(named name: String, attributes: [String: String] = [:], tags: [String: String] = [:]) async throws(QueueClientError) -> String {
        let input = CreateQueueInput(
            QueueName: name, Attributes: attributes.isEmpty ? nil : attributes, tags: tags.isEmpty ? nil : tags)
        return try await call(.createQueue, input, as: QueueURLOutput.self).QueueUrl
    }

    package func deleteQueue(_ queueURL: String) async throws(QueueClientError) {
        _ = try await call(.deleteQueue, QueueURLInput(QueueUrl: queueURL), as: EmptyOutput.self)
    }

    /// One page of queue URLs; pass the previous page's `nextToken` (with `maxResults`) for the next.
    package func listQueues(prefix: String? = nil, maxResults: Int? = nil, nextToken: String? = nil) async throws(QueueClientError) -> QueueURLPage {
        let output = try await call(
            .listQueues, ListQueuesInput(QueueNamePrefix: prefix, MaxResults: maxResults, NextToken: nextToken), as: ListQueuesOutput.self)
        return QueueURLPage(queueURLs: output.QueueUrls ?? [], nextToken: output.NextToken)
    }

    /// Every queue URL with the prefix, following the pages.
    package func allQueueURLs(prefix: String? = nil, pageSize: Int = 1000) async throws(QueueClientError) -> [String] {
        var urls: [String] = []
        var token: String?
        repeat {
            let page = try await listQueues(prefix: prefix, maxResults: pageSize, nextToken: token)
            urls += page.queueURLs
            token = page.nextToken
        } while token != nil
        return urls
    }

    /// Attribute values by name; `["All"]` returns every attribute.
    package func queueAttributes(of queueURL: String, names: [String] = ["All"]) async throws(QueueClientError) -> [String: String] {
        try await call(
            .getQueueAttributes, GetQueueAttributesInput(QueueUrl: queueURL, AttributeNames: names), as: QueueAttributesOutput.self
        ).Attributes ?? [:]
    }

    package func setQueueAttributes(of queueURL: String, _ attributes: [String: String]) async throws(QueueClientError) {
        _ = try await call(.setQueueAttributes, SetQueueAttributesInput(QueueUrl: queueURL, Attributes: attributes), as: EmptyOutput.self)
    }

    /// Deletes every message; SQS allows this once per 60 seconds per queue.
    package func purgeQueue(_ queueURL: String) async throws(QueueClientError) {
        _ = try await call(.purgeQueue, QueueURLInput(QueueUrl: queueURL), as: EmptyOutput.self)
    }

    /// The URLs of the queues whose redrive policy targets this dead-letter queue, all pages.
    package func deadLetterSourceQueues(of deadLetterQueueURL: String) async throws(QueueClientError) -> [String] {
        var urls: [String] = []
        var token: String?
        repeat {
            let output = try await call(
                .listDeadLetterSourceQueues,
                ListDeadLetterSourceQueuesInput(QueueUrl: deadLetterQueueURL, MaxResults: token == nil ? nil : 1000, NextToken: token),
                as: ListDeadLetterSourceQueuesOutput.self)
            urls += output.queueUrls ?? []
            token = output.NextToken
        } while token != nil
        return urls
    }
}
