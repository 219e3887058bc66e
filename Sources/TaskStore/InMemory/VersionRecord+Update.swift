extension VersionRecord {
    /// Writes the fields `update` sets over this record's, as `HSET` writes them over the version hash.
    mutating func apply(_ update: VersionUpdate) {
        if let status = update.status { self.status = status }
        stages.merge(update.stages) { $1 }
        if let text = update.text { self.text = text }
        if let bytes = update.bytes { self.bytes = bytes }
        if let report = update.reportJSON { reportJSON = report }
        if let reason = update.failureReason { failureReason = reason }
        producers.merge(update.producers) { $1 }
        inputs.merge(update.inputs) { $1 }
    }
}
