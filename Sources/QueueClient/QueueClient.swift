import CurlHTTP
import Foundation
import Logging
import SQSWire

/// An SQS client speaking the JSON 1.0 protocol with SigV4, for real SQS and compatible servers.
///
/// Creating one does no I/O; the first call opens a connection, later calls reuse it (a pool serves
/// concurrent calls). Safe to share between tasks.
package struct QueueClient: Sendable {
    package let configuration: QueueClientConfiguration
    private let pool: CurlConnectionPool
    private let signer: SigV4Signer
    private let logger: Logger

    package init(configuration: QueueClientConfiguration, logger: Logger = Logger(label: "recordline.queue-client")) {
        self.configuration = configuration
        self.logger = logger
        pool = CurlConnectionPool(label: "sqs-client")
        signer = SigV4Signer(credentials: configuration.credentials, region: configuration.region, service: "sqs")
    }

    /// A client configured from the standard AWS environment variables (see `QueueClientConfiguration.fromEnvironment`).
    package static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Logger(label: "recordline.queue-client")
    ) throws(QueueClientError) -> QueueClient {
        QueueClient(configuration: try .fromEnvironment(environment), logger: logger)
    }

    /// Performs one action with retries: throttling, 5xx and transport failures are retried with
    /// full-jitter backoff up to `configuration.retry.maxAttempts`; other errors are thrown at once.
    func call<Input: Encodable, Output: Decodable>(
        _ action: SQSAction, _ input: Input, as output: Output.Type, extraWait: Duration = .zero
    ) async throws(QueueClientError) -> Output {
        let body: [UInt8]
        do {
            body = Array(try JSONEncoder().encode(input))
        } catch {
            throw .invalidRequest("\(action.rawValue): \(error)")
        }
        let policy = configuration.retry
        var attempt = 1
        while true {
            let failure: QueueClientError
            do {
                let response = try await exchange(action, body: body, timeout: configuration.requestTimeout + extraWait)
                return try decode(output, from: response, action: action)
            } catch {
                failure = error
            }
            guard attempt < policy.maxAttempts, failure.isRetryable, !Task.isCancelled else { throw failure }
            let delay = policy.delay(beforeRetry: attempt)
            logger.notice(
                "SQS call failed, retrying",
                metadata: ["action": "\(action.rawValue)", "attempt": "\(attempt)", "error": "\(failure)", "delay": "\(delay)"])
            guard await waitUnlessCancelled(for: delay) else { throw failure }
            attempt += 1
        }
    }

    /// One signed HTTP exchange; an error status becomes `.service`.
    private func exchange(_ action: SQSAction, body: [UInt8], timeout: Duration) async throws(QueueClientError) -> HTTPResponse {
        let endpoint = configuration.endpoint
        let amzDate = SigV4Signer.amzDate(Date())
        var headers: [(name: String, value: String)] = [
            ("Host", endpoint.host),
            ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Amz-Date", amzDate),
            ("X-Amz-Target", action.target),
        ]
        if let token = configuration.credentials.sessionToken {
            headers.append(("X-Amz-Security-Token", token))
        }
        let signature = signer.sign(method: "POST", path: endpoint.path, headers: headers, payload: body, amzDate: amzDate)
        headers.append(("Authorization", signature.authorization))

        let request = HTTPRequest(
            method: "POST", url: endpoint.url, headers: headers, body: .bytes(body),
            timeout: timeout, connectTimeout: configuration.connectTimeout)
        let response: HTTPResponse
        do {
            response = try await pool.perform(request)
        } catch {
            switch error.kind {
            case .cannotConnect: throw .cannotConnect(endpoint: endpoint.url, detail: error.message)
            case .timedOut, .failed: throw .transport(endpoint: endpoint.url, detail: error.message)
            }
        }
        guard (200..<300).contains(response.status) else {
            throw .service(SQSServiceError(response: response))
        }
        return response
    }

    private func decode<Output: Decodable>(
        _ type: Output.Type, from response: HTTPResponse, action: SQSAction
    ) throws(QueueClientError) -> Output {
        // Operations without output may answer with an empty body rather than `{}`.
        let bytes = response.body.isEmpty ? Array("{}".utf8) : response.body
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw .invalidResponse(action: action.rawValue, detail: "\(error)")
        }
    }
}

extension QueueClientError {
    /// Worth another attempt: nothing was done, or the server failed or asked to slow down.
    var isRetryable: Bool {
        switch self {
        case .service(let error): error.isRetryable
        case .cannotConnect, .transport: true
        default: false
        }
    }
}
