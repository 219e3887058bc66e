import Foundation
import SQSWire
import Testing

@Suite struct MessageDigestTests {
    @Test func bodyDigestIsHexMD5() {
        #expect(MessageDigest.md5(ofBody: "hi") == "49f68a5c8493ec2c0bf489821c21fc3b")
    }

    @Test(arguments: [
        (["attribName1": MessageAttributeValue(dataType: "String", stringValue: "attribValue 1")], "19e27d4e946b072f3f58da80d94fd778"),
        (["customNumberTypeAttrib": MessageAttributeValue(dataType: "Number.float", stringValue: "4563442423554324324264524243.32543234")],
         "9fe1b90bbd9965bdf77bac517c7d2495"),
        (["binaryAttribute": MessageAttributeValue(dataType: "Binary", binaryValue: Data("Hello binary world!".utf8))],
         "31a92b15d92f8db860eda32aceb656c3"),
        (["timestamp": MessageAttributeValue(dataType: "Number", stringValue: "1493147359900")], "235c5c510d26fb653d073faed50ae77c"),
    ])
    func attributeDigestMatchesAWS(attributes: [String: MessageAttributeValue], expected: String) {
        #expect(MessageDigest.md5(ofAttributes: attributes) == expected)
    }

    @Test func allThreeSortedByName() {
        let attributes = [
            "attribName1": MessageAttributeValue(dataType: "String", stringValue: "attribValue 1"),
            "customNumberTypeAttrib": MessageAttributeValue(dataType: "Number.float", stringValue: "4563442423554324324264524243.32543234"),
            "binaryAttribute": MessageAttributeValue(dataType: "Binary", binaryValue: Data("Hello binary world!".utf8)),
        ]
        #expect(MessageDigest.md5(ofAttributes: attributes) == "c932db14a896c663f83c260297d594ff")
        #expect(MessageDigest.md5(ofAttributes: [:]) == nil)
    }

    @Test func errorCodesCarryLegacyCodeAndStatus() {
        #expect(SQSErrorCode.queueDoesNotExist.jsonType == "com.amazonaws.sqs#QueueDoesNotExist")
        #expect(SQSErrorCode.queueDoesNotExist.queryErrorHeader == "AWS.SimpleQueueService.NonExistentQueue;Sender")
        #expect(SQSErrorCode.purgeQueueInProgress.status == 403)
        #expect(SQSErrorCode.resourceNotFound.status == 404)
        #expect(SQSAction.allCases.count == 23)
    }
}
