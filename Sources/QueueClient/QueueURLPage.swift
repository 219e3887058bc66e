/// One page of a paginated queue listing; `nextToken` asks for the next.
package struct QueueURLPage: Sendable, Equatable {
    package var queueURLs: [String]
    package var nextToken: String?
}
