import Testing
@testable import RecordRules

@Suite("Activity abroad, by meaning")
struct OverseasActivityTests {
    /// A foreign place with an activity there, and the words that name one.
    static let abroad: [(String, String)] = [
        ("방학 중 미국 보스턴에서 열린 해외 역사 캠프에 참가함.", "미국"),
        ("여름방학에 호주 시드니에서 홈스테이를 하며 영어를 익힘.", "호주"),
        ("캐나다에서 2년간 거주한 경험을 바탕으로 발표함.", "캐나다에서"),
        ("일본에 가서 지진 대피 훈련을 체험함.", "일본에"),
        ("일본 교토의 전통 공예 공방에서 체험 활동을 함.", "일본"),
        ("방학 동안 외국에서 열린 국제 청소년 포럼에 참가함.", "외국에서"),
        ("베트남 해외 봉사 활동에서 아이들에게 한글을 가르침.", "베트남"),
        ("국외 연수 프로그램에 참여함.", "국외"),
        ("중국 베이징 자매학교를 방문하여 문화 교류 활동을 함.", "중국"),
        ("대만 자매학교 학생들과 현지에서 공동 과학 실험을 진행함.", "대만"),
        ("겨울방학에 어학연수를 다녀옴.", "어학연수를"),
        ("교환학생으로 선발되어 한 학기를 보냄.", "교환학생으로"),
        ("미국 동부의 대학 캠퍼스 투어에 참여함.", "미국"),
        ("유학 생활을 준비함.", "유학"),
    ]

    @Test("an activity abroad blocks", arguments: abroad)
    func activityAbroad(_ example: (String, String)) throws {
        let finding = try #require(try ContentFindings.of(example.0).first { $0.category == .overseasActivity }, "\(example.0)")
        #expect(finding.severity == .block)
        #expect(finding.excerpt == example.1, "\(example.0)")
        #expect(finding.reason.contains("해외 활동"))
    }

    /// A foreign place as a topic, help sent from home, visitors here, and words that only look like places.
    static let topics = [
        "미국 독립 혁명을 탐구함.",
        "일본의 에너지 정책을 조사함.",
        "해외 사례를 조사함.",
        "유학 사상의 핵심 개념을 정리함.",
        "중국의 인구 정책 변화를 조사하여 보고서로 정리함.",
        "일본 문화 체험 부스를 운영하며 전통 놀이를 소개함.",
        "영어 시간에 런던 여행 계획서를 작성하여 발표함.",
        "필리핀 이주민 가정의 아동을 위한 봉사 활동에 참여함.",
        "아프리카 난민 아동을 돕기 위한 모금 캠페인을 기획함.",
        "파리에서 열린 기후 회의의 합의 내용을 조사함.",
        "미국에서 온 교환학생과 교류함.",
        "유학생이 겪는 문화 적응 문제를 다룬 기사를 읽음.",
        "인도를 따라 걸으며 쓰레기를 주움.",
        "손을 호주머니에 넣고 발표하는 습관을 고침.",
        "중국어 캠프에서 배운 표현으로 역할극을 함.",
        "가상 여행 프로그램으로 유럽의 박물관을 둘러봄.",
    ]

    @Test("a foreign place as a topic passes", arguments: topics)
    func topic(_ sentence: String) throws {
        #expect(!(try ContentFindings.categories(sentence)).contains(.overseasActivity), "\(sentence)")
    }
}
