import Foundation
import SQSWire

/// A queue's settable attributes, validated as SQS validates them, with typed views of the ones the engine uses.
struct QueueAttributes: Equatable {
    static let standardNames: Set<String> = [
        "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod", "Policy", "ReceiveMessageWaitTimeSeconds",
        "VisibilityTimeout", "RedrivePolicy", "RedriveAllowPolicy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
        "SqsManagedSseEnabled",
    ]
    static let fifoNames: Set<String> = ["FifoQueue", "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit"]
    static let readOnlyNames: Set<String> = [
        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed",
        "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn",
    ]
    private static let ranges: [String: ClosedRange<Int>] = [
        "DelaySeconds": 0...900,
        "MaximumMessageSize": 1024...1_048_576,
        "MessageRetentionPeriod": 60...1_209_600,
        "ReceiveMessageWaitTimeSeconds": 0...20,
        "VisibilityTimeout": 0...43_200,
        "KmsDataKeyReusePeriodSeconds": 60...86_400,
    ]

    private(set) var values: [String: String]

    init(values: [String: String]) {
        self.values = values
    }

    /// Defaults of a new queue, before the caller's attributes.
    static func defaults(fifo: Bool) -> QueueAttributes {
        var values = [
            "DelaySeconds": "0", "MaximumMessageSize": "1048576", "MessageRetentionPeriod": "345600",
            "ReceiveMessageWaitTimeSeconds": "0", "VisibilityTimeout": "30", "SqsManagedSseEnabled": "true",
        ]
        if fifo {
            values["FifoQueue"] = "true"
            values["ContentBasedDeduplication"] = "false"
            values["DeduplicationScope"] = "queue"
            values["FifoThroughputLimit"] = "perQueue"
        }
        return QueueAttributes(values: values)
    }

    var isFifo: Bool { values["FifoQueue"] == "true" }
    var delaySeconds: Int { int("DelaySeconds", default: 0) }
    var maximumMessageSize: Int { int("MaximumMessageSize", default: 1_048_576) }
    var retentionSeconds: Int { int("MessageRetentionPeriod", default: 345_600) }
    var receiveWaitSeconds: Int { int("ReceiveMessageWaitTimeSeconds", default: 0) }
    var visibilityTimeout: Int { int("VisibilityTimeout", default: 30) }
    var contentBasedDeduplication: Bool { values["ContentBasedDeduplication"] == "true" }
    var redrivePolicy: RedrivePolicy? { values["RedrivePolicy"].flatMap(RedrivePolicy.init(json:)) }

    private func int(_ name: String, default value: Int) -> Int {
        values[name].flatMap { Int($0) } ?? value
    }

    /// Checks names and values of attributes a caller sets; `isCreate` allows `FifoQueue`.
    static func validate(_ attributes: [String: String], fifo: Bool, isCreate: Bool) throws(SQSError) {
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if fifoNames.contains(name) {
                // SQS refuses FIFO attributes on a standard queue, `FifoQueue=false` included.
                guard fifo else {
                    if name == "DeduplicationScope" || name == "FifoThroughputLimit" {
                        throw SQSError(.invalidAttributeName, "You can specify the \(name) only when FifoQueue is set to true.")
                    }
                    throw SQSError(.invalidAttributeName, "Unknown Attribute \(name).")
                }
                if name == "FifoQueue", !isCreate {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.")
                }
            } else if !standardNames.contains(name) {
                throw SQSError(.invalidAttributeName, "Unknown Attribute \(name).")
            }
            if let range = ranges[name] {
                guard let number = Int(value), range.contains(number) else {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter \(name).")
                }
            }
            switch name {
            case "SqsManagedSseEnabled", "ContentBasedDeduplication", "FifoQueue":
                guard ["true", "false"].contains(value.lowercased()) else {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter \(name).")
                }
            case "DeduplicationScope":
                guard ["queue", "messageGroup"].contains(value) else {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter DeduplicationScope.")
                }
            case "FifoThroughputLimit":
                guard ["perQueue", "perMessageGroupId"].contains(value) else {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter FifoThroughputLimit.")
                }
            case "RedriveAllowPolicy" where !value.isEmpty:
                try RedriveAllowPolicy.validate(value)
            case "Policy" where !value.isEmpty:
                guard QueuePolicy.isDocument(value) else {
                    throw SQSError(.invalidAttributeValue, "Invalid value for the parameter Policy.")
                }
            default:
                break
            }
        }
    }

    /// Applies already-validated attributes; an empty RedrivePolicy removes it.
    mutating func merge(_ attributes: [String: String]) {
        for (name, value) in attributes {
            switch name {
            case "SqsManagedSseEnabled", "ContentBasedDeduplication", "FifoQueue":
                values[name] = value.lowercased()
            case _ where value.isEmpty && ["RedrivePolicy", "RedriveAllowPolicy", "Policy", "KmsMasterKeyId"].contains(name):
                values[name] = nil
                if name == "KmsMasterKeyId" { values["KmsDataKeyReusePeriodSeconds"] = nil }
            case "RedrivePolicy":
                values[name] = RedrivePolicy(json: value)?.canonicalJSON ?? value
            default:
                values[name] = value
            }
        }
        if values["KmsMasterKeyId"] != nil {
            values["SqsManagedSseEnabled"] = "false"
            if values["KmsDataKeyReusePeriodSeconds"] == nil { values["KmsDataKeyReusePeriodSeconds"] = "300" }
        }
    }
}
