import Logging
import ModelClient
import RecordAgents
import RecordRules

/// The three stages with a language model writing and the rules guarding: every answer is parsed
/// strictly and checked; an answer that fails gets one repair request naming the problems; what
/// still fails is repaired deterministically by the offline engine's refine and finalize, and a
/// version beyond repair (a dropped paragraph, an unsupported fact) is the offline engine's own.
/// A model can therefore never bring a forbidden term, an over-budget draft, a dropped paragraph or
/// an unsupported fact to the teacher. With no model answering at all, the offline engine does the stage.
/// The model is asked only for what the rules cannot do: refine only about findings a model should fix,
/// finalize only when the deterministic fit would cut content; a draft that passes costs no more calls.
package struct ModelAgent: StageAgent {
    let client: any ChatCompleting
    let engine = OfflineEngine()
    let logger: Logger

    package init(client: any ChatCompleting, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    // MARK: draft (agent 1)

    package func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]> {
        let checker = RuleChecker.shared(options: request.options)
        var session = ModelSession(
            client: client, request: request, deadline: deadline,
            metadata: ["stage": "draft"], logger: logger)
        let messages = Prompts.draft(request)
        let bytes = request.options.targetBytes
        let versionCount = DraftStrategy.allCases.count
        var texts: [Int: String] = [:]
        if let answer = await session.ask(messages, bytes: bytes, texts: versionCount) {
            let parsed = AnswerParser.drafts(answer)
            texts = parsed ?? [:]
            let problems = draftProblems(texts, checker: checker, parsed: parsed != nil)
            if !problems.isEmpty,
               let repaired = await session.ask(
                   messages + [.assistant(answer), Prompts.repair(problems, format: Prompts.draftFormat)], bytes: bytes, texts: versionCount),
               let parsed = AnswerParser.drafts(repaired)
            {
                // A repaired version replaces the first where the first was missing or had more problems.
                for (version, text) in parsed {
                    let before = texts[version].map { Validation.draftProblems(checker.check($0)).count } ?? .max
                    if Validation.draftProblems(checker.check(text)).count < before { texts[version] = text }
                }
            }
        }
        var offline: [DraftVersion]?
        var versions: [Produced<DraftVersion>] = []
        for strategy in DraftStrategy.allCases {
            if let text = texts[strategy.version], let accepted = acceptDraft(text, checker: checker) {
                versions.append(Produced(DraftVersion(version: strategy.version, text: accepted), by: session.producer))
                continue
            }
            if session.model != nil {
                logger.info("model draft beyond repair, offline draft used", metadata: ["stage": "draft", "version": "\(strategy.version)"])
            }
            if offline == nil {
                offline = try offlineWork(session) { () throws(StageFailure) in try engine.draftVersions(request, checker: checker) }
            }
            if let draft = offline?.first(where: { $0.version == strategy.version }) {
                versions.append(Produced(draft, by: .offline))
            }
        }
        return StageResult(versions, usage: session.usage)
    }

    private func draftProblems(_ texts: [Int: String], checker: RuleChecker, parsed: Bool) -> [String] {
        guard parsed else { return ["답이 요청한 JSON 형식이 아님"] }
        var problems: [String] = []
        for strategy in DraftStrategy.allCases {
            guard let text = texts[strategy.version] else {
                problems.append("\(strategy.version)번 초안(\(strategy.koreanName))이 없음")
                continue
            }
            problems += Validation.draftProblems(checker.check(text)).map { "\(strategy.version)번 초안: \(Prompts.describe($0))" }
        }
        return problems
    }

    /// The text as it is, or with forbidden sentences and negative clauses dropped; nil when even
    /// that leaves a paragraph out or states what the notes do not support.
    private func acceptDraft(_ text: String, checker: RuleChecker) -> String? {
        if Validation.draftProblems(checker.check(text)).isEmpty { return text }
        let cleaned = engine.refineVersion(DraftVersion(version: 0, text: text), checker: checker).text
        guard !cleaned.isEmpty, Validation.draftProblems(checker.check(cleaned)).isEmpty else { return nil }
        return cleaned
    }

    // MARK: refine (agent 2)

    package func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    {
        let checker = RuleChecker.shared(options: request.options)
        let report = checker.check(version.text)
        let findings = Validation.refineProblems(report)
        // Nothing the model should fix: the rules pass the version on without a call.
        guard !findings.isEmpty else {
            return StageResult(Produced(engine.refineVersion(version, checker: checker), by: .offline), usage: [])
        }
        let metadata: Logger.Metadata = ["stage": "refine", "version": "\(version.version)"]
        var session = ModelSession(
            client: client, request: request, deadline: deadline,
            metadata: metadata, logger: logger)
        let text = await ask(
            &session, Prompts.refine(version.text, findings: findings, request: request), checker: checker,
            problems: Validation.refineProblems,
            // Refine does not shorten: its answer may be as long as the version it was given.
            bytes: max(report.bytes, request.options.targetBytes))
        if let text {
            if Validation.refineProblems(checker.check(text)).isEmpty {
                return StageResult(Produced(DraftVersion(version: version.version, text: text), by: session.producer), usage: session.usage)
            }
            let repaired = engine.refineVersion(DraftVersion(version: version.version, text: text), checker: checker)
            if !repaired.text.isEmpty, Validation.refineProblems(checker.check(repaired.text)).isEmpty {
                return StageResult(Produced(repaired, by: session.producer), usage: session.usage)
            }
            logger.info("model refinement beyond repair, offline refinement used", metadata: metadata)
        }
        return StageResult(Produced(engine.refineVersion(version, checker: checker), by: .offline), usage: session.usage)
    }

    // MARK: finalize (agent 3)

    package func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
    {
        let checker = RuleChecker.shared(options: request.options)
        let report = checker.check(version.text)
        // The deterministic fit is enough when it passes and states every notes sentence the version
        // states: only a fit that would cut content is worth a model's compression.
        let fitted = try? engine.finalizeVersion(version, checker: checker)
        if let fitted, Validation.finalProblems(fitted.report).isEmpty, Self.stated(by: report).isSubset(of: Self.stated(by: fitted.report)) {
            return StageResult(Produced(fitted, by: .offline), usage: [])
        }
        let metadata: Logger.Metadata = ["stage": "finalize", "version": "\(version.version)"]
        var session = ModelSession(
            client: client, request: request, deadline: deadline,
            metadata: metadata, logger: logger)
        let text = await ask(
            &session, Prompts.finalize(version.text, report: report, findings: Validation.finalProblems(report), request: request),
            checker: checker, problems: Validation.finalProblems, bytes: request.options.targetBytes)
        if let text {
            let report = checker.check(text)
            if Validation.finalProblems(report).isEmpty {
                let final = FinalVersion(version: version.version, text: text, bytes: report.bytes, report: report)
                return StageResult(Produced(final, by: session.producer), usage: session.usage)
            }
            if let repaired = try? engine.finalizeVersion(DraftVersion(version: version.version, text: text), checker: checker),
               Validation.finalProblems(repaired.report).isEmpty
            {
                return StageResult(Produced(repaired, by: session.producer), usage: session.usage)
            }
            logger.info("model final text beyond repair, offline finalize used", metadata: metadata)
        }
        let final = try offlineWork(session) { () throws(StageFailure) in try engine.finalizeVersion(version, checker: checker) }
        return StageResult(Produced(final, by: .offline), usage: session.usage)
    }

    /// The notes sentences a text states, by the report's sentence sources.
    private static func stated(by report: RuleReport) -> Set<Int> {
        Set((report.sentences ?? []).flatMap(\.sources))
    }

    /// The offline engine's work; its failure carries the model calls made before it.
    private func offlineWork<T>(_ session: ModelSession, _ work: () throws(StageFailure) -> T) throws(StageFailure) -> T {
        do throws(StageFailure) {
            return try work()
        } catch {
            throw StageFailure(reason: error.reason, usage: session.usage)
        }
    }

    // MARK: one text, one repair

    /// Asks for a `{"text"}` answer; when it cannot be read or has problems, asks once more naming
    /// them. Returns the better of the two answers, nil when no model answered usably.
    private func ask(
        _ session: inout ModelSession, _ messages: [ChatMessage], checker: RuleChecker, problems: (RuleReport) -> [Violation],
        bytes: Int
    ) async -> String? {
        guard let answer = await session.ask(messages, bytes: bytes) else { return nil }
        let first = AnswerParser.text(answer)
        let found = first.map { problems(checker.check($0)).map(Prompts.describe) } ?? ["답이 요청한 JSON 형식이 아님"]
        guard !found.isEmpty else { return first }
        guard let repairedAnswer = await session.ask(
            messages + [.assistant(answer), Prompts.repair(found, format: Prompts.textFormat)], bytes: bytes),
              let second = AnswerParser.text(repairedAnswer)
        else { return first }
        guard let first else { return second }
        return problems(checker.check(second)).count <= found.count ? second : first
    }
}
