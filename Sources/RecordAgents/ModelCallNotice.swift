/// Tells whoever runs a stage that the stage is about to wait on a model, so the teacher can see which
/// stage waits on which model. The pipeline sets `observer` around each stage it runs; a stage agent
/// that asks a model calls `announce` before every call (first asks, repairs and the fallback alike).
/// The offline engine never announces: nothing waits.
package enum ModelCallNotice {
    /// Who is told. A class, not a bare closure: a task-local holding an optional async closure crashed
    /// `swift_task_localValuePush` in release builds with the standard library linked statically.
    package final class Observer: Sendable {
        let announce: @Sendable (_ model: String) async -> Void

        package init(_ announce: @escaping @Sendable (_ model: String) async -> Void) {
            self.announce = announce
        }
    }

    @TaskLocal package static var observer: Observer?

    package static func announce(model: String) async {
        await observer?.announce(model)
    }
}
