import Foundation
import GRDB
import Synchronization

/// Durable state in SQLite (WAL, synchronous=NORMAL: a committed transaction survives a process kill).
/// The journal applies one batch at a time, apart from the initial load; the checkpoint clock is the only
/// state of its own, behind a `Mutex` because successive batches may be written from different threads.
///
/// A deleted message leaves nothing readable behind: `secure_delete` overwrites its rows with zeros,
/// and the WAL, which holds every page a transaction wrote, is checkpointed into the database and
/// truncated to nothing by the first write `checkpointInterval` or more after the last checkpoint
/// (the default autocheckpoint let it grow to 64 MiB and never shrink).
package final class SQLiteStore: DurableStore {
    private let database: DatabaseQueue
    private let lastCheckpoint = Mutex(ContinuousClock.now)
    static let checkpointInterval: Duration = .seconds(1)

    package init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // One server owns a data directory: an exclusive lock keeps a second one out and spares the
            // file-lock system calls of every transaction.
            try db.execute(sql: "PRAGMA locking_mode=EXCLUSIVE")
            try db.execute(sql: "PRAGMA journal_mode=WAL")
            try db.execute(sql: "PRAGMA synchronous=NORMAL")
            // Messages are inserted and deleted within seconds: a longer WAL lets a checkpoint write each page
            // once for many transactions instead of once per few.
            try db.execute(sql: "PRAGMA wal_autocheckpoint=16384")
            try db.execute(sql: "PRAGMA secure_delete=ON")
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
                    DROP INDEX IF EXISTS messages_by_queue;
                    """)
        }
    }

    package func load() throws -> StoredState {
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

    package func apply(_ batch: [JournalOperation]) throws {
        try database.inTransaction { db in
            var index = 0
            while index < batch.count {
                index = try Self.applyRun(batch, from: index, in: db)
            }
            return .commit
        }
        let due = lastCheckpoint.withLock { last in
            guard ContinuousClock.now - last >= Self.checkpointInterval else { return false }
            last = .now
            return true
        }
        if due { try checkpoint() }
    }

    /// Copies the WAL into the database and truncates it, so pages of deleted messages do not linger in it.
    package func checkpoint() throws {
        try database.writeWithoutTransaction { db in
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Applies the operation at `start`, folding the run of same-kind message operations that follows it
    /// into one multi-row statement (a batch of ten sends is one INSERT). Returns where the next run begins.
    private static func applyRun(_ batch: [JournalOperation], from start: Int, in db: Database) throws -> Int {
        var end = start + 1
        switch batch[start] {
        case .insertMessage:
            var rows: [MessageRow] = []
            while end <= batch.count, rows.count < 50, case .insertMessage(let row) = batch[end - 1] {
                rows.append(row)
                end += 1
            }
            let placeholders = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows.count).joined(separator: ", ")
            var arguments = StatementArguments()
            for row in rows {
                arguments += [
                    row.seq, row.queue, row.messageId, row.body, row.bodyMD5, row.attributesJSON, row.traceHeader,
                    row.sentTimestamp, row.groupId, row.deduplicationId, row.isInjectedDuplicate, row.visibleAt,
                    row.receiveCount, row.firstReceiveTimestamp, row.deadLetterSourceArn,
                ]
            }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO messages VALUES \(placeholders)").execute(arguments: arguments)
            return end - 1
        case .deleteMessage:
            var seqs: [Int64] = []
            while end <= batch.count, seqs.count < 100, case .deleteMessage(let seq) = batch[end - 1] {
                seqs.append(seq)
                end += 1
            }
            let placeholders = Array(repeating: "?", count: seqs.count).joined(separator: ", ")
            try db.cachedStatement(sql: "DELETE FROM messages WHERE seq IN (\(placeholders))").execute(arguments: StatementArguments(seqs))
            return end - 1
        case .updateDelivery:
            var arguments = StatementArguments()
            var count = 0
            while end <= batch.count, count < 100,
                case .updateDelivery(let seq, let visibleAt, let receiveCount, let firstReceive) = batch[end - 1]
            {
                arguments += [seq, visibleAt, receiveCount, firstReceive]
                count += 1
                end += 1
            }
            let values = Array(repeating: "(?, ?, ?, ?)", count: count).joined(separator: ", ")
            try db.cachedStatement(
                sql: """
                    UPDATE messages SET visible_at = v.column2, receive_count = v.column3, first_receive = v.column4
                    FROM (VALUES \(values)) AS v WHERE messages.seq = v.column1
                    """
            ).execute(arguments: arguments)
            return end - 1
        case .putQueue(let queue):
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO queues VALUES (?, ?, ?, ?, ?)").execute(arguments: [
                queue.name, encodeMap(queue.attributes), encodeMap(queue.tags), queue.createdTimestamp,
                queue.lastModifiedTimestamp,
            ])
        case .deleteQueue(let name):
            try db.cachedStatement(sql: "DELETE FROM queues WHERE name = ?").execute(arguments: [name])
            try db.cachedStatement(sql: "DELETE FROM messages WHERE queue = ?").execute(arguments: [name])
        case .moveMessage(let seq, let queue, let visibleAt, let receiveCount, let source):
            try db.cachedStatement(
                sql: "UPDATE messages SET queue = ?, visible_at = ?, receive_count = ?, dlq_source = ? WHERE seq = ?"
            ).execute(arguments: [queue, visibleAt, receiveCount, source, seq])
        case .purgeQueue(let name):
            try db.cachedStatement(sql: "DELETE FROM messages WHERE queue = ?").execute(arguments: [name])
        }
        return end
    }

    private static func encodeMap(_ map: [String: String]) -> String {
        (try? JSONSerialization.data(withJSONObject: map, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func decodeMap(_ text: String) -> [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]) ?? [:]
    }
}
