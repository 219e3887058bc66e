/// An SQS error as it appears on the wire: the JSON shape name (`__type` after `#`), the legacy Query
/// code (also sent in `x-amzn-query-error`) and the HTTP status.
public struct SQSErrorCode: Hashable, Sendable {
    public let shape: String
    public let legacyCode: String
    public let status: Int
    public let namespace: String

    public init(shape: String, legacyCode: String, status: Int = 400, namespace: String = "com.amazonaws.sqs") {
        self.shape = shape
        self.legacyCode = legacyCode
        self.status = status
        self.namespace = namespace
    }

    /// The JSON protocol's `__type` value.
    public var jsonType: String { "\(namespace)#\(shape)" }
    /// The `x-amzn-query-error` header value SDKs use to recover the legacy code.
    public var queryErrorHeader: String { "\(legacyCode);Sender" }

    public static let queueDoesNotExist = Self(shape: "QueueDoesNotExist", legacyCode: "AWS.SimpleQueueService.NonExistentQueue")
    public static let queueNameExists = Self(shape: "QueueNameExists", legacyCode: "QueueAlreadyExists")
    public static let queueDeletedRecently = Self(shape: "QueueDeletedRecently", legacyCode: "AWS.SimpleQueueService.QueueDeletedRecently")
    public static let purgeQueueInProgress = Self(shape: "PurgeQueueInProgress", legacyCode: "AWS.SimpleQueueService.PurgeQueueInProgress", status: 403)
    public static let overLimit = Self(shape: "OverLimit", legacyCode: "OverLimit", status: 403)
    public static let emptyBatchRequest = Self(shape: "EmptyBatchRequest", legacyCode: "AWS.SimpleQueueService.EmptyBatchRequest")
    public static let tooManyEntriesInBatchRequest = Self(shape: "TooManyEntriesInBatchRequest", legacyCode: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest")
    public static let batchEntryIdsNotDistinct = Self(shape: "BatchEntryIdsNotDistinct", legacyCode: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct")
    public static let invalidBatchEntryId = Self(shape: "InvalidBatchEntryId", legacyCode: "AWS.SimpleQueueService.InvalidBatchEntryId")
    public static let batchRequestTooLong = Self(shape: "BatchRequestTooLong", legacyCode: "AWS.SimpleQueueService.BatchRequestTooLong")
    public static let messageNotInflight = Self(shape: "MessageNotInflight", legacyCode: "AWS.SimpleQueueService.MessageNotInflight")
    public static let unsupportedOperation = Self(shape: "UnsupportedOperation", legacyCode: "AWS.SimpleQueueService.UnsupportedOperation")
    public static let receiptHandleIsInvalid = Self(shape: "ReceiptHandleIsInvalid", legacyCode: "ReceiptHandleIsInvalid")
    public static let invalidParameterValue = Self(shape: "InvalidParameterValueException", legacyCode: "InvalidParameterValue")
    public static let missingParameter = Self(shape: "MissingRequiredParameterException", legacyCode: "MissingParameter")
    public static let invalidAttributeName = Self(shape: "InvalidAttributeName", legacyCode: "InvalidAttributeName")
    public static let invalidAttributeValue = Self(shape: "InvalidAttributeValue", legacyCode: "InvalidAttributeValue")
    public static let invalidMessageContents = Self(shape: "InvalidMessageContents", legacyCode: "InvalidMessageContents")
    public static let resourceNotFound = Self(shape: "ResourceNotFoundException", legacyCode: "ResourceNotFoundException", status: 404)
    public static let invalidAction = Self(
        shape: "UnknownOperationException", legacyCode: "InvalidAction", namespace: "com.amazon.coral.service")
    public static let serialization = Self(
        shape: "SerializationException", legacyCode: "MalformedInput", namespace: "com.amazon.coral.service")
    public static let requestTooLarge = Self(shape: "RequestEntityTooLarge", legacyCode: "RequestEntityTooLarge", status: 413)
    public static let internalFailure = Self(
        shape: "InternalFailure", legacyCode: "InternalFailure", status: 500, namespace: "com.amazon.coral.service")
}
