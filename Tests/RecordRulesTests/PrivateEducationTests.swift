import Testing
@testable import RecordRules

@Suite("Private education")
struct PrivateEducationTests {
    static let privateLessons: [(String, [String])] = [
        ("학원에서 선행 학습을 함.", ["학원에서"]),
        ("메가스터디 인강을 들으며 공부함.", ["메가스터디", "인강을"]),
        ("과외 선생님과 문제를 풂.", ["과외"]),
        ("인터넷 강의로 개념을 복습함.", ["인터넷 강의로"]),
        ("사설 코딩 캠프에서 앱 개발을 배움.", ["사설"]),
        ("방학 동안 윈터스쿨에 참여함.", ["윈터스쿨에"]),
        ("한결학원 선생님에게 배운 풀이법을 소개함.", ["한결학원"]),
    ]

    @Test("학원, 과외, 인강 and providers block", arguments: privateLessons)
    func lessons(_ example: (String, [String])) throws {
        let findings = try ContentFindings.of(example.0)
        #expect(findings.map(\.category).allSatisfy { $0 == .privateEducation }, "\(example.0)")
        #expect(findings.map(\.excerpt) == example.1, "\(example.0)")
        #expect(findings.allSatisfy { $0.severity == .block })
    }

    static let notPrivate = [
        "학원 폭력 예방 교육을 받음.",
        "자기주도 학습 계획을 세움.",
        "과외 활동에 참여함.",
        "사교육비 증가 문제를 토론함.",
        "신문 사설을 비교하며 논조를 분석함.",
        "사설시조의 특징을 정리함.",
        "수업 시간에 학습지를 풀며 개념을 정리함.",
        "대학원 진학을 목표로 연구 분야를 조사함.",
        "국립과학원의 연구 윤리 지침을 읽고 토론함.",
    ]

    @Test("school violence, self-study and editorials pass", arguments: notPrivate)
    func notPrivateEducation(_ sentence: String) throws {
        #expect(try ContentFindings.of(sentence).isEmpty, "\(sentence)")
    }
}
