// swift-tools-version:6.1
import PackageDescription

// Dependency direction: RecordRules ← RecordAgents ← pipeline ← functions.
// local-runtime shares wire types with the functions, never pipeline code.
let package = Package(
    name: "Recordline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "recordline", targets: ["RecordlineCLI"]),
        .library(name: "RecordRules", targets: ["RecordRules"]),
        .library(name: "RecordAgents", targets: ["RecordAgents"]),
        .library(name: "LambdaWire", targets: ["LambdaWire"]),
        .library(name: "LambdaRuntime", targets: ["LambdaRuntime"]),
        .library(name: "TaskStore", targets: ["TaskStore"]),
        .library(name: "SQSWire", targets: ["SQSWire"]),
        .executable(name: "local-runtime", targets: ["LocalRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    ],
    targets: [
        // MARK: domain core (pure, no I/O)
        .target(name: "RecordRules"),
        .target(name: "RecordAgents", dependencies: ["RecordRules"]),

        // MARK: deployment description shared by local-runtime and the ops CLI
        .target(name: "SAMTemplate", dependencies: [.product(name: "Yams", package: "Yams")]),

        // MARK: command-line tools
        .executableTarget(
            name: "RecordlineCLI",
            dependencies: [
                "RecordAgents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "offline-engine-benchmark",
            dependencies: ["RecordAgents"],
            path: "Benchmarks/OfflineEngine"
        ),

        // MARK: Lambda runtime and task store (below the pipeline; never import rules or agents)
        // Wire types shared with local-runtime: no networking.
        .target(name: "LambdaWire"),
        // libcurl's setopt/getinfo are variadic, so a thin C shim makes them callable from Swift.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        .target(
            name: "LambdaRuntime",
            dependencies: ["LambdaWire", "CCurl", .product(name: "Logging", package: "swift-log")]
        ),
        .systemLibrary(name: "CHiredis", pkgConfig: "hiredis", providers: [.apt(["libhiredis-dev"])]),
        .target(name: "TaskStore", dependencies: ["CHiredis"]),
        // Minimal echo function measured by Benchmarks/runtime/measure.sh (cold start, binary size).
        .executableTarget(name: "RuntimeEcho", dependencies: ["LambdaRuntime"], path: "Benchmarks/runtime/RuntimeEcho"),
        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "LambdaWire"]),
        .testTarget(name: "TaskStoreTests", dependencies: ["TaskStore"]),

        // MARK: queue service
        .target(
            name: "SQSWire",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "QueueService",
            dependencies: [
                "SQSWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "local-runtime/Sources/QueueService"
        ),
        .executableTarget(
            name: "LocalRuntime",
            dependencies: [
                "QueueService",
                "LambdaEmulator",
                "SAMTemplate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "local-runtime/Sources/LocalRuntime"
        ),
        .testTarget(name: "QueueServiceTests", dependencies: ["QueueService", "SQSWire"]),

        // MARK: Lambda emulator (runtime API, supervisor, SQS event sources, HTTP gateway)
        .target(
            name: "LambdaEmulator",
            dependencies: [
                "SAMTemplate", "LambdaWire", "QueueService", "SQSWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "local-runtime/Sources/LambdaEmulator"
        ),
        // Warm and cold invocation figures, run by Benchmarks/lambda/run.sh.
        .executableTarget(name: "lambda-benchmark", dependencies: ["LambdaEmulator"], path: "Benchmarks/lambda/LambdaBenchmark"),
        .testTarget(
            name: "LambdaEmulatorTests",
            dependencies: ["LambdaEmulator", "LambdaWire", .product(name: "Hummingbird", package: "hummingbird")]),

        // MARK: tests
        .testTarget(name: "RecordRulesTests", dependencies: ["RecordRules"]),
        .testTarget(name: "RecordAgentsTests", dependencies: ["RecordAgents"]),
        .testTarget(name: "SAMTemplateTests", dependencies: ["SAMTemplate"]),
    ]
)
