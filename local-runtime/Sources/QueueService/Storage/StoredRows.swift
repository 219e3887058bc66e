/// A queue as stored on disk.
package struct QueueRow: Sendable {
    let name: String
    let attributes: [String: String]
    let tags: [String: String]
    let createdTimestamp: Int64
    let lastModifiedTimestamp: Int64
}

/// A message as stored on disk; attributes are kept as JSON.
package struct MessageRow: Sendable {
    let seq: Int64
    let queue: String
    let messageId: String
    let body: String
    let bodyMD5: String
    let attributesJSON: String?
    let traceHeader: String?
    let sentTimestamp: Int64
    let groupId: String?
    let deduplicationId: String?
    let isInjectedDuplicate: Bool
    let visibleAt: Int64
    let receiveCount: Int
    let firstReceiveTimestamp: Int64?
    let deadLetterSourceArn: String?
}
