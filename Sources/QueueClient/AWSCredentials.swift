/// An access key pair, with the session token that temporary credentials (Lambda's role) carry.
package struct AWSCredentials: Sendable, Equatable {
    package var accessKeyID: String
    package var secretAccessKey: String
    package var sessionToken: String?

    package init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

extension AWSCredentials: CustomStringConvertible {
    /// Never prints the secret or the token.
    package var description: String { "AWSCredentials(accessKeyID: \(accessKeyID), sessionToken: \(sessionToken == nil ? "none" : "set"))" }
}
