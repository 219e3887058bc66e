import Foundation
import Testing
@testable import SAMTemplate

/// The project's own template.yaml, read the way local-runtime reads it.
@Suite("template.yaml")
struct ProjectTemplateTests {
    static func load(_ overrides: [String: String] = [:]) throws -> Template {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("template.yaml")
        return try Template(yaml: String(contentsOf: url, encoding: .utf8), overrides: overrides)
    }

    @Test func describesTheWholeStack() throws {
        let template = try Self.load()
        #expect(Set(template.functions.map(\.name)) == ["recordline-api", "recordline-draft", "recordline-refine", "recordline-finalize"])
        #expect(template.queues.count == 6)
        #expect(template.unsupported.isEmpty)
        for source in ["DraftQueue", "RefineQueue", "FinalizeQueue"] {
            let queue = try #require(template.queue(named: source))
            #expect(queue.deadLetterQueue != nil)
            #expect(queue.maxReceiveCount == 3)
        }
        let api = try #require(template.function(named: "recordline-api"))
        #expect(api.functionURL?.invokeMode == "RESPONSE_STREAM")
        #expect(api.codeUri == ".build/lambda/api")
        // Without a RedisUrl parameter the variable is absent, so local-runtime supplies its own Redis.
        #expect(api.environment["REDIS_URL"] == nil)
        #expect(api.environment["DRAFT_QUEUE_URL"] == "http://127.0.0.1:9324/000000000000/recordline-draft")
        for name in ["recordline-draft", "recordline-refine", "recordline-finalize"] {
            let function = try #require(template.function(named: name))
            guard case .sqs(let event) = function.events.first else {
                Issue.record("\(name) has no SQS event")
                continue
            }
            #expect(event.reportsBatchItemFailures)
            let visibility = Int(template.queue(named: event.queue)?.attributes["VisibilityTimeout"] ?? "0") ?? 0
            #expect(visibility >= 6 * function.timeout)
        }
    }

    @Test func parameterOverridesReachTheFunctions() throws {
        let template = try Self.load(["RedisUrl": "redis://127.0.0.1:7000", "FunctionTimeout": "5", "QueueVisibilityTimeout": "30"])
        #expect(template.function(named: "recordline-draft")?.environment["REDIS_URL"] == "redis://127.0.0.1:7000")
        #expect(template.function(named: "recordline-draft")?.timeout == 5)
        #expect(template.queue(named: "DraftQueue")?.attributes["VisibilityTimeout"] == "30")
    }

    @Test func theLimitsReachTheFunctionsThatReadThem() throws {
        let template = try Self.load(["ApiConcurrency": "8", "MaxStreamsPerTeacher": "2", "StreamSeconds": "30", "MaxTasksInStages": "4"])
        let api = try #require(template.function(named: "recordline-api"))
        #expect(api.reservedConcurrentExecutions == 8)
        #expect(api.environment["RECORDLINE_API_CONCURRENCY"] == "8")
        #expect(api.environment["RECORDLINE_STREAM_PERCENT"] == "75")
        #expect(api.environment["RECORDLINE_MAX_STREAMS_PER_TEACHER"] == "2")
        #expect(api.environment["RECORDLINE_STREAM_SECONDS"] == "30")
        #expect(api.environment["RECORDLINE_MAX_TASKS_IN_FLIGHT"] == "20")
        // Every function settles tasks, so every one hands held tasks over with the same limit.
        for function in template.functions {
            #expect(function.environment["RECORDLINE_MAX_TASKS_IN_STAGES"] == "4", "\(function.name)")
            #expect(function.environment["RECORDLINE_HELD_TASK_SECONDS"] == "300", "\(function.name)")
        }
    }

    static let createdRedis = ["CreateRedis": "true", "VpcId": "vpc-0123456789abcdef0", "SubnetIds": "subnet-0123456789abcdef0,subnet-0123456789abcdef1"]

    /// local-runtime runs the stack of either Redis choice: the VPC, its endpoint and the cache are reported as not
    /// emulated, and REDIS_URL names the cache's endpoint (local-runtime replaces it with its own Redis).
    @Test func theCreatedRedisChoiceStillLoads() throws {
        let template = try Self.load(Self.createdRedis)
        #expect(template.functions.count == 4)
        #expect(template.queues.count == 6)
        let unsupported = Dictionary(uniqueKeysWithValues: template.unsupported.map { ($0.logicalId, $0.type) })
        #expect(unsupported == [
            "FunctionSecurityGroup": "AWS::EC2::SecurityGroup", "EndpointSecurityGroup": "AWS::EC2::SecurityGroup",
            "SqsEndpoint": "AWS::EC2::VPCEndpoint", "RedisSecurityGroup": "AWS::EC2::SecurityGroup",
            "RedisCache": "AWS::ElastiCache::ServerlessCache",
        ])
        for function in template.functions {
            #expect(function.environment["REDIS_URL"] == "rediss://RedisCache.Endpoint.Address:RedisCache.Endpoint.Port", "\(function.name)")
        }
        let external = try Self.load(["RedisUrl": "rediss://cache.example.com:6379", "VpcId": "vpc-1", "SubnetIds": "subnet-1",
                                      "SecurityGroupIds": "sg-1", "CreateSqsEndpoint": "false"])
        #expect(external.unsupported.isEmpty)
        #expect(external.function(named: "recordline-api")?.environment["REDIS_URL"] == "rediss://cache.example.com:6379")
    }

    /// Each function's environments are its ReservedConcurrentExecutions, as on Lambda; a stage's event source never
    /// invokes more at once than its function has.
    @Test func everyFunctionHasItsReservedConcurrency() throws {
        let template = try Self.load(["DraftConcurrency": "4", "RefineConcurrency": "6"])
        let reserved = Dictionary(uniqueKeysWithValues: template.functions.map { ($0.logicalId, $0.reservedConcurrentExecutions) })
        #expect(reserved == ["ApiFunction": 100, "DraftFunction": 4, "RefineFunction": 6, "FinalizeFunction": 20])
        for function in template.functions {
            for case .sqs(let event) in function.events {
                #expect(event.maximumConcurrency == function.reservedConcurrentExecutions, "\(function.name)")
            }
        }
        let unreserved = try Self.load(["ReserveConcurrency": "false"])
        #expect(unreserved.functions.allSatisfy { $0.reservedConcurrentExecutions == nil })
    }
}

