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
        .library(name: "SQSWire", targets: ["SQSWire"]),
        .executable(name: "local-runtime", targets: ["LocalRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        // MARK: domain core (pure, no I/O)
        .target(name: "RecordRules"),
        .target(name: "RecordAgents", dependencies: ["RecordRules"]),

        // MARK: command-line tools
        .executableTarget(
            name: "RecordlineCLI",
            dependencies: [
                "RecordAgents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "OfflineEngineBenchmark",
            dependencies: ["RecordAgents"],
            path: "Benchmarks/OfflineEngine"
        ),

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
                "QueueService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "local-runtime/Sources/LocalRuntime"
        ),
        .testTarget(
            name: "QueueServiceTests",
            dependencies: ["QueueService", "SQSWire", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]
        ),

        // MARK: tests
        .testTarget(name: "RecordRulesTests", dependencies: ["RecordRules"]),
        .testTarget(name: "RecordAgentsTests", dependencies: ["RecordAgents"]),
    ]
)
