import Foundation
import SQSWire

/// The queue's `Policy` attribute as AddPermission and RemovePermission edit it: each permission is one
/// statement, its label the statement's `Sid`, granting the named accounts the named actions on the queue.
/// A policy set with SetQueueAttributes is edited in place, its other statements kept.
enum QueuePolicy {
    /// Actions SQS lets a queue owner grant to other accounts; the rest only the owner may call.
    static let grantableActions: Set<String> = [
        "*", "ChangeMessageVisibility", "DeleteMessage", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues",
        "PurgeQueue", "ReceiveMessage", "SendMessage",
    ]
    /// SQS allows at most this many actions in one statement.
    static let maxActions = 7

    /// Checks AddPermission's members in the order SQS reports them.
    static func checkPermission(label: String, accounts: [String], actions: [String]) throws(SQSError) {
        try checkLabel(label)
        guard !actions.isEmpty else { throw .missing("Actions") }
        guard !accounts.isEmpty else {
            throw SQSError(.invalidParameterValue, "Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.")
        }
        if let account = accounts.first(where: { $0.utf8.count != 12 || !$0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            throw SQSError(.invalidParameterValue, "Value [\(account)] for parameter PrincipalId is invalid. Reason: Unable to verify.")
        }
        guard actions.count <= maxActions else {
            throw SQSError(.overLimit, "\(actions.count) Actions were found, maximum allowed is \(maxActions).")
        }
        if let action = actions.first(where: { !grantableActions.contains($0) }) {
            throw SQSError.invalidValue("SQS:\(action)", for: "ActionName", reason: "Only the queue owner is allowed to invoke this action.")
        }
    }

    /// A label: 1 to 80 alphanumeric characters, hyphens or underscores.
    static func checkLabel(_ label: String) throws(SQSError) {
        guard (1...80).contains(label.utf8.count),
            label.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5a) || ($0 >= 0x61 && $0 <= 0x7a) || $0 == 0x2d || $0 == 0x5f })
        else {
            throw SQSError.invalidValue(label, for: "Label", reason: "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.")
        }
    }

    /// Whether a Policy value given to SetQueueAttributes is a JSON object, as SQS requires.
    static func isDocument(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any]
    }

    /// The policy with a statement for `label` added; a queue without a policy gets SQS's default document.
    static func adding(label: String, accounts: [String], actions: [String], to policy: String?, queueArn: String) throws(SQSError) -> String {
        var document = try parse(policy) ?? ["Version": "2008-10-17", "Id": "\(queueArn)/SQSDefaultPolicy", "Statement": [Any]()]
        var statements = document["Statement"] as? [Any] ?? []
        if statements.contains(where: { ($0 as? [String: Any])?["Sid"] as? String == label }) {
            throw SQSError.invalidValue(label, for: "Label", reason: "Already exists.")
        }
        // One principal or action is written as a string, several as a list, as SQS writes them.
        let principals = accounts.map { "arn:aws:iam::\($0):root" }
        let granted = actions.map { "SQS:\($0)" }
        statements.append([
            "Sid": label, "Effect": "Allow",
            "Principal": ["AWS": principals.count == 1 ? principals[0] as Any : principals as Any],
            "Action": granted.count == 1 ? granted[0] as Any : granted as Any,
            "Resource": queueArn,
        ] as [String: Any])
        document["Statement"] = statements
        return serialize(document)
    }

    /// The policy without the statement for `label`; nil once no statement is left, as SQS then drops the attribute.
    static func removing(label: String, from policy: String?) throws(SQSError) -> String? {
        guard var document = try parse(policy), let statements = document["Statement"] as? [Any] else {
            throw SQSError.invalidValue(label, for: "Label", reason: "can't find label.")
        }
        let kept = statements.filter { ($0 as? [String: Any])?["Sid"] as? String != label }
        guard kept.count < statements.count else { throw SQSError.invalidValue(label, for: "Label", reason: "can't find label.") }
        guard !kept.isEmpty else { return nil }
        document["Statement"] = kept
        return serialize(document)
    }

    private static func parse(_ policy: String?) throws(SQSError) -> [String: Any]? {
        guard let policy, !policy.isEmpty else { return nil }
        guard let document = (try? JSONSerialization.jsonObject(with: Data(policy.utf8))) as? [String: Any] else {
            throw SQSError(.invalidAttributeValue, "Invalid value for the parameter Policy.")
        }
        return document
    }

    private static func serialize(_ document: [String: Any]) -> String {
        // A document built from parsed JSON and strings always serializes.
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
