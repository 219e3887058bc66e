import CurlHTTP
import Testing

@Suite struct WaitUnlessCancelledTests {
    @Test func aWaitThatRunsItsCourseSaysGoOn() async {
        let started = ContinuousClock.now
        #expect(await waitUnlessCancelled(for: .milliseconds(20)))
        #expect(ContinuousClock.now - started >= .milliseconds(20))
    }

    /// A retry loop in a cancelled task stops at its first wait instead of running through its attempts.
    @Test func aCancelledTaskStopsItsLoopAtOnce() async {
        let loop = Task {
            var waits = 0
            while waits < 5, await waitUnlessCancelled(for: .seconds(60)) { waits += 1 }
            return waits
        }
        loop.cancel()
        // A wait that ignored cancellation (`try? await Task.sleep`) returns at once when cancelled and the
        // loop would count all five: no wall clock is needed to tell, and a busy machine cannot decide it.
        #expect(await loop.value == 0)
    }
}
