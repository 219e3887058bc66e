/// An SQS error as it appears on the wire: the JSON shape name (`__type` after `#`), the legacy Query
/// code (also sent in `x-amzn-query-error`) and the HTTP status.
package struct SQSErrorCode: Hashable, Sendable {
    package let shape: String
    package let legacyCode: String
    package let status: Int
    package let namespace: String

    package init(shape: String, legacyCode: String, status: Int = 400, namespace: String = "com.amazonaws.sqs") {
        self.shape = shape
        self.legacyCode = legacyCode
        self.status = status
        self.namespace = namespace
    }

    /// The JSON protocol's `__type` value.
    package var jsonType: String { "\(namespace)#\(shape)" }
    /// The `x-amzn-query-error` header value SDKs use to recover the legacy code.
    package var queryErrorHeader: String { "\(legacyCode);Sender" }

    package static let queueDoesNotExist = Self(shape: "QueueDoesNotExist", legacyCode: "AWS.SimpleQueueService.NonExistentQueue")
    package static let queueNameExists = Self(shape: "QueueNameExists", legacyCode: "QueueAlreadyExists")
    package static let queueDeletedRecently = Self(shape: "QueueDeletedRecently", legacyCode: "AWS.SimpleQueueService.QueueDeletedRecently")
    package static let purgeQueueInProgress = Self(shape: "PurgeQueueInProgress", legacyCode: "AWS.SimpleQueueService.PurgeQueueInProgress", status: 403)
    package static let overLimit = Self(shape: "OverLimit", legacyCode: "OverLimit", status: 403)
    package static let emptyBatchRequest = Self(shape: "EmptyBatchRequest", legacyCode: "AWS.SimpleQueueService.EmptyBatchRequest")
    package static let tooManyEntriesInBatchRequest = Self(shape: "TooManyEntriesInBatchRequest", legacyCode: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest")
    package static let batchEntryIdsNotDistinct = Self(shape: "BatchEntryIdsNotDistinct", legacyCode: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct")
    package static let invalidBatchEntryId = Self(shape: "InvalidBatchEntryId", legacyCode: "AWS.SimpleQueueService.InvalidBatchEntryId")
    package static let batchRequestTooLong = Self(shape: "BatchRequestTooLong", legacyCode: "AWS.SimpleQueueService.BatchRequestTooLong")
    package static let messageNotInflight = Self(shape: "MessageNotInflight", legacyCode: "AWS.SimpleQueueService.MessageNotInflight")
    package static let unsupportedOperation = Self(shape: "UnsupportedOperation", legacyCode: "AWS.SimpleQueueService.UnsupportedOperation")
    package static let receiptHandleIsInvalid = Self(shape: "ReceiptHandleIsInvalid", legacyCode: "ReceiptHandleIsInvalid")
    package static let invalidParameterValue = Self(shape: "InvalidParameterValueException", legacyCode: "InvalidParameterValue")
    package static let missingParameter = Self(shape: "MissingRequiredParameterException", legacyCode: "MissingParameter")
    package static let invalidAttributeName = Self(shape: "InvalidAttributeName", legacyCode: "InvalidAttributeName")
    package static let invalidAttributeValue = Self(shape: "InvalidAttributeValue", legacyCode: "InvalidAttributeValue")
    package static let invalidMessageContents = Self(shape: "InvalidMessageContents", legacyCode: "InvalidMessageContents")
    package static let resourceNotFound = Self(shape: "ResourceNotFoundException", legacyCode: "ResourceNotFoundException", status: 404)
    package static let invalidAction = Self(
        shape: "UnknownOperationException", legacyCode: "InvalidAction", namespace: "com.amazon.coral.service")
    package static let serialization = Self(
        shape: "SerializationException", legacyCode: "MalformedInput", namespace: "com.amazon.coral.service")
    package static let requestTooLarge = Self(shape: "RequestEntityTooLarge", legacyCode: "RequestEntityTooLarge", status: 413)
    package static let internalFailure = Self(
        shape: "InternalFailure", legacyCode: "InternalFailure", status: 500, namespace: "com.amazon.coral.service")
}
