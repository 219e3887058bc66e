import TestSupport
import Testing
@testable import RecordAgents
import RecordRules

@Suite("Offline engine on varied notes")
struct OfflineEngineTests {
    @Test func hasAtLeastFifteenFixtures() {
        #expect(NoteFixture.all.count >= 15)
    }

    @Test("every draft passes its own report", arguments: NoteFixture.all)
    func draftsPass(_ fixture: NoteFixture) throws {
        let request = try fixture.request()
        let versions = try OfflineEngine().run(request)
        #expect(versions.map(\.version) == [1, 2, 3])
        for version in versions {
            #expect(version.report.passes, "v\(version.version): \(version.text)\n\(version.report.blocking.map(\.reason))")
            #expect(version.bytes <= request.options.targetBytes)
            #expect(NEISByteCounter(profile: .safe).count(version.text) <= request.options.targetBytes)
            #expect(!version.text.contains("\n"))
        }
    }

    @Test("every admissible paragraph is reflected", arguments: NoteFixture.all)
    func coversEveryParagraph(_ fixture: NoteFixture) throws {
        let request = try fixture.request()
        let checker = RuleChecker(options: request.options)
        #expect(checker.admissibleParagraphCount >= 1)
        for version in try OfflineEngine().run(request) {
            let paragraphs = try #require(version.report.paragraphs)
            let missing = paragraphs.filter { $0.admissible && !$0.covered }.map(\.index)
            #expect(missing.isEmpty, "v\(version.version) misses paragraphs \(missing): \(version.text)")
        }
    }

    @Test("the three drafts differ", arguments: NoteFixture.all)
    func draftsDiffer(_ fixture: NoteFixture) throws {
        let request = try fixture.request()
        // Notes with one sentence can be stated only one way.
        guard NotesSentences(request.notes).sentences.count > 1 else { return }
        let texts = try OfflineEngine().run(request).map(\.text)
        // Notes that are one thread (each sentence goes on from the one before) keep their order in
        // every version: the comprehensive and the competency draft may then coincide.
        let reading = NotesReading(notes: request.notes, checker: RuleChecker(options: request.options))
        let pairs = reading.blocks.count > 1 ? [(0, 1), (0, 2), (1, 2)] : [(0, 2), (1, 2)]
        for (i, j) in pairs {
            #expect(texts[i] != texts[j], "v\(i + 1) = v\(j + 1): \(texts[i])")
        }
    }

    @Test func theConciseDraftLeavesOutWhatReadsMostLikeNotes() throws {
        #expect(Roughness.of("반응 최고임.") > Roughness.of("중화 적정 실험에서 뷰렛 눈금을 메니스커스 아래 기준으로 정확히 읽음."))
        #expect(Roughness.of("탐구 주제: 효소 활성 비교임.") > 0)
        let notes = """
            중화 적정 실험에서 뷰렛 눈금을 메니스커스 아래 기준으로 정확히 읽음. 반응 최고 ok. 3회 반복 측정한 평균값을 제품 표기 농도와 비교하고 차이의 원인을 종말점 판단으로 분석함. 자료는 좋음.
            """
        let concise = try #require(try OfflineEngine().run(DraftRequest(notes: notes, section: .subject, subject: "화학")).last)
        #expect(concise.text.contains("메니스커스") && concise.text.contains("종말점"), "\(concise.text)")
        #expect(!concise.text.contains("최고") && !concise.text.contains("좋음"), "\(concise.text)")
    }

    @Test func versionsKeepAResultAfterItsExperimentAndWhatCameNextAfterIt() throws {
        let notes = """
            철못 부식 실험을 설계함.
            소금물 조건에서 부식이 가장 빠름.
            학급 게시판에 과학 상식 카드를 붙임.
            그 뒤로 실험 보고서를 모둠원들과 나누어 씀.
            """
        let texts = try OfflineEngine().run(DraftRequest(notes: notes, section: .subject, subject: "화학")).map(\.text)
        for text in texts {
            if let result = text.range(of: "소금물 조건에서") {
                let experiment = try #require(text.range(of: "철못 부식 실험"), "\(text)")
                #expect(experiment.lowerBound < result.lowerBound, "\(text)")
            }
            if let later = text.range(of: "실험 보고서를"), let before = text.range(of: "과학 상식 카드") {
                #expect(before.lowerBound < later.lowerBound, "\(text)")
            }
        }
    }

    @Test("every sentence states one notes sentence, or two adjacent ones", arguments: NoteFixture.all)
    func everySentenceHasItsSource(_ fixture: NoteFixture) throws {
        let request = try fixture.request()
        let notes = NotesSentences(request.notes).sentences
        for version in try OfflineEngine().run(request) {
            let traced = try #require(version.report.sentences)
            #expect(!traced.isEmpty)
            for sentence in traced {
                let text = version.text.utf16Slice(sentence.span)
                #expect(!sentence.sources.isEmpty, "v\(version.version) «\(text)» has no source")
                #expect(sentence.sources.count <= 2, "v\(version.version) «\(text)» from \(sentence.sources)")
                if sentence.sources.count == 2 {
                    let (first, second) = (notes[sentence.sources[0]], notes[sentence.sources[1]])
                    #expect(second.index == first.index + 1 && second.paragraph == first.paragraph, "v\(version.version) «\(text)»")
                }
            }
        }
    }

    @Test("no forbidden or negative wording survives", arguments: NoteFixture.all)
    func noForbiddenContent(_ fixture: NoteFixture) throws {
        for version in try OfflineEngine().run(try fixture.request()) {
            let categories = Set(version.report.violations.map(\.category))
            #expect(categories.allSatisfy { !$0.isForbiddenContent }, "v\(version.version): \(version.text)")
            #expect(!categories.contains(.negativeWording), "v\(version.version): \(version.text)")
            for word in fixture.mustNotContain ?? [] {
                #expect(!version.text.contains(word), "v\(version.version) keeps '\(word)': \(version.text)")
            }
        }
    }

    @Test func notesAtTheSizeLimitStillGiveThreeVersionsWithinTheTarget() throws {
        let paragraphs = NoteFixture.all.map(\.notes)
        var notes = paragraphs.joined(separator: "\n\n")
        while notes.count < DraftRequest.maxNotesCharacters - 2000 { notes += "\n\n" + notes }
        notes = String(notes.prefix(DraftRequest.maxNotesCharacters))
        let request = try DraftRequest(notes: notes, section: .behavior)
        let versions = try OfflineEngine().run(request)
        #expect(versions.count == 3)
        for version in versions {
            #expect(version.bytes <= 900)
            // 60 paragraphs cannot all fit in 900 bytes: the report must say which are missing.
            #expect(version.report.violations.contains { $0.category == .coverage }, "v\(version.version) \(version.bytes) \(version.report.violations.map(\.category)) \(version.text)")
        }
    }

    @Test func draftsAreDeterministic() throws {
        let request = try NoteFixture.all[0].request()
        #expect(try OfflineEngine().run(request) == OfflineEngine().run(request))
    }

    @Test func notesWithOnlyForbiddenContentFailWithAReason() throws {
        let request = try DraftRequest(notes: "교외 수학 올림피아드 은상. 토플 110점.\n\n여름방학 미국 어학연수.", section: .club)
        #expect(throws: StageFailure.self) { try OfflineEngine().run(request) }
    }

    @Test func stagesThroughTheProtocolMatchTheDirectRun() async throws {
        let request = try NoteFixture.all[1].request()
        let engine: any StageAgent = OfflineEngine()
        let deadline = ContinuousClock.now + .seconds(10)
        var finals: [FinalVersion] = []
        for drafted in try await engine.draft(request, deadline: deadline).value {
            #expect(drafted.producer == .offline)
            let refined = try await engine.refine(drafted.value, request: request, deadline: deadline)
            let final = try await engine.finalize(refined.value.value, request: request, deadline: deadline)
            #expect(refined.usage.isEmpty && final.usage.isEmpty)
            finals.append(final.value.value)
        }
        #expect(finals == (try OfflineEngine().run(request)))
    }
}

extension String {
    /// The text of a UTF-16 span, as reports give them.
    func utf16Slice(_ span: TextSpan) -> String {
        let units = Array(utf16)
        return String(decoding: units[span.start..<min(span.end, units.count)], as: UTF16.self)
    }
}
