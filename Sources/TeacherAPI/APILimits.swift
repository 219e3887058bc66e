/// Per-teacher limits, so one account cannot crowd out a whole school at the end of a semester.
public struct APILimits: Sendable, Equatable {
    public var requestsPerMinute: Int
    public var tasksInFlight: Int
    /// How long one event stream may stay open before the client reconnects.
    public var streamLifetime: Duration
    public var heartbeat: Duration
    /// How long a task may stay queued or running before the watchdog settles it (`TaskWatchdog`).
    public var taskDeadline: Duration

    public init(
        requestsPerMinute: Int = 120, tasksInFlight: Int = 20, streamLifetime: Duration = .seconds(300), heartbeat: Duration = .seconds(15),
        taskDeadline: Duration = .seconds(3600)
    ) {
        self.requestsPerMinute = requestsPerMinute
        self.tasksInFlight = tasksInFlight
        self.streamLifetime = streamLifetime
        self.heartbeat = heartbeat
        self.taskDeadline = taskDeadline
    }

    public static func fromEnvironment(_ environment: [String: String]) -> APILimits {
        var limits = APILimits()
        if let value = environment["RECORDLINE_RATE_LIMIT_PER_MINUTE"].flatMap(Int.init), value > 0 { limits.requestsPerMinute = value }
        if let value = environment["RECORDLINE_MAX_TASKS_IN_FLIGHT"].flatMap(Int.init), value > 0 { limits.tasksInFlight = value }
        if let value = environment["RECORDLINE_STREAM_SECONDS"].flatMap(Int.init), value > 0 { limits.streamLifetime = .seconds(value) }
        if let value = environment["RECORDLINE_TASK_DEADLINE_SECONDS"].flatMap(Int.init), value > 0 { limits.taskDeadline = .seconds(value) }
        return limits
    }
}
