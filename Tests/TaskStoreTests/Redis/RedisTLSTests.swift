import Foundation
import TestSupport
import Testing

@testable import TaskStore

/// `rediss://` against a real redis-server that speaks TLS only, with a certificate from a test CA.
@Suite("Redis over TLS")
struct RedisTLSTests {
    @Test("commands, AUTH and a reply larger than a TLS record go through TLS when the CA is trusted")
    func trusted() async throws {
        let authority = try TestCertificateAuthority()
        let redis = try RedisServer(tls: authority, password: "s3cret")
        let url = try RedisURL(parsing: redis.url, certificateAuthorityFile: authority.caFile)
        #expect(url.tls)
        let client = RedisClient(url: url)
        #expect(try await client.send(["PING"]) == .string("PONG"))
        #expect(try await client.send(["SET", "tls-check", "value", "EX", "60"]) == .string("OK"))
        #expect(try await client.send(["GET", "tls-check"]) == .string("value"))
        // A reply larger than one TLS record (16 KiB) arrives whole.
        let large = String(repeating: "가", count: 30_000)
        _ = try await client.send(["SET", "tls-large", large, "EX", "60"])
        #expect(try await client.send(["GET", "tls-large"]) == .string(large))
    }

    @Test("a server whose CA is not trusted is refused, naming the certificate")
    func untrusted() async throws {
        let authority = try TestCertificateAuthority()
        let other = try TestCertificateAuthority()
        let redis = try RedisServer(tls: authority)
        let client = RedisClient(url: try RedisURL(parsing: redis.url, certificateAuthorityFile: other.caFile))
        await #expect {
            _ = try await client.send(["PING"])
        } throws: { error in
            guard case RedisError.connection(let message) = error else { return false }
            return message.contains("certificate")
        }
    }

    @Test("a CA file that cannot be read is named")
    func missingCAFile() async throws {
        let authority = try TestCertificateAuthority()
        let redis = try RedisServer(tls: authority)
        let client = RedisClient(url: try RedisURL(parsing: redis.url, certificateAuthorityFile: "/nonexistent/ca.pem"))
        await #expect {
            _ = try await client.send(["PING"])
        } throws: { error in
            guard case RedisError.connection(let message) = error else { return false }
            return message.contains("/nonexistent/ca.pem")
        }
    }

    @Test("a wrong password over TLS is the server's refusal, not a hang")
    func wrongPassword() async throws {
        let authority = try TestCertificateAuthority()
        let redis = try RedisServer(tls: authority, password: "s3cret")
        let url = try RedisURL(parsing: "rediss://:wrong@127.0.0.1:\(redis.port)", certificateAuthorityFile: authority.caFile)
        await #expect(throws: RedisError.self) { _ = try await RedisClient(url: url).send(["PING"]) }
    }
}
