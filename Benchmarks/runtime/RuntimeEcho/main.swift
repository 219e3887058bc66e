// The smallest function on LambdaRuntime: answers every event with the event itself.
// Benchmarks/runtime/measure.sh times its start-up and weighs its release binary.
import LambdaRuntime

struct Echo: StreamingLambdaHandler {
    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        try await responseWriter.respond(event)
    }
}

await LambdaRuntime.main { Echo() }
