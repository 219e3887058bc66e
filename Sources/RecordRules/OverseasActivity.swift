/// 자. 해외 활동실적 (기재요령 2026 p.18): any activity abroad, found by meaning. A foreign place is
/// reported only with an activity there ("보스턴에서 열린 캠프에 참가함", "일본 방문", "호주에 가서");
/// as a topic it is not ("미국 독립 혁명을 탐구함", "일본의 에너지 정책을 조사함", "해외 사례를 조사함").
enum OverseasActivity {
    static let reason = "어학연수·해외봉사 등 해외 활동 실적과 관련 내용은 기재할 수 없음"
    static let suggestion = "해외 활동은 빼고 학교 교육활동에서 한 일만 씀"

    /// Words that mean being there, whatever particle joins them to the place: "미국 연수",
    /// "일본을 방문함", "호주 어학연수".
    static let presence = Cues([
        "연수", "캠프", "봉사", "여행", "탐방", "유학", "거주", "체류", "홈스테이", "견학", "방문", "다녀", "어학",
        "출국", "머물", "머무", "지내", "지냈", "살았", "살던", "살면서", "살다 온", "살다가", "인턴", "답사", "전지훈련",
        "원정", "교환학생", "이민", "투어", "순방", "전지 훈련", "썸머스쿨", "서머스쿨", "여름학교", "가서", "모의유엔", "포럼", "나무심기",
        "나무 심기", "여름 프로그램", "서머 프로그램", "썸머 프로그램", "청소년 프로그램 참가",
    ])

    /// Cues that can only mean travel, for place names that are also ordinary words.
    static let travel = Cues([
        "여행", "유학", "연수", "어학", "홈스테이", "출국", "거주", "체류", "캠프", "다녀", "방문", "탐방",
    ])

    /// Words that mean being there only after a locative particle: "미국에서 생활함", "일본에 가서".
    static let locativeCues = Cues([
        "참가", "참여", "체험", "생활", "공부", "수업", "학교", "교류", "가서", "갔", "가게", "간 ", "갈 ", "가 ",
        "가는", "떠나", "떠난", "떠났", "배우", "배운", "배웠", "살았", "살고", "살며", "살던", "지낸", "있었", "있을 때",
        "있는 동안", "온 경험", "돌아", "직접 보", "살다 와", "살다 옴",
    ])

    /// Activities at a place the sentence names after the foreign one: "일본 교토의 공방에서 체험 활동을 함".
    static let activityAfterPlace = Cues(["참가", "참여", "체험", "교류", "활동", "봉사", "실습", "연수", "견학", "홈스테이", "실험을 진행"])

    /// With 현지: the people and the life there, not fieldwork at home ("현지 조사", "현지 답사").
    static let localCues = Cues([
        "교류", "봉사", "홈스테이", "학교", "학생", "주민", "문화 체험", "문화를 체험", "생활", "어학", "연수", "친구", "가정",
    ])

    /// Locative particles (and 현지) after a place name.
    static let locativeParticles = ["에서는", "에서도", "에서의", "에서", "에는", "에", "으로", "로", " 현지"]

    /// What may directly follow a place name for it to be the name and not part of a word
    /// ("호주머니", "인도하다", "파리채" are not places).
    static let nameEndings = [
        "에서는", "에서도", "에서의", "에서", "에는", "에", "의", "으로의", "으로", "로의", "로", "을", "를", "은", "는",
        "이", "가", "과", "와", "까지", "도", "행",
    ]

    /// Words that end the search for a cue: the sentence turns to studying the place or helping
    /// people there from home ("일본의 정책을 조사하고", "아프리카 아동을 돕기 위한 봉사").
    static let blockers = Cues([
        "조사", "탐구", "분석", "비교", "연구", "정리", "토론", "읽", "소개하", "설명", "위한", "위해", "돕", "기부",
        "보내", "보낼", "후원", "모금", "관련", "대한", "관한", "에 관", "출신", "이주", "다문화", ",",
        // "미국에서 온 교환학생": a visitor here.
        " 온 ", " 오신 ", " 방한한 ",
    ])

    /// A cue followed by these is a topic word, not an activity: "여행객", "여행 계획", "봉사 단체".
    static let topicFollowers = Cues([
        "객", "지", "업", "사", "산업", "정책", "계획", "안내", "일정", "코스", "가이드", "상품", "책자", "브로슈어",
        "수지", "단체", "기관", "제도", "사례", "현황", "실태", " 계획", " 안내", " 일정", " 코스", " 가이드", " 상품",
        " 책자", " 산업", " 정책", " 단체", " 기관", " 제도", " 사례", " 현황", " 실태", " 자료", " 영상",
    ])

    /// A cue after these is not there in person ("가상 여행", "온라인 탐방").
    static let virtual = Cues(["가상", "온라인", "랜선", "VR", "메타버스", "화상", "비대면", "영상 통화"])

    static let rules: [TermRule] = [
        TermRule(
            .overseasActivity,
            terms: ["어학연수", "해외봉사", "해외연수", "해외탐방", "해외캠프", "해외여행", "해외 인턴", "해외유학",
                    "국외연수", "국외탐방", "국외여행", "해외 어학연수"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .overseasActivity,
            terms: ["교환학생"],
            reason: reason, suggestion: suggestion,
            // "미국에서 온 교환학생과 교류함" is a visitor here, not the student abroad.
            context: .all([
                .notFollowedBy(["과", "와", "에게", "들과", "들에게", "들을", "을 위", "을 도", "을 안내", "의"]),
                .notPrecededBy(["온 ", "오신 "]),
            ])),
        TermRule(
            .overseasActivity,
            terms: ["해외", "국외", "현지"],
            reason: reason, suggestion: suggestion,
            context: .all([.wordStart, .custom(confirmsAbroad)])),
        TermRule(
            .overseasActivity,
            terms: ForeignPlaces.all,
            reason: reason, suggestion: suggestion,
            context: .custom(confirmsPlace)),
        TermRule(
            .overseasActivity,
            terms: ["자매학교", "자매 학교", "자매결연 학교"],
            reason: reason, suggestion: suggestion,
            context: .followedWithin(["방문", "다녀", "홈스테이", "연수", "탐방", "에 가", "에서 수업", "에서 생활"], window: 14)),
        TermRule(
            .overseasActivity,
            // 유학(留學) only: 유학(儒學) 사상 is a topic.
            terms: ["유학"],
            reason: "해외 유학 등 해외 활동 실적과 관련 내용은 기재할 수 없음", suggestion: suggestion,
            context: .all([
                .wordStart,
                .notFollowedBy(["자", "사상", " 사상", "의 사상", "의 가르침", "적", "경전", "생들", "생과", "생에게", "생을 도"]),
                .any([
                    .followedWithin(["생활", "경험", "을 다녀", "을 가", "을 떠", "을 준비", "중", "을 결심", "생으로", "생 시절", "을 마치",
                                     "하", "했", "을 통해"], window: 5),
                    .precededWithin(ForeignPlaces.countries + ["해외", "외국", "어학"], window: 8),
                ]),
            ])),
    ]

    /// "해외 봉사", "국외 연수", "현지 학생들과 교류함": 해외 with an activity, never "해외 사례".
    static func confirmsAbroad(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        if text.hasText("현지", at: match.lowerBound) {
            let sentence = text.sentenceRange(containing: match.lowerBound)
            // "현지 학생들과 교류함", or 현지 in a sentence that names a foreign place ("대만 … 현지에서").
            return localCues.occurs(in: text, match.upperBound..<min(sentence.upperBound, match.upperBound + 8))
                || placeNames.occurs(in: text, sentence)
        }
        return confirms(text, match, strict: false, window: 16)
    }

    /// A place name as a word, followed by an activity there.
    static func confirmsPlace(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.isWordStart(match.lowerBound) else { return false }
        return confirms(text, match, strict: ForeignPlaces.ambiguous.contains(text.slice(match)), window: 24)
    }

    private static let placeNames = Cues(ForeignPlaces.countries.filter { !ForeignPlaces.ambiguous.contains($0) } + ["자매학교", "해외"])

    private static func confirms(_ text: ScalarText, _ match: Range<Int>, strict: Bool, window: Int) -> Bool {
        let after = match.upperBound
        var isLocative = false
        var searchFrom = after
        if text.isWordEnd(after) {
            isLocative = text.hasText(" 현지", at: after)
        } else if let ending = nameEndings.first(where: { text.hasText($0, at: after) && text.isWordEnd(after + $0.unicodeScalars.count) }) {
            // The particle must end the word: "미국에서", but not "호주머니", "인도하는".
            isLocative = locativeParticles.contains(ending)
            searchFrom = after + ending.unicodeScalars.count
        } else if !presence.starts(in: text, at: after) {
            // "일본여행", "미국연수": the place and the activity written as one word.
            return false
        }
        return activityFollows(text, after: searchFrom, locative: isLocative, strict: strict, window: window)
    }

    /// An activity cue after `position` in the same sentence, before anything that turns the
    /// sentence into a topic; locative cues count only right after a locative particle.
    static func activityFollows(_ text: ScalarText, after position: Int, locative: Bool, strict: Bool, window: Int) -> Bool {
        let sentence = text.sentenceRange(containing: min(position, max(0, text.count - 1)))
        if virtual.occurs(in: text, sentence) { return false }
        let end = min(sentence.upperBound, position + window)
        let cues = strict ? travel : presence
        var index = position
        var passedLocative = false
        while index < end {
            if blockers.starts(in: text, at: index) { return false }
            if !passedLocative && text.hasText("에서 ", at: index) { passedLocative = true }
            if let length = cues.match(in: text, at: index)
                ?? (locative && !strict && index - position <= 22 ? locativeCues.match(in: text, at: index) : nil)
                ?? (passedLocative && !strict ? activityAfterPlace.match(in: text, at: index) : nil)
            {
                if !topicFollowers.starts(in: text, at: index + length) { return true }
                index += length
                continue
            }
            index += 1
        }
        return false
    }
}
