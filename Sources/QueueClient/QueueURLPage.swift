/// One page of a paginated queue listing; `nextToken` asks for the next.
public struct QueueURLPage: Sendable, Equatable {
    public var queueURLs: [String]
    public var nextToken: String?
}
