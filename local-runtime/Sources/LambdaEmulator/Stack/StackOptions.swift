import Foundation
import QueueService

/// How the whole local stack is started.
package struct StackOptions: Sendable {
    package var templatePath: String
    package var host: String
    package var port: Int
    package var sqsPort: Int
    /// Durable state (queue database, Redis files); nil keeps queues in memory and Redis in a temp directory.
    package var dataDirectory: URL?
    /// Where executables named after CodeUris are looked up.
    package var binDirectories: [URL]
    /// Command-line overrides, already merged over the environment's.
    package var parameterOverrides: [String: String]
    package var region: String
    package var accountId: String
    /// Environments per function when the template sets no ReservedConcurrentExecutions.
    package var defaultConcurrency: Int
    /// A Redis to use; nil starts our own `redis-server`.
    package var redisURL: String?
    /// Variables every function gets besides the template's (for example a generated signing secret).
    package var functionEnvironment: [String: String]
    /// Fraction of messages the queue service delivers a second time, to exercise idempotent consumers.
    package var duplicateRate: Double
    /// Header-read and idle timeout of every listener: gateway, queue service, Runtime APIs.
    package var idleTimeout: IdleTimeout

    package init(
        templatePath: String = "template.yaml", host: String = "127.0.0.1", port: Int = 3000, sqsPort: Int = 9324,
        dataDirectory: URL? = nil, binDirectories: [URL] = [], parameterOverrides: [String: String] = [:],
        region: String = "us-east-1", accountId: String = "000000000000", defaultConcurrency: Int = 10, redisURL: String? = nil,
        functionEnvironment: [String: String] = [:], duplicateRate: Double = 0, idleTimeout: IdleTimeout = .standard
    ) {
        self.templatePath = templatePath
        self.host = host
        self.port = port
        self.sqsPort = sqsPort
        self.dataDirectory = dataDirectory
        self.binDirectories = binDirectories
        self.parameterOverrides = parameterOverrides
        self.region = region
        self.accountId = accountId
        self.defaultConcurrency = defaultConcurrency
        self.redisURL = redisURL
        self.functionEnvironment = functionEnvironment
        self.duplicateRate = duplicateRate
        self.idleTimeout = idleTimeout
    }

    /// Prefix of environment variables that override template parameters:
    /// `LOCAL_RUNTIME_PARAMETER_Stage=dev` sets parameter `Stage`. Command-line overrides win.
    package static let parameterVariablePrefix = "LOCAL_RUNTIME_PARAMETER_"

    package static func parameterOverrides(environment: [String: String], commandLine: [String]) throws -> [String: String] {
        var values: [String: String] = [:]
        for (key, value) in environment where key.hasPrefix(parameterVariablePrefix) && key.count > parameterVariablePrefix.count {
            values[String(key.dropFirst(parameterVariablePrefix.count))] = value
        }
        for pair in commandLine {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw StackError.badOverride(pair)
            }
            values[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return values
    }
}

package enum StackError: Error, CustomStringConvertible {
    case badOverride(String)
    case template(path: String, detail: String)
    case mapping(String)
    case server(String)

    package var description: String {
        switch self {
        case .badOverride(let pair): "--parameter-overrides takes Key=Value pairs, got '\(pair)'"
        case .template(let path, let detail): "\(path): \(detail)"
        case .mapping(let detail): detail
        case .server(let detail): detail
        }
    }
}
