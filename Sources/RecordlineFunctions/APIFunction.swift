import Foundation
import LambdaRuntime
import LambdaWire
import Logging
import TeacherAPI
import TeacherAuth

/// The api function: the teacher page and JSON API, and the event stream written as it happens
/// through Lambda response streaming (the HTTP integration prelude, then the SSE frames).
public struct APIFunction: StreamingLambdaHandler {
    let api: TeacherAPI

    public static func make() async throws -> APIFunction {
        let logger = LambdaRuntimeLogging.logger()
        let environment = try FunctionEnvironment(logger: logger)
        return APIFunction(api: TeacherAPI(
            store: environment.store, queues: environment.queues, draftQueueURL: environment.pipeline.draftQueueURL,
            authenticator: try await Authenticator.fromEnvironment(environment.variables),
            limits: APILimits.fromEnvironment(environment.variables), prices: try environment.modelPrices(), logger: logger))
    }

    public func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        let request: HTTPAPIRequest
        do {
            request = try JSONDecoder().decode(HTTPAPIRequest.self, from: Data(event))
        } catch {
            throw InvalidEvent(detail: "not an HTTP API (payload 2.0) request")
        }
        switch await api.handle(request) {
        case .response(let response):
            try await responseWriter.respond(Array(try JSONEncoder().encode(response)))
        case .events(let stream):
            try await responseWriter.writeStatusAndHeaders(HTTPStreamingPrelude(statusCode: 200, headers: EventStream.headers))
            // End before Lambda does, so the client sees a clean end and reconnects with Last-Event-ID.
            try await stream.run(within: context.remainingTime() - .seconds(2)) { chunk in
                try await responseWriter.write(Array(chunk.utf8))
            }
            try await responseWriter.finish()
        }
    }
}

struct InvalidEvent: Error, CustomStringConvertible {
    let detail: String
    var description: String { detail }
}
