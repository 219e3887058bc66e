import Foundation
import LambdaRuntime
import LambdaWire
import Logging
import TeacherAPI
import TeacherAuth

/// The api function: the teacher page and JSON API, and the event stream written as it happens
/// through Lambda response streaming (the HTTP integration prelude, then the SSE frames).
package struct APIFunction: StreamingLambdaHandler {
    let api: TeacherAPI

    package static func make() async throws -> APIFunction {
        let logger = LambdaRuntimeLogging.logger()
        let environment = try FunctionEnvironment(logger: logger)
        return APIFunction(api: TeacherAPI(
            store: environment.store, queues: environment.queues, draftQueueURL: environment.pipeline.draftQueueURL,
            authenticator: try await Authenticator.fromEnvironment(environment.variables),
            limits: APILimits.fromEnvironment(environment.variables), fairness: environment.pipeline.fairness,
            prices: try environment.modelPrices(), model: try environment.modelEndpoint(), logger: logger))
    }

    package func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        let start = ContinuousClock.now
        var failed = true
        defer {
            EmbeddedMetrics(
                dimensions: [("FunctionName", EmbeddedMetrics.functionName)],
                metrics: [.count("Invocations", 1), .count("Errors", failed ? 1 : 0), .duration("Duration", since: start)]
            ).emit()
        }
        try await respond(to: event, responseWriter: responseWriter, context: context, failed: &failed)
    }

    /// `failed` ends false unless the invocation throws or answers with a 5xx.
    private func respond(to event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext, failed: inout Bool) async throws {
        let request: HTTPAPIRequest
        do {
            request = try JSONDecoder().decode(HTTPAPIRequest.self, from: Data(event))
        } catch {
            throw InvalidEvent(detail: "not an HTTP API (payload 2.0) request")
        }
        switch await api.handle(request) {
        case .response(let response):
            try await responseWriter.respond(Array(try JSONEncoder().encode(response)))
            failed = response.statusCode >= 500
        case .events(let stream):
            try await responseWriter.writeStatusAndHeaders(HTTPStreamingPrelude(statusCode: 200, headers: EventStream.headers))
            do {
                // End before Lambda does, so the client sees a clean end and reconnects with Last-Event-ID.
                try await stream.run(within: context.remainingTime() - .seconds(2)) { chunk in
                    try await responseWriter.write(Array(chunk.utf8))
                }
            } catch where responseWriter.isCutShort {
                // The client went away (local-runtime ends the stream then; Lambda cannot tell): the
                // stream stopped and gave its place back, which is all there is to do.
                failed = false
                return
            }
            try await responseWriter.finish()
            failed = false
        }
    }
}

struct InvalidEvent: Error, CustomStringConvertible {
    let detail: String
    var description: String { detail }
}
