/// The answer to a claim attempt.
public enum ClaimOutcome: Sendable, Equatable {
    /// The caller holds the lease (newly, or again with the same token) until it expires or is released.
    case claimed
    /// The work was finished earlier: acknowledge the message with no side effect.
    case alreadyDone
    /// A live invocation holds it: report a batch item failure and let the message come back later.
    case heldByAnother(remaining: Duration)
}

/// What `claimAttempt` found: the claim's outcome, and whether a failed version reopened.
public struct ClaimedAttempt: Sendable, Equatable {
    public let outcome: ClaimOutcome
    public let reopened: Bool

    public init(outcome: ClaimOutcome, reopened: Bool) {
        self.outcome = outcome
        self.reopened = reopened
    }
}
