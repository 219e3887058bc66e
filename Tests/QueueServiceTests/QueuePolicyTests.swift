import Foundation
import SQSWire
import Testing

@testable import QueueService

/// The Policy document AddPermission and RemovePermission edit.
@Suite struct QueuePolicyTests {
    private let arn = "arn:aws:sqs:us-east-1:123456789012:q"

    private func object(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func firstPermissionMakesTheDefaultDocument() throws {
        let policy = try object(try QueuePolicy.adding(label: "l", accounts: ["111122223333"], actions: ["SendMessage"], to: nil, queueArn: arn))
        #expect(policy["Version"] as? String == "2008-10-17")
        #expect(policy["Id"] as? String == "\(arn)/SQSDefaultPolicy")
        let statement = try #require((policy["Statement"] as? [[String: Any]])?.first)
        #expect(statement["Sid"] as? String == "l")
        #expect(statement["Action"] as? String == "SQS:SendMessage")
        #expect((statement["Principal"] as? [String: Any])?["AWS"] as? String == "arn:aws:iam::111122223333:root")
        #expect(statement["Resource"] as? String == arn)
    }

    @Test func labelsAreUniqueAndRemovingTheLastDropsThePolicy() throws {
        let one = try QueuePolicy.adding(label: "l", accounts: ["111122223333"], actions: ["*"], to: nil, queueArn: arn)
        #expect(throws: SQSError.invalidValue("l", for: "Label", reason: "Already exists.")) {
            try QueuePolicy.adding(label: "l", accounts: ["111122223333"], actions: ["*"], to: one, queueArn: arn)
        }
        #expect(try QueuePolicy.removing(label: "l", from: one) == nil)
        #expect(throws: SQSError.invalidValue("m", for: "Label", reason: "can't find label.")) { try QueuePolicy.removing(label: "m", from: one) }
        #expect(throws: SQSError.invalidValue("m", for: "Label", reason: "can't find label.")) { try QueuePolicy.removing(label: "m", from: nil) }
    }

    @Test func checksNameWhatIsWrong() {
        #expect(throws: SQSError.missing("Actions")) { try QueuePolicy.checkPermission(label: "l", accounts: ["111122223333"], actions: []) }
        #expect(throws: SQSError(.overLimit, "8 Actions were found, maximum allowed is 7.")) {
            try QueuePolicy.checkPermission(label: "l", accounts: ["111122223333"], actions: Array(repeating: "SendMessage", count: 8))
        }
        #expect(throws: SQSError.self) { try QueuePolicy.checkPermission(label: String(repeating: "x", count: 81), accounts: ["111122223333"], actions: ["*"]) }
        #expect(throws: SQSError.self) { try QueuePolicy.checkPermission(label: "l", accounts: ["1"], actions: ["*"]) }
    }
}
