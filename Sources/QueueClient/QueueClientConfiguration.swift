import CurlHTTP
import Foundation

/// Where and how a `QueueClient` talks to SQS.
package struct QueueClientConfiguration: Sendable {
    package var region: String
    package var endpoint: SQSEndpoint
    package var credentials: AWSCredentials
    package var retry: RetryPolicy
    /// Limit for one HTTP exchange; a long-polling receive gets its wait time on top.
    package var requestTimeout: Duration
    package var connectTimeout: Duration
    /// Verify `MD5OfMessageBody` / `MD5OfMessageAttributes` on sends and receives.
    package var verifyChecksums: Bool
    /// Byte budget of one SendMessageBatch request; larger batches are split. SQS allows 1 MiB now,
    /// 256 KiB keeps older limits and compatible servers happy at the cost of a few more requests.
    package var maxBatchPayloadBytes: Int

    package init(
        region: String,
        endpoint: SQSEndpoint,
        credentials: AWSCredentials,
        retry: RetryPolicy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(50), maxDelay: .seconds(5)),
        requestTimeout: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(5),
        verifyChecksums: Bool = true,
        maxBatchPayloadBytes: Int = 256 * 1024
    ) {
        self.region = region
        self.endpoint = endpoint
        self.credentials = credentials
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.connectTimeout = connectTimeout
        self.verifyChecksums = verifyChecksums
        self.maxBatchPayloadBytes = maxBatchPayloadBytes
    }

    /// The standard AWS variables: region from `AWS_REGION` / `AWS_DEFAULT_REGION` (`us-east-1` when only
    /// an endpoint override is set, as local servers ignore it), endpoint from `AWS_ENDPOINT_URL_SQS` /
    /// `AWS_ENDPOINT_URL`, credentials from `CredentialChain`. Reads variables and at most one small file.
    package static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(QueueClientError) -> QueueClientConfiguration {
        let override = environment["AWS_ENDPOINT_URL_SQS"].nonEmpty ?? environment["AWS_ENDPOINT_URL"].nonEmpty
        guard let region = environment["AWS_REGION"].nonEmpty ?? environment["AWS_DEFAULT_REGION"].nonEmpty
            ?? (override == nil ? nil : "us-east-1")
        else { throw .missingRegion }
        return QueueClientConfiguration(
            region: region,
            endpoint: try SQSEndpoint.resolve(region: region, environment: environment),
            credentials: try CredentialChain.resolve(environment: environment))
    }
}
