/// What local-runtime and the ops CLI need from `AWS::Serverless::Function` resources.
package struct FunctionDefinition: Sendable, Equatable {
    package let logicalId: String
    /// `FunctionName` when given, else the logical id.
    package let name: String
    package let codeUri: String?
    package let handler: String?
    package let runtime: String?
    package let architectures: [String]
    /// Seconds; Lambda's default is 3.
    package let timeout: Int
    /// MB; Lambda's default is 128.
    package let memorySize: Int
    package let environment: [String: String]
    package let reservedConcurrentExecutions: Int?
    package let functionURL: FunctionURL?
    package let events: [FunctionEvent]
    package let line: Int

    package struct FunctionURL: Sendable, Equatable {
        package let authType: String
        /// `BUFFERED` or `RESPONSE_STREAM`.
        package let invokeMode: String
    }
}

package enum FunctionEvent: Sendable, Equatable {
    case sqs(SQSEvent)
    case httpAPI(HTTPAPIEvent)

    package struct SQSEvent: Sendable, Equatable {
        package let name: String
        /// Logical id of the queue in this template.
        package let queue: String
        package let batchSize: Int
        package let maximumBatchingWindowInSeconds: Int
        package let functionResponseTypes: [String]
        package let maximumConcurrency: Int?
        package let enabled: Bool

        package var reportsBatchItemFailures: Bool { functionResponseTypes.contains("ReportBatchItemFailures") }
    }

    package struct HTTPAPIEvent: Sendable, Equatable {
        package let name: String
        /// `$default` or a path such as `/v1/tasks/{id}` or `/{proxy+}`.
        package let path: String
        /// An HTTP method or `ANY`.
        package let method: String
    }
}

/// What local-runtime needs from `AWS::SQS::Queue` resources.
package struct QueueDefinition: Sendable, Equatable {
    package let logicalId: String
    /// `QueueName` when given, else the logical id.
    package let name: String
    /// CreateQueue attributes (VisibilityTimeout, MessageRetentionPeriod, RedrivePolicy as JSON …).
    package let attributes: [String: String]
    /// Logical id of the dead-letter queue named by the redrive policy.
    package let deadLetterQueue: String?
    package let maxReceiveCount: Int?
    package let tags: [String: String]
    package let line: Int
}

package struct TemplateParameter: Sendable, Equatable {
    package let name: String
    package let type: String
    package let defaultValue: String?
    package let noEcho: Bool
    package let allowedValues: [String]
}

/// A resource the template declares that local-runtime does not emulate; reported, never silently dropped.
package struct UnsupportedResource: Sendable, Equatable, CustomStringConvertible {
    package let logicalId: String
    package let type: String
    package let line: Int

    package var description: String { "\(logicalId) (\(type), line \(line)) is not emulated" }
}
