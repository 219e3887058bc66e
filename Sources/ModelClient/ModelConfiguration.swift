import CurlHTTP

/// The model endpoint and how calls to it behave, from the environment:
///
/// | variable | default |
/// |---|---|
/// | `RECORDLINE_MODEL_BASE_URL` | none: no model, the offline engine drafts |
/// | `RECORDLINE_MODEL`, `RECORDLINE_FALLBACK_MODEL` | the model (required with a base URL); the fallback (optional) |
/// | `RECORDLINE_MODEL_API_KEY` | none (no `Authorization` header) |
/// | `RECORDLINE_MODEL_TEMPERATURE`, `RECORDLINE_MODEL_MAX_TOKENS` | 0.4, 4096 |
/// | `RECORDLINE_MODEL_TIMEOUT_SECONDS` | 30 per attempt, never past the invocation's deadline |
/// | `RECORDLINE_MODEL_IDLE_SECONDS` | 15: an answer that has begun and then sends nothing this long is cut off |
/// | `RECORDLINE_MODEL_MAX_ATTEMPTS`, `RECORDLINE_MODEL_RETRY_BASE_MS`, `RECORDLINE_MODEL_RETRY_CAP_MS` | 5, 1000, 30000 |
/// | `RECORDLINE_MODEL_BREAKER_FAILURES`, `RECORDLINE_MODEL_BREAKER_COOLDOWN_SECONDS` | 5, 30 |
/// | `RECORDLINE_MODEL_LOCAL_ONLY` | false; true: the base URL must be a loopback or private address |
package struct ModelConfiguration: Sendable {
    /// The API root, e.g. `https://api.openai.com/v1`; calls go to `<baseURL>/chat/completions`.
    package var baseURL: String
    package var apiKey: String?
    package var model: String
    package var fallbackModel: String?
    package var temperature: Double
    package var maxTokens: Int
    package var attemptTimeout: Duration
    /// How long a streaming answer that has begun may send nothing before it is cut off.
    package var idleTimeout: Duration
    package var retry: RetryPolicy
    package var breakerThreshold: Int
    package var breakerCoolDown: Duration
    /// Set by `RECORDLINE_MODEL_LOCAL_ONLY`: the base URL was checked to be a loopback or private address.
    package var localOnly: Bool

    package init(
        baseURL: String, apiKey: String? = nil, model: String, fallbackModel: String? = nil, temperature: Double = 0.4,
        maxTokens: Int = 4096, attemptTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(15), retry: RetryPolicy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(30)),
        breakerThreshold: Int = 5, breakerCoolDown: Duration = .seconds(30),
        localOnly: Bool = false
    ) {
        var root = baseURL
        while root.hasSuffix("/") { root.removeLast() }
        self.baseURL = root
        self.apiKey = apiKey
        self.model = model
        self.fallbackModel = fallbackModel == model ? nil : fallbackModel
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.attemptTimeout = attemptTimeout
        self.idleTimeout = idleTimeout
        self.retry = retry
        self.breakerThreshold = breakerThreshold
        self.breakerCoolDown = breakerCoolDown
        self.localOnly = localOnly
    }

    /// `scheme://host[:port]` of the endpoint, without credentials or path: what a teacher is told
    /// will see the notes.
    package var origin: String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL }
        var authority = Substring(baseURL[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        return String(baseURL[..<scheme.upperBound]) + authority
    }

    /// The models to try in order.
    package var models: [String] { [model] + (fallbackModel.map { [$0] } ?? []) }

    /// nil when no endpoint is configured; an error names the variable that cannot be used.
    package static func fromEnvironment(_ variables: [String: String]) throws(ModelConfigurationError) -> ModelConfiguration? {
        func value(_ name: String) -> String? {
            guard let raw = variables[name]?.trimmingWhitespace, !raw.isEmpty else { return nil }
            return raw
        }
        func number<T: LosslessStringConvertible & Comparable>(_ name: String, _ fallback: T, minimum: T) throws(ModelConfigurationError) -> T {
            guard let raw = value(name) else { return fallback }
            guard let parsed = T(raw), parsed >= minimum else {
                throw ModelConfigurationError(variable: name, message: "\"\(raw)\" is not a number of at least \(minimum)")
            }
            return parsed
        }
        guard let baseURL = value("RECORDLINE_MODEL_BASE_URL") else { return nil }
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
            throw ModelConfigurationError(variable: "RECORDLINE_MODEL_BASE_URL", message: "must start with http:// or https://")
        }
        let localOnly: Bool
        switch value("RECORDLINE_MODEL_LOCAL_ONLY")?.lowercased() {
        case nil, "false", "0", "no":
            localOnly = false
        case "true", "1", "yes":
            localOnly = true
            // A school that keeps student text on its own network: a public endpoint is refused
            // here, at start, rather than discovered after the notes have left.
            if let refusal = LocalEndpoint.refusal(baseURL) {
                throw ModelConfigurationError(
                    variable: "RECORDLINE_MODEL_BASE_URL",
                    message: "\(refusal), and RECORDLINE_MODEL_LOCAL_ONLY keeps student text on this network")
            }
        case let other?:
            throw ModelConfigurationError(variable: "RECORDLINE_MODEL_LOCAL_ONLY", message: "\"\(other.prefix(40))\" is not true or false")
        }
        guard let model = value("RECORDLINE_MODEL") else {
            throw ModelConfigurationError(variable: "RECORDLINE_MODEL", message: "a model name is required with RECORDLINE_MODEL_BASE_URL")
        }
        return ModelConfiguration(
            baseURL: baseURL, apiKey: value("RECORDLINE_MODEL_API_KEY"), model: model,
            fallbackModel: value("RECORDLINE_FALLBACK_MODEL"),
            temperature: try number("RECORDLINE_MODEL_TEMPERATURE", 0.4 as Double, minimum: 0),
            maxTokens: try number("RECORDLINE_MODEL_MAX_TOKENS", 4096 as Int, minimum: 1),
            attemptTimeout: .milliseconds(Int(try number("RECORDLINE_MODEL_TIMEOUT_SECONDS", 30 as Double, minimum: 0.1) * 1000)),
            idleTimeout: .milliseconds(Int(try number("RECORDLINE_MODEL_IDLE_SECONDS", 15 as Double, minimum: 0.1) * 1000)),
            retry: RetryPolicy(
                maxAttempts: try number("RECORDLINE_MODEL_MAX_ATTEMPTS", 5 as Int, minimum: 1),
                baseDelay: .milliseconds(try number("RECORDLINE_MODEL_RETRY_BASE_MS", 1000 as Int, minimum: 0)),
                maxDelay: .milliseconds(try number("RECORDLINE_MODEL_RETRY_CAP_MS", 30_000 as Int, minimum: 0))),
            breakerThreshold: try number("RECORDLINE_MODEL_BREAKER_FAILURES", 5 as Int, minimum: 1),
            breakerCoolDown: .milliseconds(Int(try number("RECORDLINE_MODEL_BREAKER_COOLDOWN_SECONDS", 30 as Double, minimum: 0) * 1000)),
            localOnly: localOnly)
    }
}

package struct ModelConfigurationError: Error, Sendable, CustomStringConvertible {
    package let variable: String
    package let message: String

    package init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    package var description: String { "\(variable): \(message)" }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
