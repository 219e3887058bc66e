import ArgumentParser
import CurlHTTP
import Foundation
import Logging
import QueueClient
import SAMTemplate
import TaskStore

/// Where the stack's queues are: names from the SAM template (with the stack name), the endpoint and
/// credentials from the AWS environment (`AWS_ENDPOINT_URL_SQS`, `AWS_REGION`, `AWS_ACCESS_KEY_ID` …).
struct StackOptions: ParsableArguments {
    @Option(help: "The SAM template that names the queues (default: ./template.yaml when present, else <stack>-<stage>[-dlq]).")
    var template: String?

    @Option(name: .customLong("stack-name"), help: "The stack name the template's queue names are built with (RECORDLINE_STACK_NAME).")
    var stackName = ProcessInfo.processInfo.environment["RECORDLINE_STACK_NAME"] ?? "recordline"

    func stackQueues() throws -> StackQueues {
        let path = template ?? (FileManager.default.fileExists(atPath: "template.yaml") ? "template.yaml" : nil)
        guard let path else { return StackQueues.conventional(stackName: stackName) }
        guard let yaml = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw OpsFailure(.configuration, "cannot read the template \(path)")
        }
        do {
            let parsed = try Template(yaml: yaml, environment: Template.Environment(stackName: stackName))
            return StackQueues(template: parsed)
        } catch {
            throw OpsFailure(.configuration, "the template \(path) cannot be used: \(error)")
        }
    }

    func queueClient() throws -> QueueClient {
        var configuration = try QueueClientConfiguration.fromEnvironment()
        // An operator wants a wrong endpoint reported at once, not after a minute of retries.
        configuration.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        configuration.connectTimeout = .seconds(3)
        // Retries are the client's business; an operator sees the outcome, not each attempt.
        var logger = Logger(label: "recordline.queue-client")
        logger.logLevel = .error
        return QueueClient(configuration: configuration, logger: logger)
    }
}

/// The task store from `REDIS_URL`, for failure reasons, attempts and task state.
func taskStore() throws -> RedisTaskStore {
    RedisTaskStore(configuration: try TaskStoreConfiguration.fromEnvironment())
}
