import Foundation

/// Where credentials come from, in the order the AWS SDKs look: the environment (what Lambda sets for
/// the function's role), then the shared credentials file with `AWS_PROFILE` (what the ops CLI uses).
package enum CredentialChain {
    package static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(QueueClientError) -> AWSCredentials {
        if let accessKeyID = environment["AWS_ACCESS_KEY_ID"].nonEmpty,
            let secret = environment["AWS_SECRET_ACCESS_KEY"].nonEmpty
        {
            return AWSCredentials(
                accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"].nonEmpty)
        }
        let path = sharedCredentialsPath(environment)
        let profile = environment["AWS_PROFILE"].nonEmpty ?? "default"
        if let text = try? String(contentsOfFile: path, encoding: .utf8),
            let credentials = SharedCredentialsFile(text: text).credentials(profile: profile)
        {
            return credentials
        }
        throw .missingCredentials(
            "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile \"\(profile)\" in \(path)")
    }

    static func sharedCredentialsPath(_ environment: [String: String]) -> String {
        if let path = environment["AWS_SHARED_CREDENTIALS_FILE"].nonEmpty { return path }
        let home = environment["HOME"].nonEmpty ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.aws/credentials"
    }
}

extension Optional<String> {
    /// The value unless it is absent or empty: an exported but empty variable counts as unset.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
