/// What local-runtime and the ops CLI need from `AWS::Serverless::Function` resources.
public struct FunctionDefinition: Sendable, Equatable {
    public let logicalId: String
    /// `FunctionName` when given, else the logical id.
    public let name: String
    public let codeUri: String?
    public let handler: String?
    public let runtime: String?
    public let architectures: [String]
    /// Seconds; Lambda's default is 3.
    public let timeout: Int
    /// MB; Lambda's default is 128.
    public let memorySize: Int
    public let environment: [String: String]
    public let reservedConcurrentExecutions: Int?
    public let functionURL: FunctionURL?
    public let events: [FunctionEvent]
    public let line: Int

    public struct FunctionURL: Sendable, Equatable {
        public let authType: String
        /// `BUFFERED` or `RESPONSE_STREAM`.
        public let invokeMode: String
    }
}

public enum FunctionEvent: Sendable, Equatable {
    case sqs(SQSEvent)
    case httpAPI(HTTPAPIEvent)

    public struct SQSEvent: Sendable, Equatable {
        public let name: String
        /// Logical id of the queue in this template.
        public let queue: String
        public let batchSize: Int
        public let maximumBatchingWindowInSeconds: Int
        public let functionResponseTypes: [String]
        public let maximumConcurrency: Int?
        public let enabled: Bool

        public var reportsBatchItemFailures: Bool { functionResponseTypes.contains("ReportBatchItemFailures") }
    }

    public struct HTTPAPIEvent: Sendable, Equatable {
        public let name: String
        /// `$default` or a path such as `/v1/tasks/{id}` or `/{proxy+}`.
        public let path: String
        /// An HTTP method or `ANY`.
        public let method: String
    }
}

/// What local-runtime needs from `AWS::SQS::Queue` resources.
public struct QueueDefinition: Sendable, Equatable {
    public let logicalId: String
    /// `QueueName` when given, else the logical id.
    public let name: String
    /// CreateQueue attributes (VisibilityTimeout, MessageRetentionPeriod, RedrivePolicy as JSON …).
    public let attributes: [String: String]
    /// Logical id of the dead-letter queue named by the redrive policy.
    public let deadLetterQueue: String?
    public let maxReceiveCount: Int?
    public let tags: [String: String]
    public let line: Int
}

public struct TemplateParameter: Sendable, Equatable {
    public let name: String
    public let type: String
    public let defaultValue: String?
    public let noEcho: Bool
    public let allowedValues: [String]
}

/// A resource the template declares that local-runtime does not emulate; reported, never silently dropped.
public struct UnsupportedResource: Sendable, Equatable, CustomStringConvertible {
    public let logicalId: String
    public let type: String
    public let line: Int

    public var description: String { "\(logicalId) (\(type), line \(line)) is not emulated" }
}
