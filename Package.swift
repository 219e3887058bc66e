// swift-tools-version:6.1
import PackageDescription

// Dependency direction: RecordRules ← RecordAgents ← pipeline ← functions.
// local-runtime shares wire types with the functions, never pipeline code.
let package = Package(
    name: "Recordline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "recordline", targets: ["RecordlineCLI"]),
        .executable(name: "api", targets: ["api"]),
        .executable(name: "draft", targets: ["draft"]),
        .executable(name: "refine", targets: ["refine"]),
        .executable(name: "finalize", targets: ["finalize"]),
        .executable(name: "local-runtime", targets: ["LocalRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", from: "0.18.2"),
    ],
    targets: [
        // MARK: domain core (pure, no I/O)
        .target(name: "RecordRules"),
        .target(name: "RecordAgents", dependencies: ["RecordRules"]),
        // The stages with a language model writing and the rules (and the offline engine) guarding.
        .target(
            name: "ModelAgents",
            dependencies: ["RecordAgents", "RecordRules", "ModelClient", .product(name: "Logging", package: "swift-log")]
        ),

        // MARK: deployment description shared by local-runtime and the ops CLI
        .target(name: "SAMTemplate", dependencies: [.product(name: "Yams", package: "Yams")]),

        // MARK: command-line tools
        .executableTarget(
            name: "RecordlineCLI",
            dependencies: [
                "RecordAgents",
                "TeacherAuth",
                "QueueClient",
                "TaskStore",
                "SAMTemplate",
                "CurlHTTP",
                "TimeUnits",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The ops commands' parsing, formatting, redaction and pacing, without a network.
        .testTarget(name: "RecordlineCLITests", dependencies: ["RecordlineCLI", "QueueClient", "TaskStore"]),
        .executableTarget(
            name: "offline-engine-benchmark",
            dependencies: ["RecordAgents"],
            path: "Benchmarks/OfflineEngine"
        ),
        // Recall and precision of the content rules over the labelled corpus Benchmarks/checker/corpus.jsonl.
        .executableTarget(name: "checker-benchmark", dependencies: ["RecordRules"], path: "Benchmarks/Checker"),

        // MARK: Lambda runtime and task store (below the pipeline; never import rules or agents)
        // Durations and wall-clock times in the milliseconds the store, the records and the logs count in.
        .target(name: "TimeUnits"),
        .testTarget(name: "TimeUnitsTests", dependencies: ["TimeUnits"]),
        // Wire types shared with local-runtime: no networking.
        .target(name: "LambdaWire"),
        .target(
            name: "LambdaRuntime",
            dependencies: ["LambdaWire", "CurlHTTP", .product(name: "Logging", package: "swift-log")]
        ),
        .systemLibrary(name: "CHiredis", pkgConfig: "hiredis", providers: [.apt(["libhiredis-dev"])]),
        // TLS for hiredis 0.14, which has none of its own: OpenSSL on a thread, hiredis on a socket pair.
        .target(name: "CRedisTLS", linkerSettings: [.linkedLibrary("ssl"), .linkedLibrary("crypto")]),
        .target(name: "TaskStore", dependencies: ["CHiredis", "CRedisTLS", "TimeUnits"]),
        // Minimal echo function measured by Benchmarks/runtime/measure.sh (cold start, binary size).
        .executableTarget(name: "RuntimeEcho", dependencies: ["LambdaRuntime"], path: "Benchmarks/runtime/RuntimeEcho"),
        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "LambdaWire"]),
        .testTarget(name: "TaskStoreTests", dependencies: ["TaskStore", "TestSupport"]),
        // What the Swift suites share: the task store to run on (in memory, on a clock the test moves, or a real
        // redis-server on a free loopback port), a recording queue seam, the scripted model server and a chat
        // model in memory, servers that die with the test process, waiting with a safety timeout.
        .target(name: "TestSupport", dependencies: ["Pipeline", "TaskStore", "CurlHTTP", "ModelClient", .product(name: "Logging", package: "swift-log")], path: "Tests/TestSupport"),

        // MARK: queue service
        .target(
            name: "SQSWire",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Which requests local-runtime's servers refuse as coming from a web page: pure, no I/O.
        .target(name: "RequestGuard", path: "local-runtime/Sources/RequestGuard"),
        .testTarget(name: "RequestGuardTests", dependencies: ["RequestGuard"]),
        .target(
            name: "QueueService",
            dependencies: [
                "SQSWire", "RequestGuard",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "local-runtime/Sources/QueueService"
        ),
        .executableTarget(
            name: "LocalRuntime",
            dependencies: [
                "TeacherAuth",
                "QueueService",
                "LambdaEmulator",
                "SAMTemplate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "local-runtime/Sources/LocalRuntime"
        ),
        .testTarget(
            name: "QueueServiceTests",
            dependencies: ["QueueService", "SQSWire", "TestSupport", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]
        ),

        // MARK: HTTP transport and SQS queue client (below the pipeline; never import rules, agents or the task store)
        // libcurl's setopt/getinfo are variadic, so a thin C shim makes them callable from Swift.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        // The libcurl transport shared by the Lambda runtime, the queue client and the model client.
        .target(name: "CurlHTTP", dependencies: ["CCurl"]),
        // SQS JSON 1.0 protocol with SigV4, for the functions and the ops CLI.
        .target(
            name: "QueueClient",
            dependencies: [
                "CurlHTTP", "SQSWire",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "QueueClientTests", dependencies: ["QueueClient", "CurlHTTP", "SQSWire", "TestSupport"]),
        // OpenAI-compatible chat completions: retries, Retry-After, circuit breaker, usage.
        .target(name: "ModelClient", dependencies: ["CurlHTTP", "TimeUnits", .product(name: "Logging", package: "swift-log")]),
        // Client creation, first call and round-trip cost against any SQS endpoint.
        .executableTarget(name: "queue-client-benchmark", dependencies: ["QueueClient"], path: "Benchmarks/QueueClient"),

        // MARK: the pipeline: message schemas and the per-stage glue (claim → run → forward → done)
        .target(
            name: "Pipeline",
            dependencies: [
                "RecordAgents", "TaskStore", "TimeUnits", "LambdaWire", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TaskStore", "TestSupport", "ModelAgents", "ModelClient"]),
        // Bearer tokens: HS256 JWTs and configured token hashes.
        .target(
            name: "TeacherAuth",
            dependencies: [.product(name: "JWTKit", package: "jwt-kit"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "TeacherAuthTests", dependencies: ["TeacherAuth", .product(name: "Crypto", package: "swift-crypto")]),
        // Class rosters in (CSV in UTF-8 or CP949, the first sheet of an .xlsx) and exports out (CSV, .xlsx): no I/O.
        .target(
            name: "Rosters",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .testTarget(name: "RostersTests", dependencies: ["Rosters", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The teacher-facing HTTP API the api function serves.
        .target(
            name: "TeacherAPI",
            dependencies: [
                "Pipeline", "TaskStore", "TimeUnits", "RecordRules", "LambdaWire", "TeacherAuth", "Rosters",
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "TeacherAPITests",
            dependencies: [
                "TeacherAPI", "TeacherAuth", "Pipeline", "TaskStore", "TestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // MARK: the functions: handlers built from the environment, and four executables of a few lines
        .target(
            name: "RecordlineFunctions",
            dependencies: [
                "Pipeline", "TeacherAPI", "TeacherAuth", "QueueClient", "TaskStore", "RecordAgents", "ModelAgents", "ModelClient", "CurlHTTP", "TimeUnits",
                "LambdaRuntime", "LambdaWire", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "api", dependencies: ["RecordlineFunctions", "LambdaRuntime"], path: "functions/api"),
        .executableTarget(name: "draft", dependencies: ["RecordlineFunctions", "LambdaRuntime"], path: "functions/draft"),
        .executableTarget(name: "refine", dependencies: ["RecordlineFunctions", "LambdaRuntime"], path: "functions/refine"),
        .executableTarget(name: "finalize", dependencies: ["RecordlineFunctions", "LambdaRuntime"], path: "functions/finalize"),

        // MARK: Lambda emulator (runtime API, supervisor, SQS event sources, HTTP gateway)
        // Fork and exec from one long-lived thread with a parent-death signal, which Foundation's
        // Process and posix_spawn cannot set: children never outlive local-runtime.
        .target(name: "CChildSpawn", path: "local-runtime/Sources/CChildSpawn"),
        .target(
            name: "LambdaEmulator",
            dependencies: [
                "SAMTemplate", "LambdaWire", "QueueService", "SQSWire", "CChildSpawn", "RequestGuard",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            path: "local-runtime/Sources/LambdaEmulator"
        ),
        // Warm and cold invocation figures, run by Benchmarks/lambda/run.sh.
        .executableTarget(name: "lambda-benchmark", dependencies: ["LambdaEmulator"], path: "Benchmarks/lambda/LambdaBenchmark"),
        .testTarget(
            name: "LambdaEmulatorTests",
            dependencies: [
                "LambdaEmulator", "LambdaWire", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]),

        // MARK: tests
        .testTarget(name: "RecordRulesTests", dependencies: ["RecordRules"]),
        .testTarget(name: "RecordAgentsTests", dependencies: ["RecordAgents", "TestSupport"]),
        // The model client against the scripted model server (Tests/blackbox/e2e/scripted_model.py); the agents' own
        // logic on a chat model in memory.
        .testTarget(
            name: "ModelTests",
            dependencies: ["ModelClient", "ModelAgents", "RecordAgents", "RecordRules", "Pipeline", "TaskStore", "TestSupport", "CurlHTTP"]
        ),
        .testTarget(name: "SAMTemplateTests", dependencies: ["SAMTemplate"]),
    ]
)
