/// The operations of the SQS API (2012-11-05), named as they appear in `X-Amz-Target: AmazonSQS.<Action>`
/// and in the Query protocol's `Action` parameter.
package enum SQSAction: String, CaseIterable, Sendable {
    case addPermission = "AddPermission"
    case cancelMessageMoveTask = "CancelMessageMoveTask"
    case changeMessageVisibility = "ChangeMessageVisibility"
    case changeMessageVisibilityBatch = "ChangeMessageVisibilityBatch"
    case createQueue = "CreateQueue"
    case deleteMessage = "DeleteMessage"
    case deleteMessageBatch = "DeleteMessageBatch"
    case deleteQueue = "DeleteQueue"
    case getQueueAttributes = "GetQueueAttributes"
    case getQueueUrl = "GetQueueUrl"
    case listDeadLetterSourceQueues = "ListDeadLetterSourceQueues"
    case listMessageMoveTasks = "ListMessageMoveTasks"
    case listQueueTags = "ListQueueTags"
    case listQueues = "ListQueues"
    case purgeQueue = "PurgeQueue"
    case receiveMessage = "ReceiveMessage"
    case removePermission = "RemovePermission"
    case sendMessage = "SendMessage"
    case sendMessageBatch = "SendMessageBatch"
    case setQueueAttributes = "SetQueueAttributes"
    case startMessageMoveTask = "StartMessageMoveTask"
    case tagQueue = "TagQueue"
    case untagQueue = "UntagQueue"

    /// The JSON protocol's `X-Amz-Target` prefix.
    package static let targetPrefix = "AmazonSQS."
    /// The API version the Query protocol sends as `Version`.
    package static let apiVersion = "2012-11-05"

    /// The `X-Amz-Target` header value for this action.
    package var target: String { Self.targetPrefix + rawValue }
}
