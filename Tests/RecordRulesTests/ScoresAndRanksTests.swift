import Testing
@testable import RecordRules

@Suite("Scores, ranks and grades")
struct ScoresAndRanksTests {
    static let scores: [(String, [String])] = [
        ("중간고사에서 98점을 받아 학년 1등을 함.", ["98점을", "1등을"]),
        ("전교 3등을 함.", ["3등을"]),
        ("반에서 2등을 함.", ["2등을"]),
        ("성적이 30점 올라 뿌듯해함.", ["30점"]),
        ("수행평가에서 만점을 받아 자신감을 얻음.", ["만점을"]),
        ("기말고사 수학 100점을 받음.", ["100점을"]),
        ("학년 상위 3% 이내의 성적을 유지함.", ["상위 3%"]),
        ("30명 중 2등을 차지함.", ["2등을"]),
        ("전교 5위 안에 듦.", ["5위"]),
        ("학년 석차가 크게 올라 뿌듯해함.", ["석차가"]),
        ("1학기 중간고사 수학 점수가 크게 올라 자신감을 얻음.", ["점수가 크게 올라"]),
        ("학급에서 성적이 가장 높음.", ["성적이 가장"]),
        ("반 등수가 10등 올라감.", ["등수가", "10등"]),
        // A grade that went up, however the notes say it, with or without an examination named.
        ("수학 성적 많이 오름.", ["성적 많이 오름"]),
        ("2학기 들어 과학 성적이 크게 올랐음.", ["성적이 크게 올랐음"]),
    ]

    @Test("a score or a rank blocks", arguments: scores)
    func score(_ example: (String, [String])) throws {
        let findings = try ContentFindings.of(example.0).filter { $0.category == .examScore }
        #expect(findings.map(\.excerpt) == example.1, "\(example.0)")
        #expect(findings.allSatisfy { $0.severity == .block })
    }

    static let notScores = [
        "PAPS 심폐지구력 1등급을 기록함.",
        "체육 시간 팝스 측정에서 유연성 1등급을 받음.",
        "점수를 매기는 기준을 토론함.",
        "등급 분류 기준을 세움.",
        "시험 불안을 극복함.",
        "원을 4등분하여 넓이를 구함.",
        "1등성과 6등성의 밝기 차이를 계산함.",
        "5점 척도 설문지를 설계함.",
        "농구 수업에서 3점 슛을 연습함.",
        "에너지 소비 효율 1등급 가전의 특징을 조사함.",
        "석차 대신 성장 정도를 보여 주는 평가 방식에 대해 토론함.",
        "우리나라가 반도체 수출 세계 1위임을 자료로 확인함.",
        "모둠 과제를 1등으로 제출함.",
        "2학년 3반 학급 회의를 진행함.",
        "학업 성적이 꾸준히 향상됨.",
        "중간고사를 앞두고 오답 노트를 만들어 친구들과 공유함.",
    ]

    @Test("numbers and words that are not a student's score pass", arguments: notScores)
    func notScore(_ sentence: String) throws {
        #expect(try ContentFindings.of(sentence).isEmpty, "\(sentence)")
    }

    @Test func aPlacingInARaceIsACompetitionResult() throws {
        let findings = try ContentFindings.of("계주에서 1등으로 들어옴.", section: .autonomous)
        #expect(findings.map(\.category) == [.competitionAward])
        #expect(findings.first?.excerpt == "1등으로")
        #expect(findings.first?.severity == .block)
    }

    @Test func aLanguageTestScoreIsTheLanguageTestsFinding() throws {
        #expect(try ContentFindings.categories("토플 105점을 받음.") == [.languageTest])
        #expect(try ContentFindings.categories("오픽 IH 등급을 받을 만큼 말하기 능력이 좋음.") == [.languageTest])
        #expect(try ContentFindings.categories("토플 105점, 전교 2등, 과학 동아리 부장") == [.languageTest, .examScore])
    }
}
