import Foundation
import Logging
import ModelAgents
import ModelClient
import Pipeline
import TaskStore
import Testing
import TestSupport

@Suite("Pipeline stages with a model agent")
struct ModelPipelineTests {
    static func agent(_ chat: InMemoryChat) -> ModelAgent {
        ModelAgent(client: chat, logger: Logger(label: "test"))
    }

    @Test func eachStageRecordsItsProducerAndEveryCallsTokens() async throws {
        let chat = InMemoryChat(models: ["scripted"])
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        try await harness.runToCompletion(task.body, agent: Self.agent(chat))

        #expect(try await harness.store.task(id: task.id)?.status == .completed)
        for number in 1...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .completed)
            // The cooperative model's drafts pass refine's checks and fit the budget: the rules finish them.
            #expect(version.producers == [.draft: "model:scripted", .refine: "offline", .finalize: "offline"])
        }
        let usage = try await harness.store.usage(taskID: task.id)
        #expect(usage.map(\.stage) == [.draft])
        #expect(usage.allSatisfy { $0.model == "scripted" && $0.promptTokens > 0 && $0.completionTokens > 0 })
        // Every call the model answered is counted.
        #expect(usage.reduce(0) { $0 + $1.calls } == chat.calls.count)
    }

    @Test func aModelOutageMidTaskFallsBackToTheOfflineEngine() async throws {
        let chat = InMemoryChat(models: ["scripted"])
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        let agent = Self.agent(chat)
        _ = await harness.processor(.draft, agent: agent).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "inv", lease: .seconds(600),
            deadline: PipelineHarness.farDeadline)
        chat.script([], fallback: .failure(.exhausted(attempts: 2, last: "connection refused")))
        for body in await harness.queues.take(PipelineHarness.configuration.refineQueueURL) {
            _ = await harness.processor(.refine, agent: agent).process(
                PipelineHarness.event(PipelineHarness.record(body)), invocationID: "inv", lease: .seconds(600),
                deadline: PipelineHarness.farDeadline)
        }
        for body in await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL) {
            _ = await harness.processor(.finalize, agent: agent).process(
                PipelineHarness.event(PipelineHarness.record(body)), invocationID: "inv", lease: .seconds(600),
                deadline: PipelineHarness.farDeadline)
        }
        #expect(try await harness.store.task(id: task.id)?.status == .completed)
        for number in 1...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .completed)
            #expect(version.producers == [.draft: "model:scripted", .refine: "offline", .finalize: "offline"])
        }
        #expect(try await harness.store.usage(taskID: task.id).map(\.stage) == [.draft])
    }

    /// The teacher's stream names the stage and the model before each call (the repair request's too),
    /// ahead of the stage's own event; stages that do not ask announce nothing.
    @Test func eachModelCallIsAnnouncedOnTheTaskStream() async throws {
        let chat = InMemoryChat(models: ["scripted"])
        // An unreadable first answer: the draft stage asks once more, and the cooperative model answers.
        chat.script([.answer("초안을 쓰지 못함")])
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        try await harness.runToCompletion(task.body, agent: Self.agent(chat))

        let events = try await harness.store.events(taskID: task.id, after: nil, limit: 100)
        let calls = events.filter { $0.type == "model_call" }
        #expect(calls.map(\.data) == Array(repeating: #"{"model":"scripted","stage":"draft"}"#, count: 2))
        #expect(chat.calls.count == 2)
        let firstDrafted = try #require(events.firstIndex { $0.type == "drafted" })
        #expect(events.lastIndex { $0.type == "model_call" }! < firstDrafted)
        #expect(try await harness.store.task(id: task.id)?.status == .completed)
    }
}
