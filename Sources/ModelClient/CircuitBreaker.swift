import Synchronization

/// Stops calling an endpoint that keeps failing: after `threshold` consecutive failures it opens and
/// every call fails at once (so the stage falls back instead of waiting out timeouts); after
/// `coolDown` one trial call goes through (half-open), and its outcome closes or reopens the breaker.
///
/// State is per process: each function environment learns on its own, which is enough to stop a
/// warm environment from hammering a dead endpoint.
package final class CircuitBreaker: Sendable {
    package enum State: Sendable, Equatable {
        case closed
        case open
        case halfOpen
    }

    private struct Storage {
        var consecutiveFailures = 0
        var openedAt: ContinuousClock.Instant?
        var trialInFlight = false
    }

    package let threshold: Int
    package let coolDown: Duration
    private let storage = Mutex(Storage())

    package init(threshold: Int, coolDown: Duration) {
        self.threshold = max(1, threshold)
        self.coolDown = coolDown
    }

    package var state: State {
        storage.withLock { storage in
            guard let openedAt = storage.openedAt else { return .closed }
            return ContinuousClock.now - openedAt >= coolDown ? .halfOpen : .open
        }
    }

    /// Whether a call may go out now; in the half-open state only one trial at a time.
    package func allow() -> Bool {
        storage.withLock { storage in
            guard let openedAt = storage.openedAt else { return true }
            guard ContinuousClock.now - openedAt >= coolDown, !storage.trialInFlight else { return false }
            storage.trialInFlight = true
            return true
        }
    }

    package func recordSuccess() {
        storage.withLock { $0 = Storage() }
    }

    /// Returns true when this failure opened (or reopened) the breaker.
    @discardableResult
    package func recordFailure() -> Bool {
        storage.withLock { storage in
            storage.consecutiveFailures += 1
            let wasTrial = storage.trialInFlight
            storage.trialInFlight = false
            guard wasTrial || (storage.openedAt == nil && storage.consecutiveFailures >= threshold) else { return false }
            storage.openedAt = .now
            return true
        }
    }

    /// Releases a half-open trial that ended without saying anything about the endpoint's health
    /// (a request the server rejected as invalid).
    package func recordNeutral() {
        storage.withLock { $0.trialInFlight = false }
    }
}

/// One breaker per endpoint and model for the whole process.
package final class CircuitBreakers: Sendable {
    private let breakers = Mutex<[String: CircuitBreaker]>([:])
    private let threshold: Int
    private let coolDown: Duration

    package init(threshold: Int, coolDown: Duration) {
        self.threshold = threshold
        self.coolDown = coolDown
    }

    package func breaker(for key: String) -> CircuitBreaker {
        breakers.withLock { breakers in
            if let existing = breakers[key] { return existing }
            let created = CircuitBreaker(threshold: threshold, coolDown: coolDown)
            breakers[key] = created
            return created
        }
    }
}
