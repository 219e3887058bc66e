/// Waits `delay` between the attempts of a loop that retries, polls or paces calls, and says whether
/// to go on: false once the task is cancelled, before or during the wait. A bare `try? await Task.sleep`
/// returns at once on cancellation, and the loop would run through its remaining attempts without waiting.
package func waitUnlessCancelled(for delay: Duration) async -> Bool {
    do {
        try await Task.sleep(for: delay)
        return true
    } catch {
        return false
    }
}
