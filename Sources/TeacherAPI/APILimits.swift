/// Per-teacher limits, so one account cannot crowd out a whole school at the end of a semester, and
/// the bound on event streams, so streams cannot take every api environment.
package struct APILimits: Sendable, Equatable {
    package var requestsPerMinute: Int
    package var tasksInFlight: Int
    /// How long one event stream may stay open before the client reconnects. On Lambda a client that
    /// went away cannot be noticed, so this is also how long a forgotten stream holds its place.
    package var streamLifetime: Duration
    package var heartbeat: Duration
    /// How long a task may stay queued or running before the watchdog settles it (`TaskWatchdog`).
    package var taskDeadline: Duration
    /// Event streams one teacher may have open at once.
    package var streamsPerTeacher: Int
    /// Event streams all teachers together may have open: each holds an api environment while open,
    /// so this stays below the function's concurrency and the rest always answer other calls.
    package var streamsInTotal: Int

    package init(
        requestsPerMinute: Int = 120, tasksInFlight: Int = 20, streamLifetime: Duration = .seconds(20), heartbeat: Duration = .seconds(15),
        taskDeadline: Duration = .seconds(3600), streamsPerTeacher: Int = 3, streamsInTotal: Int = Self.streams(apiConcurrency: 100)
    ) {
        self.requestsPerMinute = requestsPerMinute
        self.tasksInFlight = tasksInFlight
        self.streamLifetime = streamLifetime
        self.heartbeat = heartbeat
        self.taskDeadline = taskDeadline
        self.streamsPerTeacher = streamsPerTeacher
        self.streamsInTotal = streamsInTotal
    }

    /// The streams `percent` of the api function's environments may hold (three quarters by default),
    /// never all of them while it has more than one.
    package static func streams(apiConcurrency: Int, percent: Int = 75) -> Int {
        min(apiConcurrency * min(max(percent, 0), 100) / 100, apiConcurrency - 1)
    }

    package static func fromEnvironment(_ environment: [String: String]) -> APILimits {
        func positive(_ name: String) -> Int? { environment[name].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } }
        var limits = APILimits()
        if let value = positive("RECORDLINE_RATE_LIMIT_PER_MINUTE") { limits.requestsPerMinute = value }
        if let value = positive("RECORDLINE_MAX_TASKS_IN_FLIGHT") { limits.tasksInFlight = value }
        if let value = positive("RECORDLINE_STREAM_SECONDS") { limits.streamLifetime = .seconds(value) }
        if let value = positive("RECORDLINE_TASK_DEADLINE_SECONDS") { limits.taskDeadline = .seconds(value) }
        if let value = positive("RECORDLINE_MAX_STREAMS_PER_TEACHER") { limits.streamsPerTeacher = value }
        if let concurrency = positive("RECORDLINE_API_CONCURRENCY") {
            limits.streamsInTotal = streams(apiConcurrency: concurrency, percent: positive("RECORDLINE_STREAM_PERCENT") ?? 75)
        }
        return limits
    }
}
