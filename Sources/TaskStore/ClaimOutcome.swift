/// The answer to a claim attempt.
package enum ClaimOutcome: Sendable, Equatable {
    /// The caller holds the lease (newly, or again with the same token) until it expires or is released.
    case claimed
    /// The work was finished earlier: acknowledge the message with no side effect.
    case alreadyDone
    /// A live invocation holds it: report a batch item failure and let the message come back later.
    case heldByAnother(remaining: Duration)
}

/// What `claimAttempt` found: the claim's outcome, and whether a failed version reopened.
package struct ClaimedAttempt: Sendable, Equatable {
    package let outcome: ClaimOutcome
    package let reopened: Bool

    package init(outcome: ClaimOutcome, reopened: Bool) {
        self.outcome = outcome
        self.reopened = reopened
    }
}
