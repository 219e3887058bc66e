import Foundation
import SAMTemplate

/// Everything needed to run one function locally, resolved from its template definition.
package struct FunctionConfiguration: Sendable {
    package let name: String
    package let arn: String
    /// nil when the executable could not be found; invocations then fail with `Runtime.InvalidEntrypoint`.
    package let located: ExecutableLocator.Located?
    package let locateError: String?
    package let handler: String?
    package let timeoutSeconds: Int
    package let memorySize: Int
    /// Most execution environments at once: ReservedConcurrentExecutions, else `defaultConcurrency`.
    package let concurrency: Int
    /// Whether `concurrency` is the function's ReservedConcurrentExecutions (a throttle then names it).
    package let hasReservedConcurrency: Bool
    package let environment: [String: String]
    package let region: String
    package let initTimeoutSeconds: Int

    package init(
        name: String, arn: String, located: ExecutableLocator.Located?, locateError: String? = nil, handler: String? = nil,
        timeoutSeconds: Int = 3, memorySize: Int = 128, concurrency: Int = 10, hasReservedConcurrency: Bool = false,
        environment: [String: String] = [:], region: String = "us-east-1", initTimeoutSeconds: Int = 10
    ) {
        self.name = name
        self.arn = arn
        self.located = located
        self.locateError = locateError
        self.handler = handler
        self.timeoutSeconds = timeoutSeconds
        self.memorySize = memorySize
        self.concurrency = max(1, concurrency)
        self.hasReservedConcurrency = hasReservedConcurrency
        self.environment = environment
        self.region = region
        self.initTimeoutSeconds = initTimeoutSeconds
    }

    /// `extraEnvironment` is the local wiring (queue endpoint, Redis URL, credentials): it wins over the
    /// template's values, which point at cloud resources. Reserved concurrency 0 ("throttled" on AWS)
    /// counts as one environment, since locally it would only make the function unusable.
    package init(
        definition: FunctionDefinition, locator: ExecutableLocator, region: String, accountId: String,
        defaultConcurrency: Int, extraEnvironment: [String: String]
    ) {
        let located: ExecutableLocator.Located?
        let locateError: String?
        do {
            located = try locator.locate(codeUri: definition.codeUri, functionLogicalId: definition.logicalId)
            locateError = nil
        } catch {
            located = nil
            locateError = error.description
        }
        self.init(
            name: definition.name, arn: "arn:aws:lambda:\(region):\(accountId):function:\(definition.name)",
            located: located, locateError: locateError, handler: definition.handler, timeoutSeconds: definition.timeout,
            memorySize: definition.memorySize, concurrency: definition.reservedConcurrentExecutions ?? defaultConcurrency,
            hasReservedConcurrency: definition.reservedConcurrentExecutions != nil,
            environment: definition.environment.merging(extraEnvironment) { _, local in local }, region: region)
    }

    /// Host variables a locally run function still needs (to find its interpreter, its home, its locale).
    static let inheritedVariables = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV", "SSL_CERT_FILE", "TZ"]

    /// The process environment: inherited basics, the template's variables, then Lambda's reserved
    /// variables, which a template cannot override (as on AWS).
    func processEnvironment(runtimeAPI: String, instance: Int) -> [String: String] {
        var values: [String: String] = [:]
        let host = ProcessInfo.processInfo.environment
        for key in Self.inheritedVariables { values[key] = host[key] }
        values.merge(environment) { _, new in new }
        let taskRoot = located?.taskRoot.path ?? FileManager.default.currentDirectoryPath
        let reserved: [String: String] = [
            "AWS_LAMBDA_RUNTIME_API": runtimeAPI,
            "AWS_LAMBDA_FUNCTION_NAME": name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": String(memorySize),
            "AWS_LAMBDA_FUNCTION_TIMEOUT": String(timeoutSeconds),
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/\(name)",
            "AWS_LAMBDA_LOG_STREAM_NAME": "local/[$LATEST]\(instance)",
            "AWS_LAMBDA_LOG_FORMAT": "Text",
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "AWS_EXECUTION_ENV": "AWS_Lambda_provided.al2023",
            "LAMBDA_TASK_ROOT": taskRoot,
            "LAMBDA_RUNTIME_DIR": taskRoot,
            "_HANDLER": handler ?? "bootstrap",
        ]
        values.merge(reserved) { _, new in new }
        return values
    }
}

extension FunctionConfiguration {
    /// The same function with local wiring variables added (they win over the template's).
    func adding(environment extra: [String: String]) -> FunctionConfiguration {
        FunctionConfiguration(
            name: name, arn: arn, located: located, locateError: locateError, handler: handler, timeoutSeconds: timeoutSeconds,
            memorySize: memorySize, concurrency: concurrency, hasReservedConcurrency: hasReservedConcurrency,
            environment: environment.merging(extra) { _, local in local },
            region: region, initTimeoutSeconds: initTimeoutSeconds)
    }
}
