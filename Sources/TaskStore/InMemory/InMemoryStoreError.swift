/// What the in-memory store refuses, in the words Redis would have used.
package enum InMemoryStoreError: Error, Equatable, CustomStringConvertible {
    /// An event id to read after that is no stream id.
    case invalidStreamID(String)

    package var description: String {
        switch self {
        case .invalidStreamID(let text): "invalid stream id \"\(text)\": expected <milliseconds>-<sequence>"
        }
    }
}
