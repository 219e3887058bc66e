/// The `/v1` resources and the methods each accepts.
enum Route: Equatable {
    case sections
    case engine
    case check
    case tasks
    case task(String)
    case events(String)
    case choice(String)
    case batches
    case batch(String)
    case batchExport(String)
    case batchEvents(String)
    case unknown

    /// `segments` is the path after `/v1`.
    init(_ segments: [String]) {
        switch segments.count {
        case 1 where segments[0] == "sections": self = .sections
        case 1 where segments[0] == "engine": self = .engine
        case 1 where segments[0] == "check": self = .check
        case 1 where segments[0] == "tasks": self = .tasks
        case 2 where segments[0] == "tasks": self = .task(segments[1])
        case 3 where segments[0] == "tasks" && segments[2] == "events": self = .events(segments[1])
        case 3 where segments[0] == "tasks" && segments[2] == "choice": self = .choice(segments[1])
        case 1 where segments[0] == "batches": self = .batches
        case 2 where segments[0] == "batches": self = .batch(segments[1])
        case 3 where segments[0] == "batches" && segments[2] == "export": self = .batchExport(segments[1])
        case 3 where segments[0] == "batches" && segments[2] == "events": self = .batchEvents(segments[1])
        default: self = .unknown
        }
    }

    var methods: [String] {
        switch self {
        case .sections, .engine, .events, .batchExport, .batchEvents: ["GET"]
        case .check: ["POST"]
        case .choice: ["PUT"]
        case .tasks, .batches: ["GET", "POST"]
        case .task, .batch: ["GET", "DELETE"]
        case .unknown: []
        }
    }
}
