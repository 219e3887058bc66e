import TaskStore

/// One event stream's place among the teacher's and all teachers' streams, taken before the stream
/// opens and given back when it ends however it ends; one never given back (the process killed)
/// expires shortly after the stream's lifetime.
struct StreamLease: Sendable {
    let store: any StreamLeasing
    let teacher: String
    let id: String

    /// Gives the place back. A failure only delays that until the lease expires, so it is not the
    /// client's error: the stream has already been answered.
    func release() async {
        try? await store.releaseStream(teacher: teacher, lease: id)
    }
}
