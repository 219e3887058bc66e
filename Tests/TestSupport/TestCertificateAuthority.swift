import Foundation

/// A throwaway CA and a server certificate it signed for 127.0.0.1, made with the openssl command in a
/// temporary directory: what a TLS server under test presents and what its clients are told to trust.
package struct TestCertificateAuthority {
    package let directory: URL
    package var caFile: String { directory.appendingPathComponent("ca.pem").path }
    package var serverCertificateFile: String { directory.appendingPathComponent("server.pem").path }
    package var serverKeyFile: String { directory.appendingPathComponent("server.key").path }

    package init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recordline-ca-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("subjectAltName=IP:127.0.0.1\n".utf8).write(to: directory.appendingPathComponent("san.ext"))
        try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                     "-subj", "/CN=Recordline test CA"])
        try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"])
        try openssl(["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                     "-out", "server.pem", "-days", "2", "-extfile", "san.ext"])
    }

    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    private func openssl(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openssl \(arguments.first ?? "") failed: \(String(decoding: message, as: UTF8.self))")
        }
    }
}
