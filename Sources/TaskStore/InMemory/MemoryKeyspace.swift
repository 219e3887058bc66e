/// The in-memory store's keys with their lifetimes, read at one instant (`now`): a key whose expiry
/// has passed is gone, as in Redis. Sorted sets and sets that become empty are removed, as Redis
/// removes them.
struct MemoryKeyspace: Sendable {
    private var values: [String: (value: MemoryValue, expiresAt: Int64?)] = [:]
    /// The instant every read and write of one operation sees (epoch milliseconds).
    var now: Int64 = 0

    func value(_ key: String) -> MemoryValue? {
        guard let stored = values[key], stored.expiresAt.map({ $0 > now }) ?? true else { return nil }
        return stored.value
    }

    func exists(_ key: String) -> Bool { value(key) != nil }

    /// Milliseconds until the key expires (Redis `PTTL`): nil when there is no such key, -1 when it
    /// never expires.
    func remainingMilliseconds(_ key: String) -> Int64? {
        guard value(key) != nil else { return nil }
        return values[key]?.expiresAt.map { $0 - now } ?? -1
    }

    /// Writes `value` to expire after `lifetime` milliseconds (`SET … PX`, or a write followed by `PEXPIRE`).
    mutating func set(_ key: String, _ value: MemoryValue, lifetimeMilliseconds lifetime: Int64) {
        values[key] = (value, now + lifetime)
    }

    /// Writes `value` keeping the key's lifetime; a new key gets none until `expire` (Redis `HSET`,
    /// `ZADD`, `INCR` on their own). An empty set or sorted set removes the key.
    mutating func update(_ key: String, _ value: MemoryValue) {
        switch value {
        case .scores(let scores) where scores.isEmpty: values[key] = nil
        case .members(let members) where members.isEmpty: values[key] = nil
        default: values[key] = (value, exists(key) ? values[key]?.expiresAt : nil)
        }
    }

    /// `PEXPIRE`: false when there is no such key.
    @discardableResult
    mutating func expire(_ key: String, afterMilliseconds lifetime: Int64) -> Bool {
        guard let stored = values[key], exists(key) else { return false }
        values[key] = (stored.value, now + lifetime)
        return true
    }

    /// `DEL`: false when there was no such key.
    @discardableResult
    mutating func remove(_ key: String) -> Bool {
        let existed = exists(key)
        values[key] = nil
        return existed
    }

    /// Forgets keys whose expiry has passed, so memory holds no student text past its retention.
    mutating func dropExpired() {
        values = values.filter { $0.value.expiresAt.map { $0 > now } ?? true }
    }

    /// Every key not yet expired, sorted.
    var liveKeys: [String] {
        values.keys.filter { exists($0) }.sorted()
    }

    // MARK: typed reads

    func string(_ key: String) -> String? {
        if case .string(let text)? = value(key) { text } else { nil }
    }

    func scores(_ key: String) -> [String: Double] {
        if case .scores(let scores)? = value(key) { scores } else { [:] }
    }

    /// Members by score then member, lowest first (`ZRANGE`).
    func ascending(_ key: String) -> [(member: String, score: Double)] {
        scores(key).map { (member: $0.key, score: $0.value) }.sorted { ($0.score, $0.member) < ($1.score, $1.member) }
    }

    /// Members by score then member, highest first (`ZREVRANGE`).
    func descending(_ key: String) -> [(member: String, score: Double)] {
        ascending(key).reversed()
    }

    func task(_ id: String) -> TaskRecord? {
        if case .task(let task)? = value(TaskKeys.task(id)) { task } else { nil }
    }

    func batch(_ id: String) -> BatchRecord? {
        if case .batch(let batch)? = value(TaskKeys.batch(id)) { batch } else { nil }
    }

    func events(_ key: String) -> EventLogValue {
        if case .events(let log)? = value(key) { log } else { EventLogValue() }
    }

    /// Stream keys appended to in this operation: whose waiting readers to wake.
    var appendedStreams: Set<String> = []

    /// `XADD key MAXLEN ~ maximum * …` then `PEXPIRE key lifetime`; the entry's id.
    mutating func appendEvent(_ event: TaskEvent, to key: String, maximum: Int, lifetimeMilliseconds: Int64) -> String {
        var log = events(key)
        let id = log.append(event, now: now, maximum: maximum)
        set(key, .events(log), lifetimeMilliseconds: lifetimeMilliseconds)
        appendedStreams.insert(key)
        return id.description
    }

    /// Delete wins: a write to a task whose tombstone is set writes nothing (`RedisScripts.guarded`).
    func checkNotDeleted(_ taskID: String) throws(TaskDeleted) {
        if exists(TaskKeys.tombstone(taskID)) { throw TaskDeleted(taskID: taskID) }
    }

    // MARK: sorted-set writes

    mutating func addScore(_ key: String, member: String, score: Double) {
        var scores = scores(key)
        scores[member] = score
        update(key, .scores(scores))
    }

    mutating func removeScore(_ key: String, member: String) {
        var scores = scores(key)
        guard scores.removeValue(forKey: member) != nil else { return }
        update(key, .scores(scores))
    }
}
