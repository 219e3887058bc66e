import RecordRules

/// Drafts with no text model: deterministic, fast, and bound by the same rules as a model's output.
/// Its refine and finalize stages work on any text, so they also repair what a model returns.
public struct OfflineEngine: StageAgent {
    public init() {}

    // MARK: draft (agent 1)

    public func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]> {
        StageResult(try draftVersions(request).map { Produced($0, by: .offline) })
    }

    public func draftVersions(_ request: DraftRequest) throws(StageFailure) -> [DraftVersion] {
        try draftVersions(request, checker: RuleChecker(options: request.options))
    }

    public func draftVersions(_ request: DraftRequest, checker: RuleChecker) throws(StageFailure) -> [DraftVersion] {
        let analysis = NoteAnalysis(notes: request.notes, cleaner: ClauseCleaner(checker: checker))
        guard !analysis.paragraphs.isEmpty else {
            throw StageFailure(reason: "메모에 기재할 수 있는 내용이 없음(기재 금지 내용만 있음)")
        }
        return DraftStrategy.allCases.map { strategy in
            DraftVersion(version: strategy.version, text: ClauseForms.render(compose(strategy, analysis, checker: checker)))
        }
    }

    func compose(_ strategy: DraftStrategy, _ analysis: NoteAnalysis, checker: RuleChecker) -> [[String]] {
        switch strategy {
        case .comprehensive:
            return analysis.paragraphs.flatMap { $0.sentences.map { $0.map(\.text) } }
        case .competency:
            return composeByCompetency(analysis, checker: checker)
        case .growth:
            return composeGrowth(analysis, checker: checker)
        }
    }

    /// `preferred` clauses first, then the paragraph's others in order, until the paragraph is reflected.
    private func reflecting(_ paragraph: NoteAnalysis.Paragraph, preferred: [NoteAnalysis.Clause], checker: RuleChecker) -> [NoteAnalysis.Clause] {
        var chosen: [NoteAnalysis.Clause] = []
        let candidates = preferred + paragraph.clauses.filter { clause in !preferred.contains { $0.order == clause.order } }
        for clause in candidates {
            if !chosen.isEmpty, checker.coveredParagraphs(in: chosen.map(\.text).joined(separator: " ")).contains(paragraph.index)
                || !checker.isAdmissibleParagraph(paragraph.index)
            {
                break
            }
            chosen.append(clause)
        }
        return chosen.sorted { $0.order < $1.order }
    }

    /// Paragraphs ordered by the competency they show most, the clauses that show it merged into
    /// one sentence, and the competency named after them.
    private func composeByCompetency(_ analysis: NoteAnalysis, checker: RuleChecker) -> [[String]] {
        let ranked = analysis.paragraphs.map { paragraph in
            (paragraph, Competency.ranked(in: paragraph.text))
        }.sorted { lhs, rhs in
            let left = lhs.1.first.map { Competency.scores(in: lhs.0.text)[$0] ?? 0 } ?? 0
            let right = rhs.1.first.map { Competency.scores(in: rhs.0.text)[$0] ?? 0 } ?? 0
            return (left, -lhs.0.index) > (right, -rhs.0.index)
        }
        var named = Set<Competency>()
        var sentences: [[String]] = []
        let templates: [(Competency) -> String] = [
            { "이 과정에서 \($0.with("이", "가")) 돋보임" },
            { "이를 통해 \($0.with("을", "를")) 드러냄" },
            { "활동 전반에서 \($0.with("을", "를")) 발휘함" },
        ]
        for (paragraph, _) in ranked {
            let signalled = paragraph.clauses.filter { $0.competencyScore > 0 }
                .sorted { ($0.competencyScore, -$0.order) > ($1.competencyScore, -$1.order) }
            let chosen = reflecting(paragraph, preferred: Array(signalled.prefix(3)), checker: checker)
            for start in stride(from: 0, to: chosen.count, by: 3) {
                sentences.append(chosen[start..<min(start + 3, chosen.count)].map(\.text))
            }
            // Name what the chosen clauses show, not what the paragraph as a whole might.
            let shown = Competency.ranked(in: chosen.map(\.text).joined(separator: " "))
            if let competency = shown.first(where: { !named.contains($0) }) {
                named.insert(competency)
                sentences.append([templates[(named.count - 1) % templates.count](competency)])
            }
        }
        return sentences
    }

    /// Key clauses per paragraph (outcomes first), the paragraphs that show change last, and a
    /// closing that names growth only when the notes record a change.
    private func composeGrowth(_ analysis: NoteAnalysis, checker: RuleChecker) -> [[String]] {
        let ordered = analysis.paragraphs.sorted { lhs, rhs in
            let left = lhs.clauses.contains { $0.growth > 0 }
            let right = rhs.clauses.contains { $0.growth > 0 }
            return (left ? 1 : 0, lhs.index) < (right ? 1 : 0, rhs.index)
        }
        var keys: [String] = []
        for paragraph in ordered {
            let clauses = paragraph.clauses
            let preferred = clauses.sorted { keyScore($0, in: clauses) > keyScore($1, in: clauses) }
            keys += reflecting(paragraph, preferred: preferred, checker: checker).map(\.text)
        }
        var sentences = stride(from: 0, to: keys.count, by: 2).map { Array(keys[$0..<min($0 + 2, keys.count)]) }
        let notesText = analysis.allText
        if NarrativeCues.growthCount(in: notesText) > 0 {
            sentences.append(["활동을 거듭하며 한층 성장한 모습을 보임"])
        } else {
            let top = Competency.ranked(in: notesText).prefix(2)
            if top.count == 2 {
                sentences.append(["전반적으로 \(top[top.startIndex].with("이", "가")) 돋보이며 \(top[top.startIndex + 1].name)도 드러냄"])
            } else if let only = top.first {
                sentences.append(["전반적으로 \(only.with("이", "가")) 돋보임"])
            }
        }
        return sentences
    }

    private func keyScore(_ clause: NoteAnalysis.Clause, in clauses: [NoteAnalysis.Clause]) -> Int {
        let isLast = clause.order == clauses.last?.order ? 1 : 0
        return clause.outcome * 4 + clause.competencyScore * 2 + isLast * 3 + min(clause.text.count / 20, 2)
    }

    // MARK: refine (agent 2)

    public func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    {
        StageResult(Produced(refineVersion(version, checker: RuleChecker(options: request.options)), by: .offline))
    }

    public func refineVersion(_ version: DraftVersion, checker: RuleChecker) -> DraftVersion {
        DraftVersion(version: version.version, text: ClauseForms.render(ClauseCleaner(checker: checker).clean(version.text)))
    }

    // MARK: finalize (agent 3)

    public func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
    {
        StageResult(Produced(try finalizeVersion(version, checker: RuleChecker(options: request.options)), by: .offline))
    }

    public func finalizeVersion(_ version: DraftVersion, checker: RuleChecker) throws(StageFailure) -> FinalVersion {
        let strategy = DraftStrategy(version: version.version) ?? .comprehensive
        let target = checker.options.targetBytes
        let fitter = BudgetFitter(checker: checker, target: target)
        var sentences = ClauseForms.parse(version.text)
        guard !sentences.isEmpty else {
            throw StageFailure(reason: "메모에 기재할 수 있는 내용이 남지 않음(기재 금지 내용만 있음)")
        }
        sentences = fitter.fit(sentences) { clause, sentence, index in
            priority(of: clause, sentence: sentence, index: index, strategy: strategy, checker: checker)
        }
        var text = ClauseForms.render(sentences)
        var report = checker.check(text)
        if !report.passes {
            // One repair pass: clean again what the fitting exposed, then fit again.
            let repaired = refineVersion(DraftVersion(version: version.version, text: text), checker: checker)
            sentences = fitter.fit(ClauseForms.parse(repaired.text)) { clause, sentence, index in
                priority(of: clause, sentence: sentence, index: index, strategy: strategy, checker: checker)
            }
            text = ClauseForms.render(sentences)
            report = checker.check(text)
        }
        guard !text.isEmpty else {
            throw StageFailure(reason: "목표 바이트 안에 담을 수 있는 내용이 없음")
        }
        return FinalVersion(version: version.version, text: text, bytes: report.bytes, report: report)
    }

    /// Which clauses a version keeps longest when the budget is tight: the comprehensive draft keeps
    /// the earliest, the competency draft the clauses that show competencies, the growth draft its
    /// outcomes. Clauses that reflect no paragraph (framing) go first, except in the competency draft.
    private func priority(of clause: String, sentence: Int, index: Int, strategy: DraftStrategy, checker: RuleChecker) -> Int {
        let reflects = !checker.mentionedParagraphs(in: clause).isEmpty
        switch strategy {
        case .comprehensive:
            return (reflects ? 1000 : 0) - sentence * 10 - index
        case .competency:
            let score = Competency.scores(in: clause).values.reduce(0, +)
            return score * 10 + (index == 0 ? 5 : 0) - sentence
        case .growth:
            let outcome = NarrativeCues.outcomeCount(in: clause) + NarrativeCues.growthCount(in: clause)
            return (reflects ? 100 : 0) + outcome * 10 - index
        }
    }

    // MARK: all three stages

    /// Runs draft → refine → finalize for the three versions in one call (CLI and benchmark).
    public func run(_ request: DraftRequest) throws(StageFailure) -> [FinalVersion] {
        let checker = RuleChecker(options: request.options)
        return try draftVersions(request, checker: checker).map { version throws(StageFailure) in
            try finalizeVersion(refineVersion(version, checker: checker), checker: checker)
        }
    }
}
