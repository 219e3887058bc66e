import Testing
@testable import RecordRules

@Suite("School identity")
struct SchoolIdentityTests {
    static let schools: [(String, String)] = [
        ("OO고등학교 축제 준비위원으로 활동함.", "OO고등학교"),
        ("서울과학고등학교 학생들과 공동 연구를 진행함.", "서울과학고등학교"),
        ("한빛중학교 시절부터 과학에 관심을 보임.", "한빛중학교"),
        ("○○중학교에서 배운 내용을 복습함.", "○○중학교에서"),
        ("한빛고에서 열린 토론회에 참여함.", "한빛고에서"),
        ("대원외고 축제에 참여함.", "대원외고"),
        ("△△고 학생회장으로 활동함.", "△△고"),
        ("은하고 학생으로서 지역 환경 정화 활동에 참여함.", "은하고"),
        ("우리 학교 ○○제에서 부스를 운영함.", "○○제에서"),
        ("학교 한빛제에서 사회를 봄.", "한빛제"),
        ("별빛축제 기획단장으로 활동함.", "별빛축제"),
        ("학교 축제인 '푸른제'의 홍보 포스터를 제작함.", "'푸른제'"),
        ("대성학원 재단 설립 기념 행사에 참여함.", "대성학원"),
    ]

    @Test("a school's or a festival's name blocks", arguments: schools)
    func school(_ example: (String, String)) throws {
        let findings = try ContentFindings.of(example.0).filter { $0.category == .schoolIdentity }
        #expect(findings.map(\.excerpt) == [example.1], "\(example.0)")
        #expect(findings.allSatisfy { $0.severity == .block && $0.reason.contains("유의사항 4") })
        #expect(ViolationCategory.schoolIdentity.koreanName == "학교 식별 정보")
    }

    static let notSchools = [
        "고등학교 생활에 적응함.", "중학교 때 배운 개념을 활용함.", "고등학교 수준의 문제를 풂.", "학교 축제 준비위원으로 활동함.",
        "최고의 결과를 위해 참고 자료를 찾음.", "사고 실험으로 가설을 세움.", "재고 관리 방법을 조사함.", "과학고 진학을 목표로 공부함.",
        "일반고와 특성화고의 차이를 조사함.", "실험을 설계하고 학생들과 결과를 공유함.", "수업 중 학생들이 질문함.",
        "의원내각제의 특징을 조사하여 전시함.", "촉매제 실험 사진을 찍어 전시함.", "학교 예술제에서 작품을 전시함.",
        "가을축제에서 부스를 운영함.", "중고등학교 교육과정을 비교함.",
    ]

    @Test("a school level or an ordinary word passes", arguments: notSchools)
    func notSchool(_ sentence: String) throws {
        #expect(!(try ContentFindings.categories(sentence)).contains(.schoolIdentity), "\(sentence)")
    }

    @Test func aSchoolNameBecomesGeneric() throws {
        let checker = try ContentFindings.checker(section: .autonomous)
        #expect(checker.neutralized("OO고등학교 축제 준비위원으로 활동함.") == "학교 축제 준비위원으로 활동함.")
        #expect(checker.neutralized("한빛고에서 열린 토론회에 참여함.") == "학교에서 열린 토론회에 참여함.")
        #expect(checker.neutralized("우리 학교 ○○제에서 부스를 운영함.") == "우리 학교 축제에서 부스를 운영함.")
    }

    @Test func aFestivalNameTheTeacherGivesIsTheirOwnTerm() throws {
        let findings = try ContentFindings.of("솔빛 축제에서 공연함.", extra: ["솔빛 축제"])
        #expect(findings.map(\.category) == [.customTerm])
    }
}
