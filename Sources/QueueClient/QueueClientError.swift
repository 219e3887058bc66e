/// Everything a queue client call can fail with.
package enum QueueClientError: Error, Sendable {
    /// SQS answered with an error (after retries, if it was retryable).
    case service(SQSServiceError)
    /// Nothing accepted a connection at the endpoint: it is wrong or the server is down.
    case cannotConnect(endpoint: String, detail: String)
    /// The connection broke or timed out (after retries).
    case transport(endpoint: String, detail: String)
    case missingCredentials(String)
    /// No region in `AWS_REGION` / `AWS_DEFAULT_REGION` and no endpoint to do without one.
    case missingRegion
    case invalidEndpoint(String)
    /// A digest SQS returned does not match the content: the message was corrupted on the way.
    case checksumMismatch(field: String, messageID: String, expected: String, received: String)
    /// A 2xx answer whose body is not what the action returns.
    case invalidResponse(action: String, detail: String)
    case invalidRequest(String)

    /// The AWS error, when SQS answered with one.
    package var serviceError: SQSServiceError? {
        if case .service(let error) = self { return error }
        return nil
    }
}

extension QueueClientError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .service(let error): error.description
        case .cannotConnect(let endpoint, let detail): "cannot connect to the SQS endpoint \(endpoint): \(detail)"
        case .transport(let endpoint, let detail): "SQS request to \(endpoint) failed: \(detail)"
        case .missingCredentials(let hint): "no AWS credentials found: \(hint)"
        case .missingRegion: "no AWS region: set AWS_REGION (or AWS_DEFAULT_REGION)"
        case .invalidEndpoint(let url): "invalid SQS endpoint URL \"\(url)\": expected http(s)://host[:port]"
        case .checksumMismatch(let field, let messageID, let expected, let received):
            "\(field) mismatch for message \(messageID): computed \(expected), SQS returned \(received)"
        case .invalidResponse(let action, let detail): "unexpected \(action) response: \(detail)"
        case .invalidRequest(let detail): "invalid request: \(detail)"
        }
    }
}
