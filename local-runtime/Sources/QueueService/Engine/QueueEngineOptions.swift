/// How the engine behaves beyond what SQS fixes.
package struct QueueEngineOptions: Sendable {
    package var region: String
    package var accountId: String
    /// Fraction of first receives that also put a second copy of the message back in the queue, so
    /// consumers meet the duplicates a standard queue may deliver.
    package var duplicateRate: Double
    /// PurgeQueue may run once per this many seconds per queue, as on SQS.
    package var purgeCooldownSeconds: Int

    package init(region: String = "us-east-1", accountId: String = "000000000000", duplicateRate: Double = 0, purgeCooldownSeconds: Int = 60) {
        self.region = region
        self.accountId = accountId
        self.duplicateRate = duplicateRate
        self.purgeCooldownSeconds = purgeCooldownSeconds
    }
}
