import SQSWire

// Request and response bodies of the SQS JSON 1.0 protocol for the actions SQSWire does not describe
// (the message actions use SQSWire's shapes, shared with the queue service), member names as the
// service model spells them. Optional members are left out when nil, as SQS expects unset parameters.

struct QueueURLInput: Encodable {
    var QueueUrl: String
}

struct EmptyOutput: Decodable {}

struct DeleteMessageInput: Encodable {
    var QueueUrl: String
    var ReceiptHandle: String
}

struct ChangeMessageVisibilityInput: Encodable {
    var QueueUrl: String
    var ReceiptHandle: String
    var VisibilityTimeout: Int
}

struct GetQueueURLInput: Encodable {
    var QueueName: String
    var QueueOwnerAWSAccountId: String?
}

struct QueueURLOutput: Decodable {
    var QueueUrl: String
}

struct CreateQueueInput: Encodable {
    var QueueName: String
    var Attributes: [String: String]?
    var tags: [String: String]?
}

struct ListQueuesInput: Encodable {
    var QueueNamePrefix: String?
    var MaxResults: Int?
    var NextToken: String?
}

struct ListQueuesOutput: Decodable {
    var QueueUrls: [String]?
    var NextToken: String?
}

struct GetQueueAttributesInput: Encodable {
    var QueueUrl: String
    var AttributeNames: [String]
}

struct SetQueueAttributesInput: Encodable {
    var QueueUrl: String
    var Attributes: [String: String]
}

struct QueueAttributesOutput: Decodable {
    var Attributes: [String: String]?
}

struct ListDeadLetterSourceQueuesInput: Encodable {
    var QueueUrl: String
    var MaxResults: Int?
    var NextToken: String?
}

/// The model spells this member in lower case, unlike every other.
struct ListDeadLetterSourceQueuesOutput: Decodable {
    var queueUrls: [String]?
    var NextToken: String?
}

struct StartMessageMoveTaskInput: Encodable {
    var SourceArn: String
    var DestinationArn: String?
    var MaxNumberOfMessagesPerSecond: Int?
}

struct TaskHandleOutput: Decodable {
    var TaskHandle: String
}

struct ListMessageMoveTasksInput: Encodable {
    var SourceArn: String
    var MaxResults: Int?
}

struct ListMessageMoveTasksOutput: Decodable {
    var Results: [MessageMoveTask]?
}

struct CancelMessageMoveTaskInput: Encodable {
    var TaskHandle: String
}

struct CancelMessageMoveTaskOutput: Decodable {
    var ApproximateNumberOfMessagesMoved: Int?
}
