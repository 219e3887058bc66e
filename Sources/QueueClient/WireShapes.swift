import SQSWire

// Request and response bodies of the SQS JSON 1.0 protocol, member names as the service model spells
// them. Optional members are left out when nil, which is how SQS expects unset parameters.

struct QueueURLInput: Encodable {
    var QueueUrl: String
}

struct EmptyOutput: Decodable {}

struct SendMessageInput: Encodable {
    var QueueUrl: String
    var MessageBody: String
    var DelaySeconds: Int?
    var MessageAttributes: [String: MessageAttributeValue]?
    var MessageSystemAttributes: [String: MessageAttributeValue]?
    var MessageGroupId: String?
    var MessageDeduplicationId: String?

    init(queueURL: String, _ message: OutgoingMessage) {
        QueueUrl = queueURL
        MessageBody = message.body
        DelaySeconds = message.delaySeconds
        MessageAttributes = message.attributes.isEmpty ? nil : message.attributes
        MessageSystemAttributes = message.systemAttributes.isEmpty ? nil : message.systemAttributes
        MessageGroupId = message.messageGroupID
        MessageDeduplicationId = message.messageDeduplicationID
    }
}

struct SendMessageOutput: Decodable {
    var MessageId: String
    var MD5OfMessageBody: String
    var MD5OfMessageAttributes: String?
    var SequenceNumber: String?

    var sent: SentMessage {
        SentMessage(
            messageID: MessageId, md5OfMessageBody: MD5OfMessageBody, md5OfMessageAttributes: MD5OfMessageAttributes,
            sequenceNumber: SequenceNumber)
    }
}

struct SendMessageBatchInput: Encodable {
    struct Entry: Encodable {
        var Id: String
        var MessageBody: String
        var DelaySeconds: Int?
        var MessageAttributes: [String: MessageAttributeValue]?
        var MessageSystemAttributes: [String: MessageAttributeValue]?
        var MessageGroupId: String?
        var MessageDeduplicationId: String?

        init(_ entry: SendBatchEntry) {
            let single = SendMessageInput(queueURL: "", entry.message)
            Id = entry.id
            MessageBody = single.MessageBody
            DelaySeconds = single.DelaySeconds
            MessageAttributes = single.MessageAttributes
            MessageSystemAttributes = single.MessageSystemAttributes
            MessageGroupId = single.MessageGroupId
            MessageDeduplicationId = single.MessageDeduplicationId
        }
    }

    var QueueUrl: String
    var Entries: [Entry]
}

struct BatchFailureOutput: Decodable {
    var Id: String
    var Code: String
    var Message: String?
    var SenderFault: Bool?

    var failure: BatchEntryFailure { BatchEntryFailure(id: Id, code: Code, message: Message, senderFault: SenderFault ?? false) }
}

struct SendMessageBatchOutput: Decodable {
    struct Entry: Decodable {
        var Id: String
        var MessageId: String
        var MD5OfMessageBody: String
        var MD5OfMessageAttributes: String?
        var SequenceNumber: String?
    }

    var Successful: [Entry]?
    var Failed: [BatchFailureOutput]?
}

struct ReceiveMessageInput: Encodable {
    var QueueUrl: String
    var MaxNumberOfMessages: Int
    var WaitTimeSeconds: Int?
    var VisibilityTimeout: Int?
    // Sent under both names: older servers read the deprecated one.
    var AttributeNames: [String]?
    var MessageSystemAttributeNames: [String]?
    var MessageAttributeNames: [String]?
    var ReceiveRequestAttemptId: String?

    init(queueURL: String, _ options: ReceiveOptions) {
        QueueUrl = queueURL
        MaxNumberOfMessages = options.maxNumberOfMessages
        WaitTimeSeconds = options.waitTimeSeconds
        VisibilityTimeout = options.visibilityTimeout
        AttributeNames = options.systemAttributeNames.isEmpty ? nil : options.systemAttributeNames
        MessageSystemAttributeNames = AttributeNames
        MessageAttributeNames = options.messageAttributeNames.isEmpty ? nil : options.messageAttributeNames
        ReceiveRequestAttemptId = options.receiveRequestAttemptID
    }
}

struct ReceiveMessageOutput: Decodable {
    struct Message: Decodable {
        var MessageId: String
        var ReceiptHandle: String
        var Body: String
        var MD5OfBody: String
        var Attributes: [String: String]?
        var MessageAttributes: [String: MessageAttributeValue]?
        var MD5OfMessageAttributes: String?

        var received: ReceivedMessage {
            ReceivedMessage(
                messageID: MessageId, receiptHandle: ReceiptHandle, body: Body, md5OfBody: MD5OfBody,
                attributes: Attributes ?? [:], messageAttributes: MessageAttributes ?? [:],
                md5OfMessageAttributes: MD5OfMessageAttributes)
        }
    }

    var Messages: [Message]?
}

struct DeleteMessageInput: Encodable {
    var QueueUrl: String
    var ReceiptHandle: String
}

struct DeleteMessageBatchInput: Encodable {
    struct Entry: Encodable {
        var Id: String
        var ReceiptHandle: String
    }

    var QueueUrl: String
    var Entries: [Entry]
}

struct ChangeMessageVisibilityInput: Encodable {
    var QueueUrl: String
    var ReceiptHandle: String
    var VisibilityTimeout: Int
}

struct ChangeMessageVisibilityBatchInput: Encodable {
    struct Entry: Encodable {
        var Id: String
        var ReceiptHandle: String
        var VisibilityTimeout: Int
    }

    var QueueUrl: String
    var Entries: [Entry]
}

/// The result of DeleteMessageBatch and ChangeMessageVisibilityBatch: ids only.
struct IDBatchOutput: Decodable {
    struct Entry: Decodable {
        var Id: String
    }

    var Successful: [Entry]?
    var Failed: [BatchFailureOutput]?
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
