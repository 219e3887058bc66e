import Foundation
@testable import LambdaEmulator
import Testing

@Suite struct ExecutableLocatorTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func makeExecutable(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    @Test func bootstrapInTheCodeUriRunsAsItIs() throws {
        let root = try scratch()
        try makeExecutable(root.appendingPathComponent("functions/api/bootstrap"))
        let bin = root.appendingPathComponent("bin")
        try makeExecutable(bin.appendingPathComponent("api"))
        let located = try ExecutableLocator(templateDirectory: root, binDirectories: [bin]).locate(codeUri: "functions/api", functionLogicalId: "Api")
        #expect(located.executable.lastPathComponent == "bootstrap")
        #expect(located.taskRoot.path.hasSuffix("functions/api"))
    }

    @Test func otherwiseTheLastPathComponentInTheFirstBinDirectory() throws {
        let root = try scratch()
        let debug = root.appendingPathComponent(".build/debug")
        let release = root.appendingPathComponent(".build/release")
        try makeExecutable(release.appendingPathComponent("draft"))
        let locator = ExecutableLocator(templateDirectory: root, binDirectories: [debug, release])
        #expect(try locator.locate(codeUri: "functions/draft/", functionLogicalId: "Draft").executable.path == release.appendingPathComponent("draft").path)
        try makeExecutable(debug.appendingPathComponent("draft"))
        #expect(try locator.locate(codeUri: "functions/draft", functionLogicalId: "Draft").executable.path == debug.appendingPathComponent("draft").path)
    }

    @Test func missingExecutableListsWhereItLooked() throws {
        let root = try scratch()
        let locator = ExecutableLocator(templateDirectory: root, binDirectories: [root.appendingPathComponent("bin")])
        #expect(throws: ExecutableLocator.Failure.self) { try locator.locate(codeUri: "functions/refine", functionLogicalId: "Refine") }
    }
}
