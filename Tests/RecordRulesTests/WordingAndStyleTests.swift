import Testing
@testable import RecordRules

@Suite("Negative wording, style and characters")
struct WordingAndStyleTests {
    static func report(_ text: String, section: Section = .club) throws -> RuleReport {
        RuleChecker(options: try CheckOptions(section: section)).check(text)
    }

    @Test func negativeWordingIsAWarningWithARephrasing() throws {
        let report = try Self.report("집중력이 부족함. 수업 중 산만함.")
        let negative = report.violations.filter { $0.category == .negativeWording }
        #expect(negative.count == 2)
        #expect(negative.allSatisfy { $0.severity == .warn })
        #expect(negative.contains { $0.suggestion == "수업 집중을 보완한다면 더욱 성장할 것으로 기대됨." })
        #expect(report.passes)
    }

    @Test func negatedPraiseIsNotNegative() throws {
        #expect(try Self.report("어려운 문제도 포기하지 않고 끝까지 해결함.").violations.isEmpty)
        #expect(try Self.report("실험을 게을리하지 않음.").violations.isEmpty)
        #expect(!(try Self.report("과제를 제출하지 않음.").violations.isEmpty))
    }

    @Test func contrastConnectivesAreDroppable() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .behavior))
        let finding = try #require(checker.assess("하지만 학급 환경부장을 맡음").wording.first)
        #expect(finding.rephrasing == .dropTerm)
    }

    @Test func exaggerationIsReported() throws {
        #expect(try Self.report("탁월한 발표 능력을 보임.").violations.map(\.category) == [.exaggeration])
    }

    @Test func sentencesMustEndInNounForm() throws {
        #expect(try Self.report("토론에 참여함. 모형을 만듦. 관심이 있음.").passes)
        let failing = try Self.report("토론에 참여했다. 비판적 사고력이 뛰어납니다.")
        #expect(failing.blocking.map(\.category) == [.sentenceEnding, .sentenceEnding])
        #expect(failing.blocking.first?.suggestion == "토론에 참여함.")
        #expect(failing.blocking.last?.suggestion == "비판적 사고력이 뛰어남.")
    }

    @Test func aMissingPeriodIsReported() throws {
        let report = try Self.report("토론에 참여함")
        #expect(report.blocking.map(\.reason) == ["문장 끝에 마침표가 없음"])
    }

    @Test func misspeltNounFormsAreReported() throws {
        let report = try Self.report("모형을 만듬. 토론을 이끔. 좋은 결과가 됌.")
        let misspellings = report.violations.filter { $0.category == .misspelling }
        #expect(misspellings.compactMap(\.suggestion) == ["만듦", "이끎", "됨"])
    }

    @Test func charactersNEISCannotTakeAreReported() throws {
        let cases: [(String, String)] = [
            ("漢字를 조사함.", "한자"),
            ("실험에 참여함 👍.", "이모지"),
            ("ㅋㅋ 재미있게 참여함.", "자모"),
            ("**실험** 설계함.", "마크다운"),
            ("① 실험을 설계함.", "번호"),
            ("1. 실험을 설계함.", "번호"),
            ("실험을 설계함.\n발표함.", "줄바꿈"),
        ]
        for (text, reasonWord) in cases {
            let findings = try Self.report(text).violations.filter { $0.category == .character }
            #expect(findings.contains { $0.reason.contains(reasonWord) }, "\(text): \(findings.map(\.reason))")
        }
        #expect(try Self.report("PAPS 측정(50m 달리기)에서 8.5초를 기록함.").violations.isEmpty)
    }

    @Test func overTheTargetIsReportedWithTheExcess() throws {
        let options = try CheckOptions(section: .behavior, targetBytes: 30)
        let report = RuleChecker(options: options).check("학급 환경부장으로 분리수거를 챙김.")
        #expect(report.bytes == 49)
        #expect(report.blocking.map(\.category) == [.byteLimit])
        #expect(report.blocking.first?.reason.contains("19바이트") == true)
    }

    @Test func reportEncodesAsJSON() throws {
        let report = try Self.report("토플 점수가 오름.")
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"category\":\"language_test\""))
        #expect(json.contains("\"passes\":false"))
    }
}

import Foundation
