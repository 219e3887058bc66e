import Foundation
import QueueClient
import SAMTemplate
import SQSWire
import TaskStore
import Testing

@testable import RecordlineCLI

@Suite("Ops commands: queue names and exit codes")
struct OpsResolutionTests {
    static let templatePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("template.yaml").path

    @Test("the template's queues pair each stage queue with its dead-letter queue")
    func fromTemplate() throws {
        let yaml = try String(contentsOfFile: Self.templatePath, encoding: .utf8)
        let stack = StackQueues(template: try Template(yaml: yaml, environment: Template.Environment(stackName: "prod")))
        #expect(stack.deadLetterQueueNames.sorted() == ["prod-draft-dlq", "prod-finalize-dlq", "prod-refine-dlq"])
        #expect(stack.deadLetterQueue("refine") == "prod-refine-dlq")
        #expect(stack.deadLetterQueue("prod-finalize") == "prod-finalize-dlq")
        #expect(stack.deadLetterQueue("DraftDeadLetterQueue") == "prod-draft-dlq")
        #expect(stack.deadLetterQueue("prod-draft-dlq") == "prod-draft-dlq")
        #expect(stack.deadLetterQueue("elsewhere-dlq") == "elsewhere-dlq")
        #expect(stack.queueName("finalize") == "prod-finalize")
        #expect(stack.queueName("RefineQueue") == "prod-refine")
        #expect(stack.stage(ofDeadLetterQueue: "prod-refine-dlq") == .refine)
        #expect(stack.stage(ofDeadLetterQueue: "prod-draft-dlq") == .draft)
    }

    @Test("without a template the names follow <stack>-<stage>[-dlq]")
    func conventional() {
        let stack = StackQueues.conventional(stackName: "recordline")
        #expect(stack.queues.map(\.name) == [
            "recordline-draft", "recordline-draft-dlq", "recordline-refine", "recordline-refine-dlq", "recordline-finalize", "recordline-finalize-dlq",
        ])
        #expect(stack.deadLetterQueue("finalize") == "recordline-finalize-dlq")
        #expect(stack.stage(ofDeadLetterQueue: "recordline-finalize-dlq") == .finalize)
    }

    @Test("errors map to the documented exit codes")
    func exitCodes() {
        func code(_ error: any Error) -> OpsExitCode { OpsFailure(error).code }
        #expect(code(QueueClientError.cannotConnect(endpoint: "http://127.0.0.1:1", detail: "refused")) == .unavailable)
        #expect(code(QueueClientError.missingCredentials("set them")) == .credentials)
        #expect(code(QueueClientError.missingRegion) == .configuration)
        #expect(code(QueueClientError.invalidEndpoint("ftp://x")) == .configuration)
        #expect(code(QueueClientError.service(SQSServiceError(
            status: 400, code: "QueueDoesNotExist", queryCode: "AWS.SimpleQueueService.NonExistentQueue", message: "no"))) == .notFound)
        #expect(code(QueueClientError.service(SQSServiceError(status: 403, code: "InvalidClientTokenId", message: "bad key"))) == .credentials)
        #expect(code(QueueClientError.service(SQSServiceError(status: 400, code: "InvalidParameterValue", message: "x"))) == .partial)
        #expect(code(QueueClientError.invalidResponse(action: "ListQueues", detail: "html")) == .unavailable)
        #expect(code(QueueClientError.service(SQSServiceError(status: 404, code: "HTTP404", message: "not found"))) == .unavailable)
        #expect(code(RedisError.connection("refused")) == .unavailable)
        #expect(code(RedisError.invalidURL("x")) == .configuration)
        #expect(code(OpsFailure(.notConfirmed, "no")) == .notConfirmed)
        #expect(OpsExitCode.allCases.map(\.rawValue) == [0, 1, 3, 4, 64, 69, 77, 78])
    }

    @Test("services without move tasks are recognised, real refusals are not")
    func moveTaskSupport() {
        #expect(MoveTaskRedrive.unsupported(.service(SQSServiceError(status: 400, code: "InvalidAction", message: "unknown"))))
        #expect(MoveTaskRedrive.unsupported(.service(SQSServiceError(status: 404, code: "NotFound", message: ""))))
        #expect(MoveTaskRedrive.unsupported(.service(SQSServiceError(status: 500, code: "HTTP500", message: "<html>"))))
        #expect(!MoveTaskRedrive.unsupported(.service(SQSServiceError(status: 500, code: "InternalError", message: "try again"))))
        #expect(!MoveTaskRedrive.unsupported(.service(SQSServiceError(status: 400, code: "InvalidParameterValue", message: "running"))))
        #expect(!MoveTaskRedrive.unsupported(.cannotConnect(endpoint: "x", detail: "y")))
    }
}
