import Testing
@testable import RecordRules

@Suite("A teacher's request to leave something out")
struct ExclusionDirectionTests {
    @Test func theWordsBeforeTheMarkerAreWhatIsLeftOut() {
        #expect(ExclusionDirection.excluded(in: "→ 지각, 다툼 얘기는 빼고 2학기 변화랑 조율 능력 위주로 좋게 써주세요") == ["지각", "다툼"])
        #expect(ExclusionDirection.excluded(in: "점수 얘기는 빼 주세요.") == ["점수"])
        #expect(ExclusionDirection.excluded(in: "보건실 도우미는 봉사로 빼도 됨") == ["보건실", "도우미", "봉사로"])
        // No request, or one that names nothing.
        #expect(ExclusionDirection.excluded(in: "진로 쪽으로 강조 부탁드려요.") == nil)
        #expect(ExclusionDirection.excluded(in: "이건 빼 주세요.") == nil)
    }

    @Test func whatTheRequestNamesIsLeftOutForCoverageToo() throws {
        let notes = "- 1학기 지각 8회. 대부분 늦잠이라고 함\n- 2학기 학급 부반장. 투표 방식을 정리해서 의견을 조율함\n"
            + "- 4월에 복도에서 다른반 학생이랑 말다툼 있었음(서로 사과하고 마무리)\n\n→ 지각, 다툼 얘기는 빼고 2학기 변화 위주로 써주세요"
        let checker = RuleChecker(options: try CheckOptions(section: .behavior, notes: notes))
        #expect(checker.check("2학기 학급 부반장을 맡아 투표 방식을 정리하여 의견을 조율함.").passes)
    }
}
