#!/usr/bin/env bash
# Writes the async-http-client variant of the minimal echo handler into $1 as a standalone package.
# It is the comparison point for docs/http-transport.md; the project itself ships only libcurl.
set -euo pipefail
dir="$1"
mkdir -p "$dir/Sources/AHCEcho"
cat > "$dir/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "AHCEcho",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .executableTarget(
            name: "AHCEcho",
            dependencies: [.product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
    ]
)
SWIFT
cat > "$dir/Sources/AHCEcho/main.swift" <<'SWIFT'
// The smallest Runtime API loop on async-http-client: /next, then echo the event to /response.
import AsyncHTTPClient
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

let api = String(cString: getenv("AWS_LAMBDA_RUNTIME_API"))
let base = "http://\(api)/2018-06-01/runtime/invocation/"
let client = HTTPClient.shared
while true {
    let next = try await client.execute(HTTPClientRequest(url: base + "next"), timeout: .hours(1))
    let requestID = next.headers.first(name: "Lambda-Runtime-Aws-Request-Id") ?? ""
    let event = try await next.body.collect(upTo: 6 * 1024 * 1024)
    var post = HTTPClientRequest(url: base + requestID + "/response")
    post.method = .POST
    post.body = .bytes(event)
    _ = try await client.execute(post, timeout: .seconds(30))
}
SWIFT
