/// Runs every rule over a text. Built once per request (it pre-computes the notes' coverage terms
/// and grounding facts) and then cheap to run on each draft or edit.
package struct RuleChecker: Sendable {
    package let options: CheckOptions
    private let forbidden: ForbiddenContentDetector
    private let coverage: Coverage?
    private let grounding: Grounding?
    private let notesSentences: NotesSentences?
    private let alignment: SourceAlignment?
    private let notesFindings: NotesFindings?
    /// The notes as the checker read them, for a drafting stage built on the same checker to read them
    /// once: their layout, sentences, memos and each sentence's assessment.
    package let notesReading: NotesModel?

    package struct NotesModel: Sendable {
        package let structure: NotesStructure
        package let sentences: NotesSentences
        package let memo: MemoLines
        package let assessments: [String: ClauseAssessment]
    }

    package init(options: CheckOptions) {
        self.options = options
        let forbidden = ForbiddenContentDetector(extraTerms: options.extraForbiddenTerms, studentNames: options.roster)
        self.forbidden = forbidden
        if let notes = options.notes {
            // Only what a draft may keep counts: clauses with forbidden content or negative
            // wording are not expected to reappear in their own words.
            let checker = Partial(forbidden: forbidden, section: options.section)
            let structure = NotesStructure(notes)
            let sentences = NotesSentences(structure)
            // Each notes sentence is assessed once, for both uses below.
            let assessed = sentences.sentences.map { sentence in (sentence, checker.assess(sentence.text), checker.neutralized(sentence.text)) }
            // Sentence by sentence, as drafts are written: a sentence with a shortcoming may appear
            // only as the change it records or as an expectation, so its own words are not required.
            var admissible = Array(repeating: [String](), count: structure.paragraphs.count)
            // A sentence that only adds to a left-out one before it in its paragraph goes with it.
            var leftOutParagraph: Int?
            var assessments: [String: ClauseAssessment] = [:]
            for (sentence, assessment, _) in assessed { assessments[sentence.text] = assessment }
            let memo = MemoLines(structure) { text in assessments[text] ?? checker.assess(text) }
            for (sentence, assessment, neutralized) in assessed {
                if memo.contains(paragraph: sentence.paragraph, text: sentence.text)
                    || NonRecordSentences.isAttendanceTally(sentence.text) || NonRecordSentences.isPlanNotYetDone(sentence.text)
                    || NonRecordSentences.isBareVerdict(sentence.text) || NonRecordSentences.isVerdictOnThePerson(sentence.text)
                    || NonRecordSentences.isOnlyConnectives(sentence.text)
                {
                    continue
                }
                if leftOutParagraph == sentence.paragraph, DependentSentences.measuresWhatCameBefore(sentence.text) { continue }
                guard let neutralized,
                      assessment.wording.allSatisfy({ $0.rephrasing == .dropTerm || $0.violation.category != .negativeWording })
                else {
                    leftOutParagraph = sentence.paragraph
                    continue
                }
                // "진로 발표날 지각해서 순서 바뀜" without its lateness is a change of nothing the record states.
                if assessment.wording.contains(where: { $0.violation.category == .negativeWording }),
                   DependentSentences.measuresWhatCameBefore(neutralized)
                {
                    continue
                }
                leftOutParagraph = nil
                // "장래희망: 초등교사" → "초등교사를 희망함": a label is the notes' layout, which drafts write out.
                admissible[sentence.paragraph].append(Self.withoutLeadingLabel(neutralized))
            }
            coverage = Coverage(paragraphs: admissible.map { $0.joined(separator: " ") })
            // Only what the rewriting changed can name an activity the notes do not.
            grounding = Grounding(notes: notes, rewritten: assessed.compactMap { sentence, _, rewritten in
                rewritten == sentence.text ? nil : rewritten
            }.joined(separator: " "))
            notesSentences = sentences
            notesReading = NotesModel(structure: structure, sentences: sentences, memo: memo, assessments: assessments)
            alignment = SourceAlignment(notes: sentences)
            notesFindings = NotesFindings(entries: assessed.map { _, assessment, neutralized in
                NotesFindings.Entry(
                    blocking: assessment.forbidden.first?.violation,
                    negative: assessment.wording.first { $0.violation.category == .negativeWording }?.violation,
                    keepable: neutralized != nil,
                    aspects: assessment.wording.compactMap { finding in
                        if case .expectation(let aspect) = finding.rephrasing { aspect } else { nil }
                    })
            })
        } else {
            coverage = nil
            grounding = nil
            notesSentences = nil
            notesReading = nil
            alignment = nil
            notesFindings = nil
        }
    }

    /// The sentence without a label of at most three words before a colon.
    static func withoutLeadingLabel(_ text: String) -> String {
        // "2학년, 부장": drafts leave the year out, so coverage does not ask for it.
        let sentence = NonRecordSentences.withoutYearLead(text)
        guard sentence.includes(": "), let colon = sentence.range(of: ": ") else { return sentence }
        let label = sentence[..<colon.lowerBound]
        guard label.split(separator: " ").count <= 3, !label.contains("'"), !label.contains("\"") else { return sentence }
        return String(sentence[colon.upperBound...])
    }

    package func check(_ text: String) -> RuleReport {
        let scanned = ScalarText(text)
        var violations = forbidden.detect(in: scanned, section: options.section)
        violations += Self.wordingFindings(in: scanned, section: options.section).map(\.violation)
        violations += Style.check(scanned)
        violations += CharacterCheck.check(scanned)

        let official = NEISByteCounter(profile: .official).count(normalized: scanned.string)
        let safe = NEISByteCounter(profile: .safe).count(normalized: scanned.string)
        let measured = options.profile == .official ? official : safe
        if measured > options.targetBytes {
            violations.append(Violation(
                category: .byteLimit, severity: .block, span: nil, excerpt: "",
                reason: "\(measured)바이트로 목표 \(options.targetBytes)바이트를 \(measured - options.targetBytes)바이트 넘음"
                    + (options.budget.part1Bytes.map { " (\(options.budget.combinedSubject ?? "공통과목")은 합산 \(options.budget.limitBytes)바이트, 1의 기록이 \($0)바이트)" } ?? "")))
        }
        if scanned.string.trimmed.isEmpty {
            violations.append(Violation(category: .coverage, severity: .block, span: nil, excerpt: "", reason: "내용이 비어 있음"))
        }

        var paragraphs: [Coverage.Paragraph]?
        if let coverage {
            let result = coverage.paragraphs(in: scanned.string)
            paragraphs = result
            for paragraph in result where paragraph.admissible && !paragraph.covered {
                violations.append(Violation(
                    category: .coverage, severity: .block, span: nil, excerpt: paragraph.excerpt,
                    reason: "메모의 \(paragraph.index + 1)번째 반영 대상 문단 내용이 빠짐"))
            }
        }
        if let grounding {
            violations += grounding.unsupported(in: scanned)
        }
        violations.sort { ($0.span?.start ?? Int.max, $0.category.rawValue) < ($1.span?.start ?? Int.max, $1.category.rawValue) }
        var sources: [SentenceSource]?
        var notesUse: [NotesUse]?
        if let alignment, let notesFindings {
            let traced = scanned.sentenceRanges().map { range in
                let sentence = scanned.slice(range)
                var sources = alignment.sources(of: sentence)
                if sources.isEmpty, let notesSentences { sources = notesFindings.expectationSources(of: sentence, in: notesSentences) }
                return SentenceSource(span: scanned.span(range), sources: sources)
            }
            sources = traced
            notesUse = notesFindings.uses(stated: Set(traced.flatMap(\.sources)))
        }
        return RuleReport(
            passes: !violations.contains { $0.severity == .block },
            bytes: official, safeBytes: safe, targetBytes: options.targetBytes, byteProfile: options.profile,
            violations: violations, paragraphs: paragraphs, sentences: sources, notesUse: notesUse, budget: options.budget)
    }

    /// The notes as numbered sentences, the indices `SentenceSource` and `NotesUse` refer to; empty
    /// without notes.
    package var sentencesOfNotes: [NotesSentences.Sentence] { notesSentences?.sentences ?? [] }

    /// The notes sentences a draft sentence states (empty without notes, or when none supports it).
    package func sources(of sentence: String) -> [Int] {
        alignment?.sources(of: sentence) ?? []
    }

    /// The indices of the notes' admissible paragraphs that `text` reflects (empty without notes).
    package func coveredParagraphs(in text: String) -> [Int] {
        coverage?.paragraphs(in: text).filter(\.covered).map(\.index) ?? []
    }

    /// The admissible paragraphs `text` mentions at all: empty for framing that reflects no note.
    package func mentionedParagraphs(in text: String) -> [Int] {
        coverage?.mentionedParagraphs(in: text) ?? []
    }

    /// The notes' coverage model, nil when the checker was built without notes.
    package var coverageModel: Coverage? { coverage }

    /// Whether the notes' paragraph `index` holds content a draft must reflect.
    package func isAdmissibleParagraph(_ index: Int) -> Bool {
        coverage?.isAdmissible(index) ?? false
    }

    /// How many paragraphs of the notes hold admissible content.
    package var admissibleParagraphCount: Int { coverage?.paragraphCount ?? 0 }

    /// What the content rules say about one clause, with the rephrasings a drafting stage may use.
    package struct ClauseAssessment: Sendable {
        package struct Finding: Sendable {
            package let violation: Violation
            package let rephrasing: Rephrasing?
        }

        /// Blocking forbidden content.
        package let forbidden: [Finding]
        /// Negative wording and exaggeration.
        package let wording: [Finding]
    }

    package func assess(_ clause: String) -> ClauseAssessment {
        Partial(forbidden: forbidden, section: options.section).assess(clause)
    }

    /// The sentence with forbidden names replaced by generic words and the request's own terms
    /// removed, or nil when it holds forbidden content that cannot be kept in any form.
    package func neutralized(_ sentence: String) -> String? {
        Partial(forbidden: forbidden, section: options.section).neutralized(sentence)
    }

    /// The content rules without the notes, usable while the checker itself is being built.
    private struct Partial {
        let forbidden: ForbiddenContentDetector
        let section: Section

        func assess(_ clause: String) -> ClauseAssessment {
            let scanned = ScalarText(clause)
            return ClauseAssessment(
                forbidden: forbidden.findings(in: scanned, section: section).filter { $0.violation.severity == .block },
                wording: RuleChecker.wordingFindings(in: scanned, section: section))
        }

        func neutralized(_ sentence: String) -> String? {
            Neutralizer.neutralize(sentence) { assess($0).forbidden }
        }
    }

    private static func wordingFindings(in text: ScalarText, section: Section) -> [ClauseAssessment.Finding] {
        NegativeWording.findings(in: text, section: section)
    }
}
