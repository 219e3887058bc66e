import Testing

@testable import TaskStore

@Suite("REDIS_URL parsing")
struct RedisURLTests {
    @Test("host, port, password, user and database")
    func forms() throws {
        #expect(try RedisURL(parsing: "redis://localhost") == RedisURL(host: "localhost", port: 6379))
        #expect(try RedisURL(parsing: "redis://10.0.0.5:6380/2") == RedisURL(host: "10.0.0.5", port: 6380, database: 2))
        #expect(try RedisURL(parsing: "redis://:s3cret@cache:6379") == RedisURL(host: "cache", password: "s3cret"))
        #expect(
            try RedisURL(parsing: "redis://app:p%40ss@cache:7000/1")
                == RedisURL(host: "cache", port: 7000, username: "app", password: "p@ss", database: 1))
        #expect(try RedisURL(parsing: "redis://[::1]:6390") == RedisURL(host: "::1", port: 6390))
        #expect(
            try RedisURL(parsing: "rediss://default:tok%2Fen@cache.example.com:6380")
                == RedisURL(host: "cache.example.com", port: 6380, username: "default", password: "tok/en", tls: true))
        #expect(try RedisURL(parsing: "redis://cache").tls == false)
    }

    @Test("malformed URLs are rejected")
    func rejected() {
        #expect(throws: RedisError.self) { try RedisURL(parsing: "http://cache:6379") }
        #expect(throws: RedisError.self) { try RedisURL(parsing: "redis://cache:port") }
        #expect(throws: RedisError.self) { try RedisURL(parsing: "redis://cache/db") }
    }
}
