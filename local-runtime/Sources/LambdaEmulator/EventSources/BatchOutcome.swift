import Foundation

/// Which messages of a delivered batch are done, following Lambda's rules for partial batch responses.
enum BatchOutcome: Equatable, Sendable {
    /// Delete every message.
    case allSucceeded
    /// Delete all but these message ids.
    case partial(failed: Set<String>)
    /// Delete none: the whole batch reappears after the visibility timeout.
    case allFailed

    /// Reads a successful invocation's response. Without `ReportBatchItemFailures` any success completes
    /// the batch. With it: an empty or null body, or an empty or null list, is complete success; invalid
    /// JSON, an item without a non-empty `itemIdentifier`, or an id not in the batch fails the whole batch.
    static func parse(response: [UInt8], batchIDs: Set<String>, reportsItemFailures: Bool) -> BatchOutcome {
        guard reportsItemFailures else { return .allSucceeded }
        let text = String(decoding: response, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text == "null" { return .allSucceeded }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return .allFailed
        }
        guard let document = object as? [String: Any] else { return .allSucceeded }
        guard let listed = document["batchItemFailures"], !(listed is NSNull) else { return .allSucceeded }
        guard let items = listed as? [Any] else { return .allFailed }
        var failed = Set<String>()
        for item in items {
            guard let entry = item as? [String: Any], let id = entry["itemIdentifier"] as? String, !id.isEmpty,
                batchIDs.contains(id)
            else { return .allFailed }
            failed.insert(id)
        }
        if failed.isEmpty { return .allSucceeded }
        return failed.count == batchIDs.count ? .allFailed : .partial(failed: failed)
    }
}
