/// Leases that bound how many event streams are open, per teacher and in all.
package protocol StreamLeasing: Sendable {
    /// Takes a lease on one event stream for `lifetime` (plus a margin) when the teacher has fewer than
    /// `perTeacher` streams open and all teachers together fewer than `total`, atomically.
    func acquireStream(teacher: String, lease: String, lifetime: Duration, perTeacher: Int, total: Int, nowMilliseconds: Int64)
        async throws -> StreamAdmission
    /// Gives the lease's place back (the stream ended).
    func releaseStream(teacher: String, lease: String) async throws
}

extension StreamLeasing {
    /// How much longer than the stream's lifetime a lease lives: a stream that ends without releasing
    /// it (its process killed) frees its place this soon after it would have ended anyway.
    static var leaseMargin: Duration { .seconds(5) }
}
