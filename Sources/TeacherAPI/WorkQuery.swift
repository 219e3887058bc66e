import TaskStore

/// `GET /v1/tasks` and `GET /v1/batches`: `limit` (1–100, default 20) and `cursor`, the `nextCursor`
/// of the page before (`<milliseconds>.<id>`).
struct WorkQuery {
    static let parameters = ["cursor", "limit"]
    static let defaultLimit = 20
    static let maximumLimit = 100

    let limit: Int
    let cursor: WorkPage.Cursor?

    init(_ query: [String: String]) throws(APIError) {
        try QueryParameters.require(query, only: Self.parameters)
        if let text = query["limit"] {
            guard let limit = QueryParameters.wholeNumber(text), (1...Self.maximumLimit).contains(limit) else {
                throw .invalid("limit", "limit must be a whole number from 1 to \(Self.maximumLimit)")
            }
            self.limit = limit
        } else {
            limit = Self.defaultLimit
        }
        if let text = query["cursor"] {
            let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let milliseconds = QueryParameters.wholeNumber(parts[0], digits: 18), parts[1].count <= 64,
                  !parts[1].isEmpty, parts[1].allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
            else { throw .invalid("cursor", "cursor must be the nextCursor of an earlier page") }
            cursor = WorkPage.Cursor(createdAtMilliseconds: Int64(milliseconds), id: parts[1])
        } else {
            cursor = nil
        }
    }

    static func text(_ cursor: WorkPage.Cursor?) -> String? {
        cursor.map { "\($0.createdAtMilliseconds).\($0.id)" }
    }
}
