/// 사교육: 학원, 과외, 인터넷 강의 업체, 사설 업체, and the providers themselves. Not on the 기재 금지
/// list by name, but the list exists to curb 사교육 (유의사항 3) and forbids 상호명·강사명 (타), and a
/// record holds only what the school observed; so it blocks. "학원 폭력" (the old legal term for
/// school violence), "과외 활동" (extracurricular), "자기주도 학습" and "사교육비 문제" as a topic are
/// not findings.
enum PrivateEducation {
    static let reason = "학원·과외·인터넷 강의 등 학교 밖 사교육 관련 내용은 기재할 수 없음"
    static let providerReason = "사교육 업체명(상호명)은 기재할 수 없음"
    static let suggestion = "학교 밖 사교육 내용은 빼고 수업과 학교 활동에서 관찰된 내용만 씀"

    /// Providers teachers meet in notes; each is also a 상호명. Names that are ordinary words (눈높이,
/// 대교, 윙크, 수박씨) are left out: 학원, 인강 and 과외 beside them are reported anyway.
    static let providers = [
        "메가스터디", "대성마이맥", "마이맥", "이투스", "스카이에듀", "강남인강", "강남대성", "시대인재", "종로학원",
        "대성학원", "엠베스트", "엘리하이", "구몬", "청담어학원", "정상어학원", "해커스", "에듀윌", "아이스크림홈런",
        "웅진씽크빅", "씽크빅", "비상에듀", "EBSi", "유웨이", "진학사",
    ]

    /// Syllables before a word-final 학원 that make it no private academy: 대학원, 과학원, 신학원, 의학원.
    static let nonPrivateBefore: Set<Unicode.Scalar> = ["대", "과", "신", "의"]

    /// Uses of 사교육 that are a topic, not the student's own lessons.
    static let topicFollowers = [
        "비", " 문제", "문제", " 시장", "시장", " 의존", " 현상", "현상", " 실태", "실태", " 경감", " 과열", "과열", " 정책",
        " 격차", "격차", " 부담", "부담", "의 문제", "의 영향", " 유발", " 증가", " 감소",
    ]

    /// After 사설 as an editorial: "사설 쓰기", "사설 내용".
    static let editorialFollowers = Cues(["시조", "쓰기", "읽기", "분석", "제목", "내용", "비교", "논조", "필자", "주장", "란"])

    static let rules: [TermRule] = [
        TermRule(
            .privateEducation,
            terms: ["학원"],
            reason: reason, suggestion: suggestion,
            context: .all([
                .wordStart,
                .notFollowedBy(["물", "가", " 폭력", "폭력", " 민주화", "민주화", " 자율", "자율", " 선교", "제", " 재단", "재단", " 이사장"]),
            ])),
        TermRule(
            .privateEducation,
            terms: ["어학원", "보습학원", "입시학원", "단과학원", "종합학원", "공부방", "교습소", "논술학원", "과외쌤", "대치동", "유료 튜터링", "튜터링 받", "튜터링을 받", "개인 레슨",
                    "피아노 레슨", "1:1 레슨", "레슨 따로", "레슨을 따로", "레슨 받", "레슨을 받", "드럼 레슨", "보컬 레슨", "기타 레슨", "전화영어", "화상영어", "전화 영어", "화상 영어"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .privateEducation,
            terms: ["과외"],
            reason: reason, suggestion: suggestion,
            context: .all([.wordStart, .notFollowedBy([" 활동", "활동", " 시간", "적"])])),
        TermRule(
            .privateEducation,
            terms: ["인강", "인터넷 강의", "인터넷강의", "온라인 강의 업체", "입시 컨설팅", "컨설팅 업체", "입시컨설팅"],
            reason: reason, suggestion: suggestion,
            context: .wordStart),
        TermRule(
            .privateEducation,
            terms: ["사교육"],
            reason: reason, suggestion: suggestion,
            context: .all([.wordStart, .notFollowedBy(topicFollowers)])),
        TermRule(
            .privateEducation,
            // 사설 is also a newspaper editorial ("신문 사설을 읽고").
            terms: ["사설업체", "사설기관"],
            reason: reason, suggestion: suggestion,
            context: .wordStart),
        TermRule(
            .privateEducation,
            terms: providers,
            reason: providerReason, suggestion: suggestion,
            context: .all([.wordStart, .notFollowedBy([" 재단", "재단", " 이사장"])])),
        TermRule(
            .privateEducation,
            // A 학원 by its name: "한결학원", "수학학원". Never 대학원, (국립)과학원, 신학원, 의학원.
            terms: ["학원"],
            reason: providerReason, suggestion: suggestion,
            context: .all([
                .custom({ text, match in
                    match.lowerBound > 0 && Hangul.isSyllable(text.scalars[match.lowerBound - 1])
                        && !nonPrivateBefore.contains(text.scalars[match.lowerBound - 1])
                }),
                .notFollowedBy(["물", "가", " 폭력", "폭력", "제", " 재단", "재단"]),
            ])),
        TermRule(
            .privateEducation,
            // Holiday programmes of 학원 and paid courses.
            terms: ["윈터스쿨", "썸머스쿨", "서머스쿨", "윈터 스쿨", "썸머 스쿨", "유료 강좌", "유료 강의", "유료 인강", "유료 온라인",
                    "유료 수업", "개인 레슨", "그룹 과외", "개인 과외", "방문 학습지", "학습지 선생님", "학원 선생님"],
            reason: reason, suggestion: suggestion,
            context: .wordStart),
        TermRule(
            .privateEducation,
            // 사설 before what it describes ("사설 학습 센터", "사설 코딩 캠프"); never 신문 사설, 사설시조.
            terms: ["사설"],
            reason: reason, suggestion: suggestion,
            context: .all([
                .wordStart,
                .custom({ text, match in
                    text.hasText(" ", at: match.upperBound) && !editorialFollowers.starts(in: text, at: match.upperBound + 1)
                }),
                .notPrecededBy(["신문 ", "오늘의 ", "일간지 "]),
            ])),
    ]
}
