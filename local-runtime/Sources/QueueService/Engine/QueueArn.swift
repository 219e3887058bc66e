/// Queue ARNs and URLs: `arn:aws:sqs:<region>:<account>:<name>` and `<scheme>://<host>/<account>/<name>`.
enum QueueArn {
    static func make(region: String, account: String, name: String) -> String {
        "arn:aws:sqs:\(region):\(account):\(name)"
    }

    /// The queue name an ARN points at, or nil when the text is not an SQS ARN.
    static func name(of arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "sqs", !parts[5].isEmpty else { return nil }
        return String(parts[5])
    }

    /// The queue name a queue URL (or bare name) points at.
    static func name(ofURL url: String) -> String {
        var text = Substring(url)
        while text.hasSuffix("/") { text = text.dropLast() }
        if let slash = text.lastIndex(of: "/") { return String(text[text.index(after: slash)...]) }
        return String(text)
    }
}
