#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a `LambdaHandler` as a `StreamingLambdaHandler`: decodes the event, encodes the output.
package struct LambdaCodableAdapter<Handler: LambdaHandler>: StreamingLambdaHandler {
    let handler: Handler

    package init(_ handler: Handler) {
        self.handler = handler
    }

    package func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        let decoded = try JSONDecoder().decode(Handler.Event.self, from: Data(event))
        let output = try await handler.handle(decoded, context: context)
        try await responseWriter.respond(Array(JSONEncoder().encode(output)), contentType: "application/json")
    }
}
