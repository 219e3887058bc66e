import Foundation
import Testing

@testable import QueueService

@Suite("The queue database keeps nothing of a deleted message")
struct SQLiteErasureTests {
    @Test func aDeletedMessageLeavesNoBytesInTheDatabaseOrItsWAL() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-erasure-\(RandomIdentifier.make())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = "ERASE-ME-\(RandomIdentifier.make())"
        let store = try SQLiteStore(directory: directory)
        try store.apply([.insertMessage(MessageRow(
            seq: 1, queue: "q", messageId: "m", body: marker, bodyMD5: "", attributesJSON: nil, traceHeader: nil, sentTimestamp: 0,
            groupId: nil, deduplicationId: nil, isInjectedDuplicate: false, visibleAt: 0, receiveCount: 0, firstReceiveTimestamp: nil,
            deadLetterSourceArn: nil))])
        #expect(try Self.filesContain(directory, marker), "the marker must be on disk before the delete for the test to mean anything")

        try store.apply([.deleteMessage(seq: 1)])
        try store.checkpoint()
        #expect(try Self.filesContain(directory, marker) == false)
        let wal = directory.appendingPathComponent("queues.sqlite-wal")
        #expect(((try? FileManager.default.attributesOfItem(atPath: wal.path)[.size] as? Int) ?? 0) == 0)
    }

    static func filesContain(_ directory: URL, _ marker: String) throws -> Bool {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil).contains { file in
            (try? Data(contentsOf: file))?.range(of: Data(marker.utf8)) != nil
        }
    }
}
