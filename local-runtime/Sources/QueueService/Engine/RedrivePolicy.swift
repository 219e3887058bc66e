import Foundation
import SQSWire

/// `RedrivePolicy`: where a message goes after `maxReceiveCount` receives without a delete.
struct RedrivePolicy: Equatable {
    let deadLetterTargetArn: String
    let maxReceiveCount: Int

    /// Parses a stored (already validated) policy.
    init?(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let arn = object["deadLetterTargetArn"] as? String,
            let count = Self.integer(object["maxReceiveCount"])
        else { return nil }
        self.deadLetterTargetArn = arn
        self.maxReceiveCount = count
    }

    /// The form SQS returns: `maxReceiveCount` as a number.
    var canonicalJSON: String {
        let escapedArn = deadLetterTargetArn.replacingOccurrences(of: "\"", with: "\\\"")
        return "{\"deadLetterTargetArn\":\"\(escapedArn)\",\"maxReceiveCount\":\(maxReceiveCount)}"
    }

    /// Validates a policy a caller sets; the dead-letter queue must exist and be of the same type.
    static func validate(_ json: String, queueExists: (String) -> Bool?) throws(SQSError) {
        let reason = { (text: String) in
            SQSError(.invalidParameterValue, "Value \(json) for parameter RedrivePolicy is invalid. Reason: \(text)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw reason("Redrive policy is not a valid JSON map.")
        }
        guard let arn = object["deadLetterTargetArn"] as? String else {
            throw reason("Redrive policy does not contain mandatory attribute: deadLetterTargetArn.")
        }
        guard object["maxReceiveCount"] != nil else {
            throw reason("Redrive policy does not contain mandatory attribute: maxReceiveCount.")
        }
        guard let count = integer(object["maxReceiveCount"]), (1...1000).contains(count) else {
            throw reason("Invalid value for maxReceiveCount: \(object["maxReceiveCount"].map { "\($0)" } ?? ""), valid values are from 1 to 1000 both inclusive.")
        }
        guard let name = QueueArn.name(of: arn) else {
            throw reason("Invalid value for deadLetterTargetArn.")
        }
        guard let matchesType = queueExists(name) else {
            throw reason("Dead letter target does not exist.")
        }
        guard matchesType else {
            throw reason("Dead-letter target owner queue must be of the same type as the source queue.")
        }
    }

    private static func integer(_ value: Any?) -> Int? {
        if let number = value as? Int { return number }
        if let text = value as? String { return Int(text) }
        return nil
    }
}
