/// The task hash `task:<id>`: what the teacher asked for and where the task stands.
public struct TaskRecord: Sendable, Equatable {
    public var id: String
    public var status: TaskStatus
    /// The request as the pipeline serialised it (JSON); opaque to the store. Personal data.
    public var requestJSON: String
    public var createdAtMilliseconds: Int64
    public var versionCount: Int
    public var failureReason: String?
    /// The teacher the task belongs to; nobody else may read, stream or delete it.
    public var owner: String?
    /// The batch the task is a student of, if any: its events are also written to the batch's stream.
    public var batchID: String?

    public init(
        id: String,
        status: TaskStatus = .queued,
        requestJSON: String,
        createdAtMilliseconds: Int64,
        versionCount: Int = 3,
        failureReason: String? = nil,
        owner: String? = nil,
        batchID: String? = nil
    ) {
        self.id = id
        self.status = status
        self.requestJSON = requestJSON
        self.createdAtMilliseconds = createdAtMilliseconds
        self.versionCount = versionCount
        self.failureReason = failureReason
        self.owner = owner
        self.batchID = batchID
    }
}

public enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case queued
    case running
    case completed
    case failed
}
