import RecordRules

/// Drafts with no text model: deterministic, fast, and bound by the same rules as a model's output.
/// Every draft sentence is one sentence of the notes with its final predicate in 음슴체, so a draft
/// states nothing the notes do not. Its refine and finalize stages work on any text, so they also
/// repair what a model returns.
package struct OfflineEngine: StageAgent {
    package init() {}

    // MARK: draft (agent 1)

    package func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]> {
        StageResult(try draftVersions(request).map { Produced($0, by: .offline) })
    }

    package func draftVersions(_ request: DraftRequest) throws(StageFailure) -> [DraftVersion] {
        try draftVersions(request, checker: .shared(options: request.options))
    }

    package func draftVersions(_ request: DraftRequest, checker: RuleChecker) throws(StageFailure) -> [DraftVersion] {
        let reading = NotesReading(notes: request.notes, checker: checker)
        guard !reading.sentences.isEmpty else {
            throw StageFailure(reason: "메모에 기재할 수 있는 내용이 없음(기재 금지 내용만 있음)")
        }
        let composer = DraftComposer(reading: reading, checker: checker)
        return DraftStrategy.allCases.map { strategy in
            DraftVersion(version: strategy.version, text: composer.sentences(for: strategy).joined(separator: " "))
        }
    }

    // MARK: refine (agent 2)

    package func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    {
        // The versions of a task are mostly the same sentences in another order, and each comes in
        // its own call: the memo of what refining made of each sentence is kept with the checker's
        // options, so a process refines each sentence of a task once.
        var memo = Self.refineMemos.value(for: request.options) { RefineMemo() }
        let refined = refineVersion(version, checker: .shared(options: request.options), memo: &memo)
        Self.refineMemos.update(request.options, to: memo)
        return StageResult(Produced(refined, by: .offline))
    }

    private static let refineMemos = RecentValues<CheckOptions, RefineMemo>(capacity: 32)

    /// Sentence by sentence: what no record may state is left out, names become generic, endings
    /// become 음슴체, and shortcomings become the version's one expectation at the end.
    package func refineVersion(_ version: DraftVersion, checker: RuleChecker) -> DraftVersion {
        var memo = RefineMemo()
        return refineVersion(version, checker: checker, memo: &memo)
    }

    /// What refining has made of each sentence already: the three versions of one task are mostly
    /// the same sentences in another order, so a task refined in one call cleans each sentence once.
    struct RefineMemo: Sendable {
        var pieces: [String: [SentenceCleaner.Piece]] = [:]
        var forms: [String: [String]] = [:]
    }

    func refineVersion(_ version: DraftVersion, checker: RuleChecker, memo: inout RefineMemo) -> DraftVersion {
        let cleaner = SentenceCleaner(checker: checker)
        var sentences: [String] = []
        // The closing expectation names the shortcomings of one sentence of the text.
        var aspects: [String] = []
        var aspectsSentence: String?
        var expectation: String?
        for sentence in Self.sentences(of: version.text) {
            if ClosingExpectation.isExpectation(sentence), checker.assess(sentence).wording.isEmpty {
                expectation = expectation ?? sentence
                continue
            }
            let pieces = memo.pieces[sentence] ?? cleaner.pieces(of: sentence)
            memo.pieces[sentence] = pieces
            for piece in pieces {
                switch piece {
                case .text(let text):
                    let forms = memo.forms[text] ?? SentenceForms.recordSentences(from: text)
                    memo.forms[text] = forms
                    sentences += forms
                case .shortcoming(let aspect) where (aspects.isEmpty || aspectsSentence == sentence)
                    && NotesReading.closesWithExpectation(checker.options.section):
                    aspects.append(aspect)
                    aspectsSentence = sentence
                case .shortcoming: break
                }
            }
        }
        let strategy = DraftStrategy(version: version.version) ?? .comprehensive
        if let closing = expectation ?? ClosingExpectation.sentence(
            aspects: aspects, strategy: strategy, seed: StableHash.of(checker.options.notes ?? version.text)) {
            sentences.append(closing)
        }
        return DraftVersion(version: version.version, text: sentences.joined(separator: " "))
    }

    // MARK: finalize (agent 3)

    package func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
    {
        StageResult(Produced(try finalizeVersion(version, checker: .shared(options: request.options)), by: .offline))
    }

    package func finalizeVersion(_ version: DraftVersion, checker: RuleChecker) throws(StageFailure) -> FinalVersion {
        let strategy = DraftStrategy(version: version.version) ?? .comprehensive
        let fitter = BudgetFitter(checker: checker, target: checker.options.targetBytes)
        let sentences = Self.sentences(of: version.text)
        guard !sentences.isEmpty else {
            throw StageFailure(reason: "메모에 기재할 수 있는 내용이 남지 않음(기재 금지 내용만 있음)")
        }
        let fitted = fitter.fit(sentences) { sentence, index in priority(of: sentence, index: index, strategy: strategy) }
        var text = fitted.joined(separator: " ")
        var report = checker.check(text)
        if report.violations.contains(where: { $0.category == .coverage }) {
            // Whole sentences do not fit with every paragraph reflected: shorten the longest ones to
            // their last clauses (their own predicate and what they say most directly), the longest
            // first, one more and then twice as many each round, until the paragraphs fit. Doubling
            // keeps notes with hundreds of sentences to a handful of fits.
            var shortened = sentences
            let byLength = sentences.indices
                .sorted { sentences[$0].utf8.count > sentences[$1].utf8.count }
                .compactMap { index -> (Int, String)? in
                    let shorter = Self.lastClauses(sentences[index])
                    return shorter == sentences[index] ? nil : (index, shorter)
                }
            var done = 0
            var round = 1
            while done < byLength.count, !report.passes {
                for (index, shorter) in byLength[done..<min(byLength.count, done + round)] { shortened[index] = shorter }
                done = min(byLength.count, done + round)
                round *= 2
                let candidate = fitter.fit(shortened) { sentence, index in priority(of: sentence, index: index, strategy: strategy) }
                    .joined(separator: " ")
                let candidateReport = checker.check(candidate)
                if candidateReport.blocking.count < report.blocking.count { (text, report) = (candidate, candidateReport) }
            }
        }
        if !report.passes {
            // One repair pass: clean again what the fitting exposed, then fit again.
            let repaired = refineVersion(DraftVersion(version: version.version, text: text), checker: checker)
            text = fitter.fit(Self.sentences(of: repaired.text)) { sentence, index in
                priority(of: sentence, index: index, strategy: strategy)
            }.joined(separator: " ")
            report = checker.check(text)
        }
        guard !text.isEmpty else {
            throw StageFailure(reason: "목표 바이트 안에 담을 수 있는 내용이 없음")
        }
        return FinalVersion(version: version.version, text: text, bytes: report.bytes, report: report)
    }

    /// Which sentences a version keeps longest when the budget is tight: the most specific ones
    /// (content words, numbers, names) that read least like notes, and on top of that the competency draft's evidence and
    /// the growth draft's before→after thread. A sentence the notes do not support goes first.
    private func priority(of sentence: String, index: Int, strategy: DraftStrategy) -> Int {
        let terms = ContentTerms.terms(in: sentence)
        let specificity = terms.count + terms.filter(\.isFactual).count * 2
        var score = specificity * 10 - Roughness.of(sentence) * 15 - index
        switch strategy {
        case .comprehensive:
            break
        case .competency:
            // The sentence that shows a competency most plainly (two of its cues) is its evidence.
            if Competency.scores(in: sentence).values.contains(where: { $0 >= 2 }) { score += 100 }
        case .growth:
            if NarrativeCues.growthCount(in: sentence) > 0 { score += 100 }
        }
        return score
    }

    /// A sentence shortened to its final clause, with the clause before it when the final one alone
    /// says too little: the words are the sentence's own, so it still states only what it stated.
    static func lastClauses(_ sentence: String) -> String {
        let clauses = ClauseSplitter.clauses(of: sentence)
        guard clauses.count > 1 else { return sentence }
        var kept = [clauses[clauses.count - 1].text]
        if ContentTerms.terms(in: kept[0]).count < 3 { kept.insert(clauses[clauses.count - 2].text, at: 0) }
        return kept.joined(separator: " ")
    }

    /// The sentences of a text, whoever wrote it (lines, bullets and terminators all end one).
    static func sentences(of text: String) -> [String] {
        NotesStructure(text).paragraphs.flatMap { NotesStructure.sentences(of: $0) }
    }

    // MARK: all three stages

    /// Runs draft → refine → finalize for the three versions in one call (CLI and benchmark).
    package func run(_ request: DraftRequest) throws(StageFailure) -> [FinalVersion] {
        let checker = RuleChecker(options: request.options)
        var memo = RefineMemo()
        return try draftVersions(request, checker: checker).map { version throws(StageFailure) in
            try finalizeVersion(refineVersion(version, checker: checker, memo: &memo), checker: checker)
        }
    }
}
