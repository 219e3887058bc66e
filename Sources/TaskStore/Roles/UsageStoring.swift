/// Model calls and tokens a task spent.
package protocol UsageStoring: Sendable {
    /// Adds a model call's tokens to the task's totals for its stage and model.
    func recordUsage(taskID: String, _ usage: ModelUsage) async throws
    /// The task's totals, one per (stage, model), in stage order.
    func usage(taskID: String) async throws -> [ModelUsage]
}
