import CurlHTTP
import QueueClient

/// A client pointed at a test server, with fast retries so retry tests do not wait.
func makeClient(endpoint: String, maxAttempts: Int = 4, maxBatchPayloadBytes: Int = 256 * 1024) throws -> QueueClient {
    QueueClient(
        configuration: QueueClientConfiguration(
            region: "us-east-1",
            endpoint: try SQSEndpoint(endpoint),
            credentials: AWSCredentials(accessKeyID: "test", secretAccessKey: "test"),
            retry: RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)),
            maxBatchPayloadBytes: maxBatchPayloadBytes))
}
