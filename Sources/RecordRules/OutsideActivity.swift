/// 학교 밖 개인 활동: what the student did with their family or on their own outside the school's
/// plan ("가족과 과학관을 견학함", "주말에 부모님과 봉사활동을 다녀옴"). A record holds only what the
/// school's 교육계획 ran and a teacher observed (기재요령: 학교교육계획에 따라 실시한 활동), so it blocks.
/// Family as a topic is no finding: "가족과의 대화", "부모님과 상의하여 진로를 정함", a trip written
/// about in class ("가족과 다녀온 여행을 소재로 수필을 씀").
enum OutsideActivity {
    static let reason = "가족과 함께하거나 개인적으로 한 학교 밖 활동은 기재할 수 없음(학교 교육계획에 따른 활동만 기재)"
    static let suggestion = "학교 교육활동에서 한 내용만 씀"

    /// Who the student went with, and the particle that says "with".
    static let companions: [String] = {
        let people = ["가족", "가족들", "부모님", "어머니", "아버지", "엄마", "아빠", "할머니", "할아버지", "삼촌", "이모", "고모", "사촌", "누나", "언니", "오빠", "동생"]
        return people.flatMap { person in
            let with = Hangul.particle(after: person, withFinal: "과", withoutFinal: "와")
            let and = Hangul.particle(after: person, withFinal: "이랑", withoutFinal: "랑")
            return [with, and, "하고"].map { person + $0 }
        } + ["개인적으로", "사적으로", "주말마다 혼자", "주말에 혼자", "방학 때 혼자", "방학 중 혼자"]
    }()

    /// Going somewhere or doing something there.
    static let outings = Cues([
        "견학", "여행", "방문", "다녀", "관람", "체험", "캠프", "봉사", "등산", "답사", "탐방", "박람회", "전시회", "박물관", "과학관",
        "미술관", "천문대", "공연", "템플스테이", "캠핑", "놀러", "나들이", "순례",
    ])

    /// The outing is the topic of the student's work in school.
    static let topicCues = Cues([
        "소재", "주제로", "주제를", "바탕으로", "떠올려", "떠올리", "경험을", "경험담", "이야기를 나", "대화", "다룬", "다루", "그린 ", "관계", "갈등",
    ])

    /// Places and events inside the school: what happens there is no outside activity.
    static let schoolPlaces = Cues(["교내", "중앙현관", "학교 축제", "축제", "점심시간", "급식실", "강당", "운동장", "교실", "학교 행사"])

    static let rules: [TermRule] = [
        // Paid work outside school: "주말에 편의점 아르바이트 한다고 함".
        TermRule(
            .outsideActivity,
            terms: ["아르바이트", "알바"],
            reason: reason, suggestion: suggestion,
            context: .all([.wordStart, .notFollowedBy(["트로스", "생의 권리", "생 권리", " 노동", "노동", "생 인터뷰", " 근로", "근로"])])),
        // A university's program, its name already taken out ("대학 건축 캠프에 참가함").
        TermRule(
            .outsideActivity,
            terms: ["캠프", "아카데미", "계절학기", "영재교육원", "영재원", "체험 프로그램", "교육 프로그램", "여름학교", "겨울학교"],
            reason: "대학이 운영한 교외 프로그램은 기재할 수 없음(학교 교육계획에 따른 활동만 기재)",
            suggestion: suggestion,
            context: .precededWithin(["대학 ", "대학교 ", "대학의 ", "대학에서 ", "대학교에서 ", "대학이 ", "대학교가 "], window: 14)),
        // A company's programme, its name already taken out ("기업 인턴 멘토링 프로그램 신청").
        TermRule(
            .outsideActivity,
            terms: ["프로그램", "멘토링", "인턴십", "인턴", "캠프", "아카데미"],
            reason: "기업이 운영한 교외 프로그램은 기재할 수 없음(학교 교육계획에 따른 활동만 기재)",
            suggestion: suggestion,
            context: .precededWithin(["기업 ", "기업의 ", "기업에서 ", "회사 ", "회사의 ", "회사에서 "], window: 14)),
        // A program the student applied for on their own ("견학 프로그램 따로 신청해서 다녀옴", "교수님 온라인
        // 멘토링 신청해서", "경제교육 온라인 강의 수료함"), or performing in the street: outside the school's plan.
        TermRule(
            .outsideActivity,
            terms: ["따로 신청해", "따로 신청하", "개별적으로 신청", "개인적으로 신청", "혼자 신청해", "온라인 멘토링", "멘토링 신청", "멘토링을 신청",
                    "버스킹", "거리 공연", "온라인 강의 수료", "온라인 강의를 수료", "온라인 강좌 수료", "온라인 강좌를 수료", "온라인 과정 수료",
                    "인터넷 강의 수료", "원격 강의 수료", "오픈캠퍼스", "오픈 캠퍼스"],
            reason: reason, suggestion: suggestion,
            // "5월 버스킹(중앙현관)", "축제 버스킹": busking at school is a school event.
            context: .all([.notInSentence(topicCues), .notInSentence(schoolPlaces)])),
        // Programmes and bodies outside the school's plan: "외부 멘토링 프로그램", "교외 봉사단체", "구청 청소년
        // 의회", "지역 청소년 오케스트라 단원", "'별빛탐험대' 천문 프로그램 3기 수료", "대학 연구실 체험".
        TermRule(
            .outsideActivity,
            terms: ["외부 프로그램", "외부 멘토링", "외부 기관", "외부 단체", "외부 강좌", "교외 봉사", "교외 활동", "교외 체험", "교외체험", "교외활동", "교외 프로그램", "교외 단체", "교외 동아리",
                    "청소년 의회", "청소년의회", "청소년 참여위원", "청소년참여위원", "청소년 오케스트라", "청소년 합창단", "청소년 수련관", "청소년수련관",
                    "청소년 문화의집", "청소년 기자단", "청소년 특별회의", "청소년 운영위원", "기 수료", "과정 수료", "과정을 수료",
                    "대학 연구실", "대학교 연구실", "보호소 봉사", "보호소에서 봉사",
                    "보호소 주말 봉사", "주말 봉사", "구독자", "개인 채널", "개인 유튜브", "개인 블로그", "팔로워",
                    // The teacher's own mark that the activity was outside school: "특강 듣고 와서(교외)".
                    "(교외)", "(교외 활동)", "(교외활동)", "(학교 밖)"],
            reason: reason, suggestion: suggestion,
            // "교외 체험학습의 안전 수칙을 조사함": what a lesson was about, not where the student went.
            // "외부 기관명이라 빼야 할 듯": the name of a body, as the teacher speaks of it, is no activity.
            context: .all([.notInSentence(topicCues), .notInSentence(schoolPlaces), .notFollowedBy(["학습의 ", "의 ", "에 대한", "에 관한", "학습에 대한", "명", "명이", "명은", "명이라", "이름"])])),
        TermRule(
            .outsideActivity,
            terms: companions,
            reason: reason, suggestion: suggestion,
            context: .all([
                .wordStart,
                .followedWithinCues(outings, window: 30),
                .notInSentence(topicCues),
            ])),
    ]
}
