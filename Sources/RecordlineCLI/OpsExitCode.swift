import ArgumentParser
import Foundation
import QueueClient
import TaskStore

/// The exit codes of the ops commands (`queues`, `dlq`, `task`, `fault`), for scripts. Listed in the README.
enum OpsExitCode: Int32, CaseIterable {
    case success = 0
    /// Done in part (some messages not moved or not deleted, a move task failed or was cancelled) or an
    /// error the service answered that fits no code below.
    case partial = 1
    /// No such queue, message or task.
    case notFound = 3
    /// The confirmation was declined, or it was needed and there is no terminal to ask (add `--yes`).
    case notConfirmed = 4
    /// Bad arguments (as every `recordline` command).
    case usage = 64
    /// The SQS endpoint or Redis cannot be reached.
    case unavailable = 69
    /// No credentials, or the service refused them.
    case credentials = 77
    /// Configuration: region, endpoint URL, template, REDIS_URL.
    case configuration = 78
}

/// An ops failure with its message and exit code; `report()` prints it and ends the command.
struct OpsFailure: Error, CustomStringConvertible {
    let code: OpsExitCode
    let message: String

    var description: String { message }

    init(_ code: OpsExitCode, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The failure for any error an ops command meets.
    init(_ error: any Error) {
        switch error {
        case let failure as OpsFailure:
            self = failure
        case let error as QueueClientError:
            self = Self.queueFailure(error)
        case let error as RedisError:
            self = Self.redisFailure(error)
        default:
            self.init(.partial, "\(error)")
        }
    }

    static func queueFailure(_ error: QueueClientError) -> OpsFailure {
        switch error {
        case .cannotConnect(let endpoint, let detail):
            return OpsFailure(.unavailable, "cannot reach the SQS endpoint \(endpoint) (\(detail)); check AWS_ENDPOINT_URL_SQS / AWS_ENDPOINT_URL and that the service runs")
        case .transport(let endpoint, let detail):
            return OpsFailure(.unavailable, "the SQS endpoint \(endpoint) did not answer properly (\(detail))")
        case .missingCredentials:
            return OpsFailure(.credentials, "\(error)")
        case .missingRegion, .invalidEndpoint:
            return OpsFailure(.configuration, "\(error)")
        case .invalidResponse(let action, _):
            return OpsFailure(.unavailable, "the endpoint answered \(action) with something that is not SQS: is AWS_ENDPOINT_URL_SQS right? (\(error))")
        case .service(let service):
            if service.code == "HTTP\(service.status)" {
                // No SQS error shape at all: something else listens there.
                return OpsFailure(.unavailable, "the endpoint \(endpointHint) answered HTTP \(service.status) without an SQS error: is AWS_ENDPOINT_URL_SQS right?")
            }
            if service.is(.queueDoesNotExist) {
                return OpsFailure(.notFound, "no such queue: \(service.message)")
            }
            if Self.credentialCodes.contains(service.code) || service.status == 401 || service.status == 403 && !service.is(.overLimit) {
                return OpsFailure(.credentials, "the credentials were refused: \(service)")
            }
            return OpsFailure(.partial, "\(service)")
        case .checksumMismatch, .invalidRequest:
            return OpsFailure(.partial, "\(error)")
        }
    }

    /// Where the queue client was pointed, for messages.
    static var endpointHint: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["AWS_ENDPOINT_URL_SQS"] ?? environment["AWS_ENDPOINT_URL"] ?? "(AWS's SQS endpoint for the region)"
    }

    static let credentialCodes: Set<String> = [
        "AccessDenied", "AccessDeniedException", "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException",
        "InvalidSecurity", "ExpiredToken", "MissingAuthenticationToken", "IncompleteSignature",
    ]

    static func redisFailure(_ error: RedisError) -> OpsFailure {
        switch error {
        case .invalidURL, .invalidConfiguration:
            OpsFailure(.configuration, "\(error)")
        case .connection, .timeout:
            OpsFailure(.unavailable, "cannot reach Redis (\(error)); set REDIS_URL")
        case .server, .unexpectedReply, .cancelled:
            OpsFailure(.partial, "\(error)")
        }
    }

    /// Prints the message to standard error; the exit code ends the command.
    func report() -> ExitCode {
        failure(message, exitCode: code.rawValue)
    }
}

/// Runs an ops command's body; any failure is printed with its exit code.
func operate(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw OpsFailure(error).report()
    }
}
