import SQSWire

/// The checks every batch action applies to its entries, and the shape of its result.
enum BatchEntries {
    /// `action` names the entry type in the empty-batch error, as SQS does (`SendMessageBatchRequestEntry`).
    static func check(_ entries: [RequestParameters]?, action: String) throws(SQSError) -> [RequestParameters] {
        guard let entries, !entries.isEmpty else {
            throw SQSError(.emptyBatchRequest, "There should be at least one \(action)RequestEntry in the request.")
        }
        guard entries.count <= 10 else {
            throw SQSError(.tooManyEntriesInBatchRequest, "Maximum number of entries per request are 10. You have sent \(entries.count).")
        }
        var seen = Set<String>()
        for entry in entries {
            let id = try entry.requiredString("Id")
            guard (1...80).contains(id.utf8.count),
                id.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5a) || ($0 >= 0x61 && $0 <= 0x7a) || $0 == 0x2d || $0 == 0x5f })
            else {
                throw SQSError(.invalidBatchEntryId, "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.")
            }
            guard seen.insert(id).inserted else {
                throw SQSError(.batchEntryIdsNotDistinct, "Id \(id) repeated.")
            }
        }
        return entries
    }

    /// SQS words an entry's validation failure differently from the same failure of a single request.
    private static func batchWording(_ message: String) -> String {
        let single = "One or more parameters are invalid."
        guard message.hasPrefix(single) else { return message }
        return "One or more parameters cannot be validated." + message.dropFirst(single.count)
    }

    static func result(successful: [WireValue], failed: [(id: String, error: SQSError)], action: String) -> WireValue {
        let failures: [WireValue] = failed.map { entry in
            .structure([
                ("Id", .string(entry.id)), ("SenderFault", .boolean(entry.error.code.status < 500)),
                ("Code", .string(entry.error.code.legacyCode)), ("Message", .string(batchWording(entry.error.message))),
            ])
        }
        return .structure([
            ("Successful", .list(successful, element: "\(action)ResultEntry")),
            ("Failed", .list(failures, element: "BatchResultErrorEntry")),
        ])
    }
}
