/// Tells whoever runs a stage that the stage is about to wait on a model, so the teacher can see which
/// stage waits on which model. The pipeline sets `observer` around each stage it runs; a stage agent
/// that asks a model calls `announce` before every call (first asks, repairs and the fallback alike).
/// The offline engine never announces: nothing waits.
public enum ModelCallNotice {
    @TaskLocal public static var observer: (@Sendable (_ model: String) async -> Void)?

    public static func announce(model: String) async {
        await observer?(model)
    }
}
