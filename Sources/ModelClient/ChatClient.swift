import CurlHTTP
import Foundation
import Logging
import Synchronization
import TimeUnits

/// An OpenAI-compatible chat-completions client on libcurl: a timeout per attempt that never runs
/// past the caller's deadline, retries with backoff on what may pass (connection errors, timeouts,
/// 429, 5xx; `Retry-After` honoured), none on what will not (400, 401, 403 …), and a circuit
/// breaker per endpoint and model.
///
/// Each call is logged once at info as a structured record (model, latency, attempts, tokens,
/// outcome) with the caller's metadata; prompts and answers hold student text and are logged only
/// at debug.
package final class ChatClient: ChatCompleting {
    package let configuration: ModelConfiguration
    private let pool = CurlConnectionPool(label: "recordline.model")
    private let breakers: CircuitBreakers
    /// Set once the endpoint has rejected `response_format`: later calls ask for JSON in words only.
    private let formatUnsupported = Mutex(false)
    private let logger: Logger

    /// Shortest attempt worth starting: below this the call would time out before any answer.
    static let minimumAttempt: Duration = .milliseconds(200)

    package init(configuration: ModelConfiguration, breakers: CircuitBreakers? = nil, logger: Logger) {
        self.configuration = configuration
        self.breakers = breakers ?? CircuitBreakers(threshold: configuration.breakerThreshold, coolDown: configuration.breakerCoolDown)
        self.logger = logger
    }

    package func breaker(for model: String) -> CircuitBreaker {
        breakers.breaker(for: "\(configuration.baseURL) \(model)")
    }

    package var models: [String] { configuration.models }

    package func isOpen(_ model: String) -> Bool {
        breaker(for: model).state == .open
    }

    /// One chat completion from `model`, read as it streams. `json` asks for a JSON object
    /// (`response_format`) where the server takes it; the prompt must ask for JSON too, since not every
    /// server does. `maxTokens` lowers the configured ceiling for this answer; `stop` lists sequences
    /// that end it. `judge` watches the text as it arrives and may cut the answer off early; nothing
    /// arriving for the idle timeout once the answer has begun cuts it off too. A cut-off call is not
    /// retried: the server is alive, and the completion says why it was cut off.
    package func complete(
        _ messages: [ChatMessage], model: String, json: Bool, maxTokens: Int? = nil, stop: [String] = [],
        judge: (any AnswerJudge)? = nil, deadline: ContinuousClock.Instant, metadata: Logger.Metadata = [:]
    ) async throws(ModelError) -> ChatCompletion {
        let started = ContinuousClock.now
        var callMetadata = metadata
        callMetadata["model"] = "\(model)"
        logger.debug("model prompt", metadata: callMetadata.merging(["messages": "\(messages.map { "[\($0.role)] \($0.content)" })"]) { $1 })
        do throws(ModelError) {
            let limits = AnswerLimits(maxTokens: min(configuration.maxTokens, maxTokens ?? configuration.maxTokens), stop: stop)
            let completion = try await attempts(
                messages, model: model, json: json, limits: limits, judge: judge, deadline: deadline, started: started)
            var record = callMetadata
            record["outcome"] = completion.cutOff == nil ? "ok" : "cut_off"
            if let cutOff = completion.cutOff { record["cutOff"] = "\(cutOff.rawValue)" }
            record["attempts"] = "\(completion.attempts)"
            record["latencyMs"] = "\(started.duration(to: .now).wholeMilliseconds)"
            record["promptTokens"] = "\(completion.promptTokens)"
            record["completionTokens"] = "\(completion.completionTokens)"
            record["finishReason"] = "\(completion.finishReason ?? "")"
            logger.info("model call", metadata: record)
            // A cut-off answer is no answer: its text (the student's, or nonsense) is not logged at any level.
            if completion.cutOff == nil {
                logger.debug("model answer", metadata: callMetadata.merging(["content": "\(completion.content)"]) { $1 })
            }
            return completion
        } catch {
            var record = callMetadata
            record["outcome"] = "\(error.outcome)"
            record["latencyMs"] = "\(started.duration(to: .now).wholeMilliseconds)"
            if case .rejected(let status, _) = error { record["status"] = "\(status)" }
            if case .exhausted(let attempts, _) = error { record["attempts"] = "\(attempts)" }
            logger.info("model call", metadata: record)
            logger.debug("model call failed", metadata: callMetadata.merging(["error": "\(error)"]) { $1 })
            throw error
        }
    }

    /// What bounds one answer: its tokens and the sequences that end it.
    private struct AnswerLimits {
        let maxTokens: Int
        let stop: [String]
    }

    private func attempts(
        _ messages: [ChatMessage], model: String, json: Bool, limits: AnswerLimits, judge: (any AnswerJudge)?,
        deadline: ContinuousClock.Instant, started: ContinuousClock.Instant
    ) async throws(ModelError) -> ChatCompletion {
        let breaker = breaker(for: model)
        let policy = configuration.retry
        var attempt = 0
        var last = "no attempt"
        while attempt < policy.maxAttempts {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining >= Self.minimumAttempt else {
                if attempt == 0 { throw .noTimeLeft }
                break
            }
            guard breaker.allow() else { throw .circuitOpen }
            attempt += 1
            let sendFormat = json && !formatUnsupported.withLock { $0 }
            let timeout = min(configuration.attemptTimeout, remaining)
            var retryAfter: Duration?
            do {
                let request = try request(messages, model: model, responseFormat: sendFormat, limits: limits, timeout: timeout)
                switch try await exchange(request, judge: judge) {
                case .cutOff(let reason, let answer):
                    // The server answered, and is alive; what it wrote was not worth reading to the end.
                    breaker.recordSuccess()
                    return ChatCompletion(
                        model: model, content: answer.content, finishReason: nil, promptTokens: answer.promptTokensSoFar,
                        completionTokens: answer.completionTokensSoFar, cutOff: reason, attempts: attempt,
                        latency: started.duration(to: .now))
                case .response(let response, var answer):
                    switch response.status {
                    case 200..<300:
                        breaker.recordSuccess()
                        let result = try answer.finish()
                        return ChatCompletion(
                            model: model, content: result.content, finishReason: result.finishReason,
                            promptTokens: result.promptTokens, completionTokens: result.completionTokens, attempts: attempt,
                            latency: started.duration(to: .now))
                    case 400 where sendFormat && String(decoding: response.body, as: UTF8.self).contains("response_format"):
                        // The server does not take `response_format`: ask again without it, not counted as a retry.
                        breaker.recordNeutral()
                        formatUnsupported.withLock { $0 = true }
                        attempt -= 1
                        continue
                    case 429:
                        // The endpoint is alive but throttling: wait as told, without counting against the breaker.
                        breaker.recordNeutral()
                        retryAfter = RetryAfter.parse(response.header("Retry-After"))
                        last = "429"
                    case 408, 500...599:
                        breaker.recordFailure()
                        retryAfter = RetryAfter.parse(response.header("Retry-After"))
                        last = "\(response.status)"
                    default:
                        breaker.recordNeutral()
                        throw ModelError.rejected(status: response.status, message: Self.errorMessage(response.body))
                    }
                }
            } catch let error as TransportError {
                breaker.recordFailure()
                last = error.kind == .timedOut ? "timed out after \(timeout)" : error.message
            } catch let error as ModelError {
                throw error
            } catch {
                throw .malformedResponse("\(error)")
            }
            guard attempt < policy.maxAttempts else { break }
            // This failure (or another call's) has opened the breaker: no later attempt could go out,
            // so the caller falls back now instead of after the backoff.
            guard breaker.state != .open else { throw .circuitOpen }
            // A server's `Retry-After` replaces the backoff.
            let delay = retryAfter ?? policy.delay(beforeRetry: attempt)
            // A wait that leaves no time for another attempt is not worth it: fall back now.
            guard ContinuousClock.now.advanced(by: delay + Self.minimumAttempt) < deadline else { break }
            guard await waitUnlessCancelled(for: delay) else { break }
        }
        throw .exhausted(attempts: attempt, last: last)
    }

    /// How one attempt ended: with the server's response (a 2xx body read into the answer, any other
    /// kept in the response), or cut off while the answer streamed.
    private enum Exchange {
        case response(HTTPResponse, StreamedAnswer)
        case cutOff(CutOff, StreamedAnswer)
    }

    /// Sends the request and reads a 2xx body as it arrives, judging the text each time it grows, while
    /// a watch cuts the answer off once it has begun and then sends nothing for the idle timeout.
    /// Throws the transport's error, or the stream's when it is not a chat answer.
    private func exchange(_ request: HTTPRequest, judge: (any AnswerJudge)?) async throws -> Exchange {
        var request = request
        let body = try ChunkPipe()
        request.responseBody = body
        let idle = IdleWatch(limit: configuration.idleTimeout)
        async let transferred = pool.result(of: request)
        var judge = judge
        var answer = StreamedAnswer()
        var verdict: CutOff?
        var malformed: ModelError?
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await idle.watch(body) }
            while let bytes = await body.next() {
                let fed: (grew: Bool, cutOff: CutOff?)
                do throws(ModelError) {
                    fed = try answer.feed(bytes, watching: &judge)
                } catch {
                    malformed = error
                    body.abandon()
                    break
                }
                guard fed.grew else { continue }
                idle.arrived()
                if let reason = fed.cutOff {
                    verdict = reason
                    body.abandon()
                    break
                }
            }
            group.cancelAll()
        }
        // The transfer ends as soon as the body is abandoned; its outcome is awaited either way, so that
        // no transfer outlives its call.
        let outcome = await transferred
        if let verdict { return .cutOff(verdict, answer) }
        if idle.expired { return .cutOff(.idle, answer) }
        if let malformed { throw malformed }
        return .response(try outcome.get(), answer)
    }

    private func request(
        _ messages: [ChatMessage], model: String, responseFormat: Bool, limits: AnswerLimits, timeout: Duration
    ) throws -> HTTPRequest {
        let body = ChatRequestBody(
            model: model, messages: messages, temperature: configuration.temperature, maxTokens: limits.maxTokens,
            stop: limits.stop.isEmpty ? nil : limits.stop, responseFormat: responseFormat ? .init(type: "json_object") : nil)
        var headers = [(name: "Content-Type", value: "application/json"), (name: "Accept", value: "text/event-stream, application/json")]
        if let key = configuration.apiKey { headers.append((name: "Authorization", value: "Bearer \(key)")) }
        return HTTPRequest(
            method: "POST", url: configuration.baseURL + "/chat/completions", headers: headers,
            body: .bytes(Array(try JSONEncoder().encode(body))), timeout: timeout,
            connectTimeout: min(timeout, .seconds(5)))
    }

    /// The `error.message` of an OpenAI-style error body, shortened.
    private static func errorMessage(_ body: [UInt8]) -> String {
        struct Envelope: Decodable {
            struct Detail: Decodable { let message: String? }
            let error: Detail?
        }
        let message = (try? JSONDecoder().decode(Envelope.self, from: Data(body)))?.error?.message
            ?? String(decoding: body, as: UTF8.self)
        return String(message.prefix(200))
    }
}

extension CurlConnectionPool {
    /// The transfer's outcome as a value, for a transfer awaited beside the reading of its body.
    fileprivate func result(of request: HTTPRequest) async -> Result<HTTPResponse, TransportError> {
        do {
            return .success(try await perform(request))
        } catch {
            return .failure(error)
        }
    }
}
