/// The task hash `task:<id>`: what the teacher asked for and where the task stands.
package struct TaskRecord: Sendable, Equatable {
    package var id: String
    package var status: TaskStatus
    /// The request as the pipeline serialised it (JSON); opaque to the store. Personal data.
    package var requestJSON: String
    package var createdAtMilliseconds: Int64
    package var versionCount: Int
    package var failureReason: String?
    /// The teacher the task belongs to; nobody else may read, stream or delete it.
    package var owner: String?
    /// The batch the task is a student of, if any: its events are also written to the batch's stream.
    package var batchID: String?

    package init(
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

package enum TaskStatus: String, Sendable, Codable, CaseIterable {
    case queued
    case running
    case completed
    case failed
}
