import Foundation
import SQSWire

/// `RedriveAllowPolicy` on a dead-letter queue: which source queues may use it.
struct RedriveAllowPolicy {
    let permission: String
    let sourceQueueArns: [String]

    init?(json: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let permission = object["redrivePermission"] as? String
        else { return nil }
        self.permission = permission
        self.sourceQueueArns = object["sourceQueueArns"] as? [String] ?? []
    }

    func allows(sourceArn: String) -> Bool {
        switch permission {
        case "denyAll": false
        case "byQueue": sourceQueueArns.contains(sourceArn)
        default: true
        }
    }

    static func validate(_ json: String) throws(SQSError) {
        let invalid = SQSError(.invalidAttributeValue, "Invalid value for the parameter RedriveAllowPolicy. Reason: Amazon SQS can't create the redrive allow policy, as it’s in an unsupported format.")
        guard let policy = RedriveAllowPolicy(json: json) else { throw invalid }
        switch policy.permission {
        case "allowAll", "denyAll":
            guard policy.sourceQueueArns.isEmpty else { throw invalid }
        case "byQueue":
            guard (1...10).contains(policy.sourceQueueArns.count) else { throw invalid }
        default:
            throw invalid
        }
    }
}
