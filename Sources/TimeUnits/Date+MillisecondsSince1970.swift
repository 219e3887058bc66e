import Foundation

extension Date {
    /// Milliseconds since the Unix epoch, rounded down: the timestamps the task store, its streams and
    /// the API's cursors are kept in.
    package var millisecondsSince1970: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded(.down))
    }

    package init(millisecondsSince1970 milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
