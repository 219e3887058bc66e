@testable import LambdaEmulator
import Testing

@Suite struct StackOptionsTests {
    @Test func commandLineOverridesWinOverTheEnvironment() throws {
        let values = try StackOptions.parameterOverrides(
            environment: ["LOCAL_RUNTIME_PARAMETER_Stage": "dev", "LOCAL_RUNTIME_PARAMETER_Model": "offline", "OTHER": "x",
                          "LOCAL_RUNTIME_PARAMETER_": "ignored"],
            commandLine: ["Stage=prod", "Url=http://h/?a=b"])
        #expect(values == ["Stage": "prod", "Model": "offline", "Url": "http://h/?a=b"])
    }

    @Test func malformedOverridesAreRefused() {
        #expect(throws: StackError.self) { try StackOptions.parameterOverrides(environment: [:], commandLine: ["Stage"]) }
        #expect(throws: StackError.self) { try StackOptions.parameterOverrides(environment: [:], commandLine: ["=x"]) }
    }

    @Test func invokeAPIPathsNameTheFunctionAndOperation() {
        func route(_ path: String) -> String? {
            InvokeAPI.route(path).map { "\($0.name) \($0.operation)" }
        }
        #expect(route("/2015-03-31/functions/api/invocations") == "api invoke")
        #expect(route("/2015-03-31/functions/api%3A%24LATEST/invocations") == "api invoke")
        #expect(route("/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Adraft/invocations") == "draft invoke")
        #expect(route("/2021-11-15/functions/api/response-streaming-invocations") == "api invokeWithResponseStream")
        #expect(route("/2015-03-31/functions//invocations") == nil)
        #expect(route("/2015-03-31/functions/api/response-streaming-invocations") == nil)
        #expect(route("/tasks") == nil)
    }
}
