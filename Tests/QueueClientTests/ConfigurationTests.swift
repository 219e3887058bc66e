import Foundation
import QueueClient
import Testing

@Suite struct ConfigurationTests {
    /// A scratch HOME with an `.aws/credentials` file, removed afterwards.
    private func withCredentialsFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("recordline-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try text.write(to: home.appendingPathComponent(".aws/credentials"), atomically: true, encoding: .utf8)
        return try body(home.path)
    }

    private let credentialsFile = """
        # written by aws configure
        [default]
        aws_access_key_id = AKIDDEFAULT
        aws_secret_access_key = secret-default

        [ops]
        aws_access_key_id=AKIDOPS
        aws_secret_access_key=secret-ops
        aws_session_token = token-ops
        """

    @Test func environmentCredentialsComeFirst() throws {
        try withCredentialsFile(credentialsFile) { home in
            let credentials = try CredentialChain.resolve(environment: [
                "HOME": home, "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secret-env", "AWS_SESSION_TOKEN": "token-env",
            ])
            #expect(credentials == AWSCredentials(accessKeyID: "AKIDENV", secretAccessKey: "secret-env", sessionToken: "token-env"))
        }
    }

    @Test func sharedFileDefaultAndNamedProfile() throws {
        try withCredentialsFile(credentialsFile) { home in
            let byDefault = try CredentialChain.resolve(environment: ["HOME": home])
            #expect(byDefault == AWSCredentials(accessKeyID: "AKIDDEFAULT", secretAccessKey: "secret-default"))
            let named = try CredentialChain.resolve(environment: ["HOME": home, "AWS_PROFILE": "ops"])
            #expect(named == AWSCredentials(accessKeyID: "AKIDOPS", secretAccessKey: "secret-ops", sessionToken: "token-ops"))
        }
    }

    @Test func missingCredentialsNameWhatWasSearched() throws {
        try withCredentialsFile(credentialsFile) { home in
            do {
                _ = try CredentialChain.resolve(environment: ["HOME": home, "AWS_PROFILE": "nobody", "AWS_ACCESS_KEY_ID": ""])
                Issue.record("resolved credentials for a profile that does not exist")
            } catch let error as QueueClientError {
                guard case .missingCredentials = error else { throw error }
                #expect("\(error)".contains("nobody"))
                #expect("\(error)".contains("AWS_ACCESS_KEY_ID"))
            }
        }
    }

    @Test func endpointPrecedence() throws {
        let keys = ["AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "s"]
        let regional = try QueueClientConfiguration.fromEnvironment(keys.merging(["AWS_REGION": "eu-west-1"]) { $1 })
        #expect(regional.endpoint.url == "https://sqs.eu-west-1.amazonaws.com/")
        #expect(regional.endpoint.host == "sqs.eu-west-1.amazonaws.com")
        #expect(regional.region == "eu-west-1")

        let general = try QueueClientConfiguration.fromEnvironment(
            keys.merging(["AWS_DEFAULT_REGION": "ap-northeast-2", "AWS_ENDPOINT_URL": "http://127.0.0.1:4566"]) { $1 })
        #expect(general.endpoint.url == "http://127.0.0.1:4566/")
        #expect(general.endpoint.host == "127.0.0.1:4566")
        #expect(general.region == "ap-northeast-2")

        let specific = try QueueClientConfiguration.fromEnvironment(
            keys.merging(["AWS_ENDPOINT_URL": "http://127.0.0.1:4566", "AWS_ENDPOINT_URL_SQS": "https://queues.example:443"]) { $1 })
        #expect(specific.endpoint.url == "https://queues.example/")
        #expect(specific.endpoint.host == "queues.example")
        #expect(specific.region == "us-east-1")
    }

    @Test func regionOrEndpointIsRequired() {
        #expect(throws: QueueClientError.self) {
            try QueueClientConfiguration.fromEnvironment(["AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "s"])
        }
    }

    @Test func endpointHostAsClientsSendIt() throws {
        #expect(try SQSEndpoint("http://localhost:80").host == "localhost")
        #expect(try SQSEndpoint("https://sqs.eu-west-1.amazonaws.com:8443/").host == "sqs.eu-west-1.amazonaws.com:8443")
        let ipv6 = try SQSEndpoint("http://[::1]:9324")
        #expect(ipv6.host == "[::1]:9324")
        #expect(ipv6.url == "http://[::1]:9324/")
        #expect(try SQSEndpoint("http://127.0.0.1:4566/prefix").url == "http://127.0.0.1:4566/prefix")
    }

    @Test func invalidEndpointIsRejected() {
        for url in ["localhost:9324", "ftp://queues.example", "http://"] {
            #expect(throws: QueueClientError.self) { try SQSEndpoint(url) }
        }
    }
}
