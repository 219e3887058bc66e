import Foundation
import GRDB

/// Durable state in SQLite (WAL, synchronous=NORMAL: a committed transaction survives a process kill).
/// Used from the journal's writer thread only, apart from the initial load.
public final class SQLiteStore: DurableStore {
    private let database: DatabaseQueue

    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode=WAL")
            try db.execute(sql: "PRAGMA synchronous=NORMAL")
        }
        database = try DatabaseQueue(path: directory.appendingPathComponent("queues.sqlite").path, configuration: configuration)
        try database.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS queues (
                        name TEXT PRIMARY KEY, attributes TEXT NOT NULL, tags TEXT NOT NULL,
                        created INTEGER NOT NULL, modified INTEGER NOT NULL);
                    CREATE TABLE IF NOT EXISTS messages (
                        seq INTEGER PRIMARY KEY, queue TEXT NOT NULL, message_id TEXT NOT NULL, body TEXT NOT NULL,
                        body_md5 TEXT NOT NULL, attributes TEXT, trace_header TEXT, sent INTEGER NOT NULL,
                        group_id TEXT, dedup_id TEXT, duplicate INTEGER NOT NULL, visible_at INTEGER NOT NULL,
                        receive_count INTEGER NOT NULL, first_receive INTEGER, dlq_source TEXT);
                    CREATE INDEX IF NOT EXISTS messages_by_queue ON messages(queue);
                    """)
        }
    }

    public func load() throws -> StoredState {
        try database.read { db in
            let queues = try Row.fetchAll(db, sql: "SELECT * FROM queues").map { row in
                QueueRow(
                    name: row["name"], attributes: Self.decodeMap(row["attributes"]), tags: Self.decodeMap(row["tags"]),
                    createdTimestamp: row["created"], lastModifiedTimestamp: row["modified"])
            }
            let messages = try Row.fetchAll(db, sql: "SELECT * FROM messages ORDER BY seq").map { row in
                MessageRow(
                    seq: row["seq"], queue: row["queue"], messageId: row["message_id"], body: row["body"],
                    bodyMD5: row["body_md5"], attributesJSON: row["attributes"], traceHeader: row["trace_header"],
                    sentTimestamp: row["sent"], groupId: row["group_id"], deduplicationId: row["dedup_id"],
                    isInjectedDuplicate: row["duplicate"], visibleAt: row["visible_at"], receiveCount: row["receive_count"],
                    firstReceiveTimestamp: row["first_receive"], deadLetterSourceArn: row["dlq_source"])
            }
            return StoredState(queues: queues, messages: messages)
        }
    }

    public func apply(_ batch: [JournalOperation]) throws {
        try database.inTransaction { db in
            for operation in batch {
                try Self.apply(operation, in: db)
            }
            return .commit
        }
    }

    private static func apply(_ operation: JournalOperation, in db: Database) throws {
        switch operation {
        case .putQueue(let queue):
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO queues VALUES (?, ?, ?, ?, ?)").execute(arguments: [
                queue.name, encodeMap(queue.attributes), encodeMap(queue.tags), queue.createdTimestamp,
                queue.lastModifiedTimestamp,
            ])
        case .deleteQueue(let name):
            try db.cachedStatement(sql: "DELETE FROM queues WHERE name = ?").execute(arguments: [name])
            try db.cachedStatement(sql: "DELETE FROM messages WHERE queue = ?").execute(arguments: [name])
        case .insertMessage(let message):
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [
                    message.seq, message.queue, message.messageId, message.body, message.bodyMD5, message.attributesJSON,
                    message.traceHeader, message.sentTimestamp, message.groupId, message.deduplicationId,
                    message.isInjectedDuplicate, message.visibleAt, message.receiveCount, message.firstReceiveTimestamp,
                    message.deadLetterSourceArn,
                ])
        case .updateDelivery(let seq, let visibleAt, let receiveCount, let firstReceive):
            try db.cachedStatement(sql: "UPDATE messages SET visible_at = ?, receive_count = ?, first_receive = ? WHERE seq = ?")
                .execute(arguments: [visibleAt, receiveCount, firstReceive, seq])
        case .moveMessage(let seq, let queue, let visibleAt, let receiveCount, let source):
            try db.cachedStatement(
                sql: "UPDATE messages SET queue = ?, visible_at = ?, receive_count = ?, dlq_source = ? WHERE seq = ?"
            ).execute(arguments: [queue, visibleAt, receiveCount, source, seq])
        case .deleteMessage(let seq):
            try db.cachedStatement(sql: "DELETE FROM messages WHERE seq = ?").execute(arguments: [seq])
        case .purgeQueue(let name):
            try db.cachedStatement(sql: "DELETE FROM messages WHERE queue = ?").execute(arguments: [name])
        }
    }

    private static func encodeMap(_ map: [String: String]) -> String {
        (try? JSONSerialization.data(withJSONObject: map, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func decodeMap(_ text: String) -> [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]) ?? [:]
    }
}
