import CurlHTTP
import Testing

@Suite struct RetryPolicyTests {
    @Test func ceilingDoublesUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        #expect(policy.delayCeiling(beforeRetry: 1) == .milliseconds(100))
        #expect(policy.delayCeiling(beforeRetry: 2) == .milliseconds(200))
        #expect(policy.delayCeiling(beforeRetry: 4) == .milliseconds(800))
        #expect(policy.delayCeiling(beforeRetry: 5) == .seconds(1))
        #expect(policy.delayCeiling(beforeRetry: 60) == .seconds(1))
    }

    @Test func fullJitterStaysWithinTheCeilingAndVaries() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        var generator = SystemRandomNumberGenerator()
        let delays = (0..<200).map { _ in policy.delay(beforeRetry: 3, using: &generator) }
        #expect(delays.allSatisfy { $0 >= .zero && $0 <= .milliseconds(400) })
        #expect(Set(delays).count > 1)
        #expect(RetryPolicy.noRetries.delay(beforeRetry: 1) == .zero)
    }

    @Test func attemptsAreAtLeastOne() {
        #expect(RetryPolicy(maxAttempts: 0, baseDelay: .milliseconds(1), maxDelay: .seconds(1)).maxAttempts == 1)
        #expect(RetryPolicy.noRetries.maxAttempts == 1)
    }
}
