/// Tells whoever runs a stage that the stage is about to wait on a model, so the teacher can see which
/// stage waits on which model. The pipeline sets `observer` around each stage it runs; a stage agent
/// that asks a model calls `announce` before every call (first asks, repairs and the fallback alike).
/// The offline engine never announces: nothing waits.
public enum ModelCallNotice {
    /// Who is told. A class, not a bare closure: a task-local holding an optional async closure crashed
    /// `swift_task_localValuePush` in release builds with the standard library linked statically.
    public final class Observer: Sendable {
        let announce: @Sendable (_ model: String) async -> Void

        public init(_ announce: @escaping @Sendable (_ model: String) async -> Void) {
            self.announce = announce
        }
    }

    @TaskLocal public static var observer: Observer?

    public static func announce(model: String) async {
        await observer?.announce(model)
    }
}
