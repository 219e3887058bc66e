/// Negative wording as data: each entry is a stem pattern (its inflections are generated, not
/// listed), the context that makes it about the student, why it is reported, and the aspect a
/// draft may name instead ("늦은 제출" → 과제 제출 기한 관리). NegativeWording applies the guards every
/// entry shares: negated praise ("늦지 않게"), someone else ("어려워하는 친구"), a topic ("집중력이
/// 떨어지는 원인").
struct NegativeEntry: Sendable {
    enum Aspect: Sendable {
        case fixed(String)
        /// The noun phrase the word is said of ("전달력이 떨어짐" → 전달력), or `fallback`.
        case subject(fallback: String)
        /// The action not done ("과제를 제출하지 않음" → 과제 제출), or `fallback`.
        case predicate(fallback: String)
        /// The aspect of the first cue (in order) found in the sentence, or `fallback`.
        case byCue([(cue: String, aspect: String)], fallback: String)
    }

    let forms: [String]
    let category: ViolationCategory
    let reason: String
    /// nil: a framing word that is simply dropped (하지만, 그러나).
    let aspect: Aspect?
    let context: TermContext

    init(_ forms: [String], _ reason: String, aspect: Aspect?, context: TermContext = .anywhere) {
        self.forms = forms
        self.category = .negativeWording
        self.reason = reason
        self.aspect = aspect
        self.context = context
    }
}

/// Inflections generated from a stem, so an entry names the word once.
enum Stem {
    /// A stem ending in a consonant: 늦 → 늦다 늦고 늦게 늦지 늦은 늦는 늦음 늦으(며·나·면) 늦던 늦기 늦어 늦었.
    static func consonant(_ stem: String) -> [String] {
        let harmony = harmonyVowel(stem)
        return ["다", "고", "게", "지", "은", "는", "음", "으", "던", "기", harmony.plain, harmony.past].map { stem + $0 }
    }

    /// A 하다 stem: 부족 → 부족하 부족한 부족함 부족해 부족했 부족할 부족합.
    static func hada(_ stem: String) -> [String] {
        ["하", "한", "함", "해", "했", "할", "합"].map { stem + $0 }
    }

    private static func harmonyVowel(_ stem: String) -> (plain: String, past: String) {
        guard let last = stem.unicodeScalars.last, let syllable = Hangul.decompose(last) else { return ("어", "었") }
        let bright = [Hangul.Medial.a, Hangul.Medial.o, Hangul.Medial.ya].contains(syllable.medial)
        return bright ? ("아", "았") : ("어", "었")
    }
}

enum NegativeLexicon {
    /// What follows a fault when it is the group's problem the student dealt with, not the student's.
    static let groupProblem = Cues(["문제", "해결", "중재", "생겼을", "생기자", "방지", "막"])
    /// Nouns that name a student's quality, for words that are negative only when said of one.
    static let traits = [
        "집중력", "전달력", "이해력", "표현력", "발표력", "사고력", "기억력", "주의력", "지구력", "자신감", "자존감", "의욕", "흥미",
        "관심", "참여도", "집중도", "완성도", "이해도", "성취도", "성적", "실력", "학습 능력", "체력", "적극성", "책임감", "협동심", "창의성", "창의력", "독창성", "논리성",
        "의지", "기초", "어휘력", "독해력", "계산력", "논리력", "추진력", "학습 태도", "수업 태도", "태도", "학업 의욕",
    ]
    static let people = [
        "친구", "급우", "모둠원", "짝", "동급생", "선배", "후배", "형제", "동생", "학생들과", "반 친구", "교우", "조원", "팀원",
    ]
    static let voice = ["목소리", "음성", "성량", "말소리", "발표 소리", "소리가"]
    /// Settling someone else's quarrel: the quarrel is the setting, the student's part is mediation.
    static let mediation = Cues(["중재", "화해시", "화해를 돕", "말리", "말려", "말렸", "조정해", "조정함", "조율", "중간에서", "양쪽", "사이에서"])
    /// Someone other than the student settling it: "담임이 중재함" leaves the quarrel the student's.
    static let otherMediators = Cues(["담임이", "담임 선생님이", "선생님이", "교사가", "부모님이", "어른이", "담임 중재", "담임의 중재", "담임 선생님 중재", "선생님 중재", "선생님의 중재", "교사 중재"])

    /// Reasons that excuse an absence or a late arrival.
    private static let excusedReasons = ["병원", "병결", "질병", "진료", "경조사", "인정", "공결", "출석인정", "교통"]

    /// "지각 0", "지각 없음", "지각 1(병원)": no lateness, or once for a reason that excuses it — no shortcoming.
    @Sendable static func isHarmlessAttendance(_ text: ScalarText, after end: Int) -> Bool {
        var position = end
        while position < text.count, text.scalars[position] == " " { position += 1 }
        if text.hasText("없", at: position) || text.hasText("0", at: position) && !text.isDigit(at: position + 1) { return true }
        // The reason may stand before the count or after it: "지각 1(병원)", "지각(병원) 1회".
        let window = text.slice(position..<min(text.count, position + 14))
        let count = window.unicodeScalars.drop { !("0"..."9").contains($0) }.prefix { ("0"..."9").contains($0) }
        return String(count) == "1" && excusedReasons.contains(where: window.includes)
    }

    static let entries: [NegativeEntry] = [
        // A skill still stiff: "발음은 아직 딱딱한데", "동작이 딱딱함".
        NegativeEntry(
            ["발음은 아직 딱딱", "발음이 딱딱", "발음은 딱딱", "발음 딱딱", "동작이 딱딱", "동작은 딱딱", "말투가 딱딱"],
            "아직 부족한 점을 지적하는 표현",
            aspect: .byCue([("발음", "자연스러운 발음"), ("동작", "자연스러운 동작")], fallback: "자연스러운 표현")),
        // Sleeping in class: "3월에는 1교시 거의 매일 잠", "수업 중 자는 날이 많음".
        NegativeEntry(
            ["거의 매일 잠", "매일 잠.", "잠만 잠", "잠만 자", "교시 잠", "교시에 잠", "수업 중 잠", "수업 시간에 잠", "자는 날", "자는 것이", "자는 일", "엎드려 잠",
             "엎드려 자", "교시 자는", "수업 중 자는", "수업 시간에 자는", "수업 중에 자는"],
            "수업 중 자는 모습을 지적하는 표현",
            aspect: .fixed("수업 집중"),
            context: .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) })),
        // Holding back: "입을 거의 벌리지 않음", "대답 작게 함", "발언 0회", "발표는 다른 친구에게 넘김".
        NegativeEntry(
            ["거의 벌리지 않", "입을 벌리지 않", "대답 작", "대답을 작게", "대답이 작", "발언 0회", "발언 없음", "발언이 없", "한마디도 안",
             "한 마디도 안", "발표는 다른", "발표를 다른", "발표는 남에게", "발표는 친구에게"],
            "소극적인 참여를 지적하는 표현",
            aspect: .fixed("적극적인 의견 표현"),
            context: .notFollowedBy(["던 친구", "는 친구", "던 학생", "는 학생"])),
        // Doing it all alone: "혼자 다 하려는 경향", "조원이 틀리면 그냥 고쳐버림".
        NegativeEntry(
            ["혼자 다 하려", "혼자 다 해버", "혼자 다 해 버", "혼자 떠안", "그냥 고쳐버", "그냥 고쳐 버", "대신 다 해"],
            "협력하지 않는 모습을 지적하는 표현",
            aspect: .fixed("역할을 나누는 협력"),
            context: .notPrecededBy(["않고 ", "대신 "])),
        // Elsewhere in class: "다른 과목 문제집 푸는 일 잦음", "다른 사이트 들어가 있다가".
        NegativeEntry(
            ["다른 과목 문제집", "다른 과목 공부", "다른 사이트", "자습하면 안 되"],
            "수업에 집중하지 않는 모습을 지적하는 표현",
            aspect: .fixed("수업 집중"),
            // "다른 과목 공부 방법을 주제로", "다른 사이트의 자료와 비교함": the topic, not the student's doing.
            context: .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) })),
        // Indifference: "별 반응 없음", "외운 티".
        NegativeEntry(
            ["별 반응 없", "별 반응이 없", "별다른 반응 없", "외운 티", "읽듯 함", "읽듯이 함"],
            "소극적인 태도를 지적하는 표현",
            aspect: .fixed("자기 생각을 담은 표현")),
        // Jokes past the line: "농담이 지나쳐서", "장난이 심함".
        NegativeEntry(
            ["농담이 지나", "장난이 지나", "장난이 심", "장난을 심하게", "농담을 지나치게"],
            "수업 태도를 지적하는 표현",
            aspect: .fixed("배려 있는 언행")),
        // Missing records and tasks: "3일치 기록 빠짐", "도장 하나 빠짐", "2곳만 가고".
        NegativeEntry(
            ["기록 빠짐", "기록이 빠짐", "기록 누락", "기록을 누락", "도장 하나 빠", "곳만 가고", "곳만 감", "개만 하고", "개만 냄"],
            "과제를 다 하지 않은 일을 지적하는 표현",
            aspect: .fixed("꾸준한 과제 수행")),
        // 늦다: 제출이 늦음, 늦게 냄, 늦잠. Staying late to practise is effort, not lateness.
        NegativeEntry(
            Stem.consonant("늦") + ["늦잠"], "늦음을 지적하는 표현",
            aspect: .byCue([("등교", "규칙적인 생활 습관"), ("아침", "규칙적인 생활 습관"), ("늦잠", "규칙적인 생활 습관"), ("수업에", "규칙적인 생활 습관")],
                           fallback: "과제 제출 기한 관리"),
            context: .all([
                .wordStart,
                // Staying late is effort: "늦은 시간까지 남아 연습함", "늦게까지 실험함".
                .custom({ text, match in !lateButEffort.starts(in: text, at: match.lowerBound) }),
                .notPrecededBy(["속도가 ", "반응이 ", "반응 속도가 ", "시기가 ", "개화 시기가 ", "계절이 "]),
            ])),
        NegativeEntry(
            ["지각"], "출결에 대한 부정적 표현(출결 사항은 출결상황 특기사항에 씀)",
            aspect: .fixed("규칙적인 생활 습관"),
            context: .all([
                .custom({ text, match in !isHarmlessAttendance(text, after: match.upperBound) }),
                .notFollowedBy([" 변동", "변동", "의 구성", " 판", "판", "과 맨틀", " 운동", "능력", " 능력", "력", " 과정", "하는 과정",
                                "의 두께", "을 이루", "이 움직", " 아래", " 속", "설", " 심리", "적",
                                // "지각해서 생기는 문제를 토론함": lateness as what a lesson was about.
                                "해서 생기는", "하면 생기는", "하는 원인", "하는 이유", "의 원인"]),
                .any([
                    .followedWithin(["이 잦", "이 많", "을 자주", "을 하", "을 함", "을 했", "하", "함", "한", "했", "해", "이 있", "이 줄", " 횟수", " 문제가", " 문제로",
                                     "이 빈번", "을 반복", "을 일삼", "이 잦아", "이 늘", " 잦", " 많", " 빈번", " 있", " (", "(", " 늘",
                                     " 줄", " 거의", " 없", " 여러", " 몇", " 한 번", " 두 번", " 세 번", " 직전", " 1", " 2", " 3", " 4", " 5",
                                     " 6", " 7", " 8", " 9"], window: 4),
                    .precededWithin(["잦은", "자주", "무단", "상습", "등교", "잦"], window: 6),
                ]),
            ])),
        NegativeEntry(
            ["결석", "조퇴", "결과가 잦"], "출결에 대한 부정적 표현(출결 사항은 출결상황 특기사항에 씀)",
            aspect: .fixed("규칙적인 생활 습관"),
            context: .any([
                .followedWithin(["이 잦", "이 많", "을 자주", "하", "함", "한", "했", "이 있", " 일수", "이 빈번", "을 반복", "가 잦", "이 늘", "(", " (",
                                 " 1", " 2", " 3", " 4", " 5", " 6", " 7", " 8", " 9"], window: 4),
                .precededWithin(["잦은", "자주", "무단", "장기", "잦", "회 ", "번 ", "일 "], window: 6),
            ])),
        // The teacher's verdict that nothing changed: "아직 크게 나아진 것은 없음".
        NegativeEntry(
            ["나아진 것은 없", "나아진 건 없", "개선된 것은 없", "개선된 건 없", "나아지지 않", "개선되지 않",
             "달라진 것은 없", "달라진 건 없", "개선 거의 없", "개선이 없"],
            "개선되지 않았다는 부정적 표현",
            aspect: .fixed("꾸준한 개선 노력")),
        // Slipping away from duties: "청소시간에 사라짐".
        NegativeEntry(
            ["청소시간에 사라", "청소 시간에 사라", "청소시간마다 사라", "청소 시간마다 사라", "청소 안 하", "청소를 안 하", "청소를 빠지", "청소 빠지",
             "청소 땡땡이"],
            "맡은 청소를 하지 않았다는 부정적 표현",
            aspect: .fixed("맡은 일에 대한 책임감"),
            context: .notFollowedBy(["지 않", "지않"])),
        // A narrow circle of friends: "친구 관계 넓진 않은데".
        NegativeEntry(
            ["관계 넓진 않", "관계가 넓진 않", "관계가 넓지 않", "관계 넓지 않", "관계가 좁", "관계 좁", "친구가 별로 없", "친구가 많지 않", "친구 많지 않"],
            "교우 관계에 대한 부정적 표현",
            aspect: .fixed("폭넓은 교우 관계")),
        // Coming unprepared: "책 안 읽고 온 적 2번".
        NegativeEntry(
            ["안 읽고 온", "안 읽고 옴", "안 읽고 와", "안 읽어 온", "읽지 않고 온", "읽지 않고 옴", "안 해 온", "안 해 옴", "안 해온", "안 해옴"],
            "준비하지 않고 왔다는 부정적 표현",
            aspect: .fixed("수업 준비"),
            context: .notFollowedBy(["지 않", "지않"])),
        // What the student forgot to bring: "재료 안 가져온 날 3번", "준비물 미지참".
        NegativeEntry(
            ["안 가져온", "안 가져옴", "안 가져와", "안 챙겨", "안 챙긴", "챙겨 오지 않", "가져오지 않", "준비물 미지참", "미지참"],
            "준비물을 챙기지 않았다는 부정적 표현",
            aspect: .fixed("수업 준비"),
            context: .notFollowedBy(["지 않", "지않"])),
        // The teacher's doubt about a piece of work: "좀 억지스러운 부분 있었는데".
        NegativeEntry(
            ["억지스러", "억지스럽", "억지가 있"],
            "결과물의 부족함을 지적하는 부정적 표현",
            aspect: .fixed("논리적 근거"),
            context: .notFollowedBy(["지 않", "지않"])),
        // A promise to the group broken: "촬영 약속 두 번 펑크 냈다", "연락도 안 돼서 다른 부원이 대신 찍음".
        NegativeEntry(
            ["펑크를 냈", "펑크 냈", "펑크를 냄", "펑크 냄", "펑크를 내", "펑크 내", "약속을 어기", "약속을 어겼", "약속을 어김", "연락도 안 되",
             "연락도 안 돼", "연락이 안 되", "연락이 안 돼", "연락 두절"],
            "맡은 일·약속을 지키지 않았다는 부정적 표현",
            aspect: .fixed("맡은 일을 끝까지 해내는 책임감"),
            context: .notFollowedBy(["지 않", "지않"])),
        // Avoiding being in front: "발표는 무조건 피함".
        NegativeEntry(
            ["발표는 피", "발표를 피", "무조건 피", "앞에 나서기를 피", "나서기를 꺼", "발표를 꺼", "발표는 꺼", "발표는 아직 피", "발표를 아직 피",
             "발표는 아직 꺼", "발표는 여전히 피", "발표는 늘 피"],
            "참여를 피한다는 부정적 표현",
            aspect: .fixed("자신의 생각을 표현하는 자신감"),
            context: .notFollowedBy(["지 않", "지않"])),
        // A group's mood spoilt: "조원들이랑 분위기 안 좋았던 적 있음"; never a friend's health ("몸이 안 좋은 짝").
        NegativeEntry(
            ["분위기 안 좋", "분위기가 안 좋", "분위기가 나빠", "분위기가 나빴", "분위기를 흐리", "분위기를 흐려", "분위기를 흐린", "분위기를 망", "분위기 흐리", "분위기 흐려", "분위기 망", "분위기를 깨", "분위기 깨", "분위기 험악", "분위기가 험악",
             "사이가 안 좋", "사이 안 좋", "관계가 안 좋", "갈등을 빚", "갈등이 생겼", "갈등이 있었", "마찰이 있", "마찰을 빚",
             "갈등 있었", "갈등이 있었음", "의견을 너무 밀어붙", "의견을 매우 밀어붙", "의견만 밀어붙", "해석만 밀어붙", "생각만 밀어붙", "주장만 밀어붙", "밀어붙이는 경향", "밀어붙이는 편", "고집을 부려", "고집 부려", "고집이 세"],
            "모둠·친구 관계의 갈등에 대한 부정적 표현",
            aspect: .fixed("협력적인 관계"),
            context: .notFollowedBy(["지 않", "지않"])),
        // Blushing or freezing in front of others: "발표 시키면 얼굴 빨개짐", "얼굴이 새빨개져서 말을 못 함".
        NegativeEntry(
            ["얼굴 빨개", "얼굴이 빨개", "얼굴이 새빨개", "얼굴 새빨개", "얼굴이 붉어", "얼굴 붉어", "귀까지 빨개", "얼굴이 시뻘개", "얼굴 시뻘개"],
            "발표할 때의 긴장을 지적하는 표현",
            aspect: .fixed("발표에 대한 자신감"),
            // "얼굴이 빨개지는 원리를 조사함", "빨개진 친구를 도와줌": a topic or someone else.
            context: .notFollowedBy(["는 원리", "는 이유", "는 현상", "지는 원리", "지는 이유", "지는 현상", "진 친구", "지는 친구", "진 학생"])),
        // A habit still there: "원고 보고 읽는 버릇은 아직 남아있음".
        NegativeEntry(
            ["보고 읽는 버릇", "읽는 버릇", "버릇은 아직", "버릇이 아직", "버릇 아직", "버릇이 남아", "버릇은 남아", "버릇이 여전", "버릇은 여전",
             // A habit of leaving out or putting off: "풀이과정 건너뛰는 습관 있음", "과제 미루는 버릇".
             "건너뛰는 습관", "건너뛰는 버릇", "미루는 습관", "미루는 버릇", "빠뜨리는 습관", "빠뜨리는 버릇", "생략하는 습관", "생략하는 버릇",
             "대충 하는 습관", "대충하는 습관", "대충 쓰는 습관", "흘려 쓰는 습관", "몰아서 하는 습관", "베끼는 습관", "찍는 습관"],
            "고치지 못한 습관을 지적하는 표현",
            aspect: .byCue([("읽", "원고에 기대지 않는 발표"), ("풀이", "풀이 과정을 빠짐없이 쓰는 습관"), ("미루", "계획적인 과제 수행")], fallback: "바른 습관"),
            context: .notFollowedBy(["을 고치", "를 고치", "을 고쳐", "를 고쳐", "을 없애", "를 없애", "을 줄이", "를 줄이"])),
        // Caught at something, and speech too fast to follow: "스마트폰 만지다 걸림", "말이 너무 빨랐음".
        NegativeEntry(
            ["만지다 걸", "하다 걸림", "하다가 걸림", "하다 걸렸", "하다가 걸렸", "보다 걸림", "보다가 걸림", "하다 들킴", "하다가 들킴", "몰래 하다"],
            "적발된 행동을 지적하는 표현",
            aspect: .fixed("생활 규칙 준수")),
        NegativeEntry(
            ["말이 매우 빨", "말이 너무 빨", "말이 빨랐", "말이 빠름", "말이 빨라", "말 빠름", "말이 좀 빠", "말 속도가 빨", "말 속도가 너무"],
            "발표 태도를 지적하는 표현",
            aspect: .fixed("청중을 배려한 말하기 속도"),
            context: .notPrecededBy(["친구의 ", "상대의 ", "상대방의 "])),
        // Excuses, touchiness, the teacher's regret and verdicts of level: "축제 준비 핑계로 세 번 정도", "시험
        //기간에 예민해짐", "준비한 말만 반복해서 아쉬웠어요", "내용은 기사 수준", "주석 거의 안 다는 습관".
        NegativeEntry(
            ["핑계로", "핑계를 대", "핑계 대", "핑계만", "예민해지", "예민해짐", "예민해져", "예민한 편", "예민함", "아쉬웠어요", "아쉬웠음", "아쉬움.",
             "아쉬운 편", "기사 수준", "초등학생 수준", "중학생 수준", "수준이 낮", "수준 낮", "거의 안 다는", "안 다는 습관", "안 하는 습관", "운 적도", "울었",
             "울음을 터"],
            "학생에 대한 부정적 평가·묘사",
            aspect: .fixed("자기 관리"),
            context: .all([
                .notFollowedBy(["는 친구", "던 친구", "는 인물", "던 인물", "는 원인", "는 이유"]),
                .custom({ text, match in !NegativeWording.isQuoted(text, match) }),
                .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        // On the edge of the group: "친구들 사이에서 좀 겉도는 느낌", "반에서 못 어울림".
        NegativeEntry(
            ["겉도", "겉돌", "겉돎", "잘 안 어울", "섞이지 못", "못 섞임"],
            "교우 관계를 부정적으로 묘사하는 표현",
            aspect: .fixed("친구들과 어울리기"),
            context: .all([
                .notFollowedBy(["는 친구", "던 친구", "는 학생", "던 학생", "는 인물", "던 인물"]),
                .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        // Refusing or brushing off the task: "소리내어 읽기 거부", "대충 '몰라요'로 넘김", "회의에 세 번이나 빠짐".
        NegativeEntry(
            ["읽기 거부", "발표 거부", "참여 거부", "하기를 거부", "거부함", "거부했", "대충 넘", "대충 함", "대충 해", "대충 했", "대충 씀", "대충 써",
             "'몰라요'로", "몰라요;", "물어보면 몰라", "물어보면 모름", "대충함", "대충했", "번이나 빠", "회나 빠", "회의에 빠졌", "연습에 빠졌", "모임에 빠졌", "'전 못해요'", "'못해요'를", "입에 달고"],
            "활동을 피하거나 소홀히 한 일을 지적하는 표현",
            aspect: .fixed("적극적인 참여"),
            // "수혈을 거부하는 환자의 권리를 토론함", "거부권": a topic, someone else, or a right.
            context: .all([
                .notFollowedBy(["하는 환자", "한 환자", "하는 사람", "한 인물", "하는 인물", "권"]),
                .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        // The teacher's verdict on a time of trouble: "학기초엔 문제 많았음", "문제 행동 잦음".
        NegativeEntry(
            ["문제 많았", "문제가 많았", "문제 많음", "문제가 많음", "문제행동", "문제 행동", "문제아"],
            "학생의 행동을 문제로 규정하는 부정적 표현",
            aspect: .fixed("생활 규칙 준수"),
            // "풀어 볼 문제가 많음", "수학 문제 많음", "문제 행동의 원인을 탐구함": exercises or a topic.
            context: .all([
                .notPrecededWithin(Cues(["풀", "연습", "수학", "시험", "과제", "환경", "사회", "기출", "응용", "서술형", "심화", "예제"]), window: 8),
                .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        // 기한을 넘기다·어기다: the deadline missed; never 기한을 넘기지 않도록.
        NegativeEntry(
            ["기한을 넘기", "기한을 넘겨", "기한을 넘김", "기한을 넘긴", "기한을 넘겼", "마감을 넘기", "마감을 넘겨", "마감을 넘김",
             "마감을 넘긴", "마감을 넘겼", "기한을 어기", "기한을 어겨", "기한을 어김", "기한을 어긴", "기한을 어겼", "기한을 지키지 못",
             "기한을 지키지 않", "마감을 지키지 못", "마감을 지키지 않", "기한 내에 제출하지 못", "기한 내에 내지 못", "제때 제출하지",
             "제때 내지", "기한 초과", "기한을 초과", "마감 시간을 넘",
             // 개조식 without the particle: "과제 2건 기한 넘겨 제출".
             "기한 넘기", "기한 넘겨", "기한 넘김", "기한 넘긴", "기한 넘겼", "마감 넘기", "마감 넘겨", "마감 넘김", "마감 넘긴", "마감 넘겼",
             "마감 자주 넘", "마감을 자주 넘", "마감 또 넘", "기한 자주 넘", "기한을 자주 넘",
             "기한 어기", "기한 어겨", "기한 어김", "기한 어긴", "기한 어겼", "기한 못 지", "기한 안 지", "마감 못 지", "마감 안 지",
             // Late work named as lateness: "보고서 지각 제출 2번", "과제를 늦게 냄" (늦 is its own entry).
             "지각 제출", "지각하여 제출", "지각해서 제출", "지각해 제출"],
            "제출 기한을 지키지 못했다는 부정적 표현",
            aspect: .fixed("과제 제출 기한 관리"),
            context: .notFollowedBy(["지 않", "지않", "지 않도록", "지 않으려"])),
        NegativeEntry(
            ["불참", "미제출", "미참여", "미응시", "미완성", "미완료", "제출하지 않", "제출을 하지 않", "내지 않"],
            "참여·제출하지 않은 사실에 대한 부정적 표현",
            aspect: .byCue([("불참", "활동 참여"), ("미참여", "활동 참여")], fallback: "과제 제출 기한 관리"),
            // "미제출 0건", "불참 없음": none of it is the student's record.
            context: .notFollowedBy([" 교향곡", "교향곡", "의 미", "의 아름다움", " 0건", " 0회", " 0번", "0건", " 없음", "이 없", " 한 번도 없", " 제로"])),
        // 작다: 목소리가 작아, 작은 목소리.
        NegativeEntry(
            Stem.consonant("작"), "발표 목소리가 작다는 부정적 표현",
            aspect: .fixed("발표 전달력"),
            context: .all([.wordStart, .any([.precededWithin(voice, window: 8), .followedWithin(["목소리", "성량", "음성"], window: 5)])])),
        // 떨어지다: 전달력·집중력이 떨어짐; never 떨어진 낙엽, 물체가 떨어지는 속도.
        NegativeEntry(
            ["떨어지", "떨어져", "떨어졌", "떨어짐", "떨어진", "낮아지", "낮아져", "낮아졌", "낮아짐"], "능력·태도가 떨어진다는 부정적 표현",
            aspect: .subject(fallback: "학습 태도"),
            context: .precededWithin(traits, window: 8)),
        NegativeEntry(
            Stem.consonant("낮").filter { !$0.hasSuffix("다") } + ["낮다"], "능력·태도가 낮다는 부정적 표현",
            aspect: .subject(fallback: "학습 태도"),
            context: .all([.wordStart, .precededWithin(traits, window: 8)])),
        NegativeEntry(
            ["이 약하", "이 약함", "이 약해", "이 약했", "이 약한", "가 약하", "가 약함", "가 약해", "가 약했", "가 약한", "이 부족", "가 부족"],
            "능력·태도가 약하다는 부정적 표현",
            aspect: .subject(fallback: "기초 역량"),
            context: .precededWithin(traits + ["개념", "연습", "준비", "노력", "경험", "이해", "배려", "끈기"], window: 8)),
        // 부족하다: 집중력이 부족함, 연습 부족; never 물 부족 현상, 원주민 부족.
        NegativeEntry(
            Stem.hada("부족"), "부족함을 지적하는 표현",
            aspect: .subject(fallback: "기초 역량"),
            context: .all([
                // "부족한 부분을 스스로 찾아 보완함": finding one's own gaps is effort.
                .custom({ text, match in !(selfImprovement.starts(in: text, at: match.upperBound - 1)
                    && mending.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 28))) }),
                .notPrecededBy(["자원이 ", "자원 ", "물이 ", "물 ", "식량이 ", "식량 ", "인력이 ", "일손이 ", "에너지가 ", "산소가 ",
                                "수분이 ", "영양이 ", "영양소가 ", "공급이 ", "근거가 ", "자원의 ", "재원이 ", "예산이 ", "일자리가 ",
                                "주차 공간이 ", "공간이 ", "시설이 ", "데이터가 ", "표본이 ", "증거가 "]),
                .notFollowedBy(["한 국가", "한 나라", "한 지역", "한 사회", "한 계층", "한 이웃", "한 사람들", "한 자원", "한 상황"]),
            ])),
        NegativeEntry(
            ["부족"], "부족함을 지적하는 표현",
            aspect: .subject(fallback: "기초 역량"),
            context: .all([
                .notFollowedBy(["하", "한", "함", "해", "했", "할", "합", " 사회", "사회", " 국가", "국가", "민", "장", " 간", "간", "의 ", "들", " 연맹", "연맹"]),
                .precededWithin(["연습 ", "준비 ", "노력 ", "이해 ", "자신감 ", "집중력 ", "경험 ", "지식 ", "개념 ", "기초 ", "배려 ",
                                 "책임감 ", "협동심 ", "표현력 ", "어휘력 ", "수면 부족으로 수업", "시간 관리 ", "연습이 ", "준비가 ",
                                 "노력이 ", "이해가 ", "자신감이 ", "집중력이 ", "경험이 ", "지식이 ", "개념이 ", "기초가 ", "설명은 ", "설명이 ", "분석은 ",
                                 "분석이 ", "근거는 ", "근거가 ", "정리는 ", "정리가 ", "마무리는 ", "마무리가 "] + traits.map { $0 + " " }
                                    + qualities.map { $0 + " " },
                                window: 8),
            ])),
        NegativeEntry(
            Stem.hada("미흡") + ["미흡"], "미흡함을 지적하는 표현",
            aspect: .subject(fallback: "과제 완성도")),
        NegativeEntry(
            Stem.hada("부실") + ["부실"], "미흡함을 지적하는 표현",
            aspect: .subject(fallback: "과제 완성도"),
            // 부실 공사, 부실 기업: a topic.
            context: .notFollowedBy([" 공사", "공사", " 기업", " 대출", " 채권", " 은행", "한 공사", "한 건물", "한 시공", " 시공", "한 관리"])),
        NegativeEntry(
            Stem.hada("미숙") + ["미숙"], "미숙함을 지적하는 표현",
            // Without what it is said of, only the notes' own word is true: no skill is named for them.
            aspect: .subject(fallback: "미숙한 부분"),
            context: .notFollowedBy(["아", "련"])),
        NegativeEntry(
            ["서툴", "서툰", "서투르", "서투름", "서투른", "서툶", "서툴러", "서툴렀"], "서투름을 지적하는 표현",
            aspect: .subject(fallback: "서툰 부분")),
        NegativeEntry(
            ["소극적"], "부정적 평가 표현",
            aspect: .byCue([("발표", "발표 참여"), ("토론", "토론 참여"), ("질문", "질문하는 태도"), ("수업", "수업 참여")], fallback: "모둠 활동 참여"),
            context: .notFollowedBy([" 안락사", "인 안락사", " 자유", "적 자유", " 의미", "인 의미", " 평화", " 방어", " 개념", " 정책", " 행정", "인 정책"])),
        NegativeEntry(
            ["산만"], "부정적 평가 표현",
            aspect: .fixed("수업 집중"),
            context: .notFollowedBy(["해지기 쉬", "해지기 쉽", "한 분위기", "해진 분위기", "한 환경", "해지는 분위기", "해지지 않도록"])),
        NegativeEntry(
            ["집중하지 못", "집중을 못", "집중을 잘 못", "집중을 하지 못", "집중이 어렵", "집중하기 어려", "집중하기 힘들", "집중이 안",
             "집중을 잘 하지 못", "주의 집중이 어렵", "집중하지 않", "집중을 하지 않", "주의가 흐트러"],
            "집중하지 못함을 지적하는 표현",
            aspect: .fixed("수업 집중")),
        NegativeEntry(
            ["어려움을 겪", "어려움이 있", "어려움을 느", "어려움이 많", "어려움을 보", "곤란을 겪", "어려워하", "어려워함", "어려워했",
             "어려워해", "힘들어하", "힘들어함", "힘들어했", "힘들어해", "버거워"],
            "어려움을 지적하는 표현",
            aspect: .subject(fallback: "학습 과정")),
        NegativeEntry(
            Stem.hada("부정확") + ["부정확"], "부정확함을 지적하는 표현",
            aspect: .subject(fallback: "정확한 표현"),
            context: .notFollowedBy(["한 정보", "한 자료", "한 뉴스", "한 기사", "한 데이터", "한 통계", "성", " 정보"])),
        // 졸다, 자다: 수업 중 졺, 엎드려 잠; never 졸업, 졸음운전 as a topic, 용액이 졸아듦.
        NegativeEntry(
            ["졸음", "졸기", "졸았", "졸고", "졸다가", "졸다 ", "졸 때", "졸거나", "졸아", "졸며", "졸면서", "졸던", "조는 경우", "조는 모습", "조는 일",
             "조는 때", "조는 날", "조는 횟수", "자주 조는", "꾸벅", "잠을 자", "잠이 들", "잠들", "엎드려 자", "엎드려 잠", "엎드려 있",
             "수업 중 자는", "수업 중 잠", "수업 중에 잠", "수업 중에 자는", "수업 시간에 자는", "수업 시간에 잠", "자는 경우", "자는 일이",
             "자는 모습", "잠이 많", "졸린 모습"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            // "잠들기 전 폰을 거실에 두기로 함": a habit at home before sleep, no dozing in class.
            context: .notFollowedBy(["운전", " 운전", "쉼터", "들", "든", "드", "는 동안", "는 동안의", "잠", "업", "기 전", "기 직전", "기 위해", "기 전에"])),
        // A skill not yet there: "발음은 어색한데", "팔꿈치가 안 펴짐", "동작이 잘 안 됨", "크게 안 나아짐".
        NegativeEntry(
            ["발음이 어색", "발음은 어색", "발음 어색", "표현이 어색", "동작이 어색", "자세가 어색", "문장이 어색", "말투가 어색",
             "안 펴", "잘 안 됨", "잘 안 되", "제대로 안 됨", "제대로 안 되", "안 나아", "나아지지 않", "나아지지 못", "개선되지 않",
             "개선되지 못", "좋아지지 않", "줄지 않", "늘지 않"],
            "아직 부족한 점을 지적하는 표현",
            aspect: .byCue([("발음", "정확한 발음"), ("자세", "바른 자세"), ("동작", "정확한 동작"), ("지각", "규칙적인 생활 습관"),
                            ("문장", "문장 표현")], fallback: "꾸준한 연습"),
            // "잘 안 되는 부분을 반복 연습함", "잘 안 되는 리시브를 벽치기로 연습함" are effort.
            context: .all([
                .notFollowedBy(["는 부분", "던 부분", "는 점을", "던 점을", "는 동작을", "던 동작을", "는 곳을", "는 문제를"]),
                .notLaterInSentence(practice),
            ])),
        // Missing what the student was part of: "대본 읽기 모임은 세 번 빠짐"; never "한 번도 안 빠짐".
        NegativeEntry(
            ["빠짐", "빠졌", "빠지는", "빠진 적", "빠지고", "빠져서", "빠지며", "빠지기도", "불참"], "참여하지 않은 일을 지적하는 표현",
            aspect: .fixed("꾸준한 참여"),
            context: .all([
                .precededWithin(["번 ", "회 ", "자주 ", "종종 ", "여러 ", "몇 ", "모임은 ", "모임에 ", "연습에 ", "활동에 ", "자꾸 ", "맨날 ", "계속 ", "모임 ", "연습 ",
                                 "준비 때 ", "때 "], window: 8),
                .notPrecededBy(["안 ", "도 안 ", "한 번도 "]),
                .notFollowedBy(["없이", " 없이"]),
            ])),
        // Holding back where the class speaks: "발표 시키면 대답 안 하고", "모둠 활동에서 거의 말 안 함".
        NegativeEntry(
            ["대답 안", "대답을 안", "대답하지 않", "대답을 하지 않", "말 안 하", "말 안 함", "말을 안 하", "말을 안 함", "말이 거의 없",
             "말이 없", "발표 안 하", "발표를 안 하", "질문 안 하", "의견 안 내", "의견을 안 내", "참여 안 하", "참여를 안 하", "고개 숙"],
            "소극적인 태도를 지적하는 부정 서술",
            aspect: .byCue([("대답", "발표 자신감"), ("발표", "발표 자신감"), ("질문", "적극적인 질문"), ("의견", "적극적인 의견 표현"),
                            ("말", "적극적인 의견 표현")], fallback: "적극적인 참여"),
            context: .notPrecededBy(["친구가 ", "친구들이 ", "다른 학생이 ", "후배가 "])),
        // Work the student took on and left: "맡은 거 안 해서 다른 애들이 대신함".
        NegativeEntry(
            ["안 해서", "안 하고", "안 했", "안 함", "안 하는"], "해야 할 일을 하지 않았다는 부정 서술",
            aspect: .fixed("맡은 역할 수행"),
            context: .precededWithin(["맡은 거 ", "맡은 것 ", "맡은 일 ", "맡은 것을 ", "맡은 일을 ", "숙제 ", "숙제를 ", "과제 ", "과제를 ",
                                      "청소 ", "청소를 ", "당번 ", "정리 ", "정리를 ", "준비 ", "준비를 ", "필기 ", "필기를 "], window: 8)),
        // A deadline or a promise not kept: "마감을 못 맞추는", "기한 못 지켰어요".
        NegativeEntry(
            ["못 맞추", "못 맞췄", "못 맞춤", "맞추지 못", "못 지키", "못 지켰", "못 지킴", "못 지켜", "지키지 못", "안 지키", "안 지켰",
             "안 지킴", "안 지켜", "지키지 않"],
            "약속·기한을 지키지 못했다는 부정 서술",
            aspect: .byCue([("마감", "과제 제출 기한 관리"), ("기한", "과제 제출 기한 관리"), ("제출", "과제 제출 기한 관리"), ("약속", "약속 지키기"),
                            ("시간", "시간 관리")], fallback: "규칙 지키기"),
            context: .precededWithin(["마감", "기한", "약속", "시간", "규칙", "질서", "제출", "일정"], window: 10)),
        // Care left out: "실험 후 뒷정리 소홀".
        NegativeEntry(
            ["소홀"], "맡은 일을 소홀히 했다는 부정 서술",
            aspect: .byCue([("정리", "뒷정리 습관"), ("준비", "준비 습관"), ("과제", "과제 관리")], fallback: "맡은 일 마무리"),
            context: .notFollowedBy(["히 하지 않", "함 없이", "함이 없", "하지 않"])),
        // Work not done, an election lost, letters mixed up, a clash with someone.
        NegativeEntry(
            ["거의 안 함", "잘 안 함", "제출 안 함", "제출을 안 함", "안 냄", "안 냈", "안 내고", "미제출"], "해야 할 일을 하지 않았다는 부정 서술",
            aspect: .fixed("과제 제출 기한 관리"),
            context: .notFollowedBy([" 0건", " 0회", " 0번", "0건", " 없음", "이 없", " 한 번도 없", " 제로"])),
        NegativeEntry(
            ["싫은 소리 못", "싫은 소리를 못", "거절을 못", "거절 못", "거절을 잘 못"], "부정적으로 읽힐 수 있는 성격 묘사",
            aspect: .fixed("자신의 의견 표현")),
        NegativeEntry(
            ["낙선", "선거에서 떨어"], "부정적인 결과를 드러내는 표현",
            aspect: .fixed("꾸준한 도전")),
        NegativeEntry(
            ["혼동", "헷갈려", "헷갈림", "헷갈렸"], "아직 부족한 점을 지적하는 표현",
            aspect: .fixed("정확한 구분"),
            // "헷갈려하는 친구에게 설명함" is someone else's (the shared guard); "혼동하기 쉬운 개념을 정리함" a topic.
            context: .notFollowedBy(["하기 쉬운", "하기 쉽", "되기 쉬운", "하는 개념", "되는 개념", "하는 부분을", "되는 부분을", "하는 친구", "하는 학생"])),
        NegativeEntry(
            ["부딪혔", "부딪힘", "부딪힌", "부딪히", "부딪쳤", "부딪침", "부딪쳐", "마찰이 있", "마찰을 빚"], "갈등에 대한 부정적 표현",
            aspect: .fixed("갈등 조정"),
            context: .precededWithin(people + ["선배랑", "선배와", "후배랑", "랑 ", "와 ", "과 ", "하고 "], window: 12)),
        // Caught at something, keeping apart, and no change: "휴대폰 사용 1회 적발", "크게 어울리진 않지만",
        // "2학기에도 크게 달라지진 않음".
        NegativeEntry(
            ["적발", "걸림", "걸렸"], "규칙 위반을 드러내는 부정적 표현",
            aspect: .fixed("바른 생활 태도"),
            context: .precededWithin(["사용", "휴대폰", "핸드폰", "흡연", "규정", "위반", "복장", "부정행위", "교칙", "보다가", "하다가", "먹다", "놀다", "자다", "하다 "],
                                    window: 16)),
        NegativeEntry(
            ["어울리진 않", "어울리지는 않", "어울리지 않", "잘 안 어울", "달라지진 않", "달라지지는 않", "달라지지 않", "변화가 없",
             "변함이 없", "그대로임", "여전히 안", "변화 없", "변화는 없", "나아진 게 없", "나아진 것이 없"],
            "변화가 없거나 어울리지 않는다는 부정적 표현",
            aspect: .fixed("친구들과의 소통"),
            context: .notPrecededBy(["색이 ", "결과가 ", "값이 ", "온도가 ", "크기가 ", "색 ", "색깔 ", "질량 ", "부피 ", "수치 ", "반응 ", "온도 "])),
        // "발음은 좀 어색한데": awkward said of the student's own performance.
        NegativeEntry(
            Stem.hada("어색"), "아직 부족한 점을 지적하는 표현",
            aspect: .byCue([("발음", "정확한 발음"), ("자세", "바른 자세"), ("동작", "정확한 동작"), ("문장", "문장 표현")],
                           fallback: "꾸준한 연습"),
            context: .precededWithin(["발음", "표현이", "표현은", "동작", "자세", "문장", "말투", "억양", "연주", "글씨"], window: 8)),
        // Woken in class: the other half of dozing ("수업 중 자주 졸음, 두 번 깨움").
        NegativeEntry(
            ["깨움", "깨웠", "깨워", "깨우"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .precededWithin(["졸", "잠", "엎드려", "자는"], window: 24)),
        // Others' complaints about the student: "다른 부원들 불만 많았음"; not 주민 불만을 조사함.
        NegativeEntry(
            ["불만"], "다른 사람의 불만을 전하는 부정적 표현",
            aspect: .fixed("협력"),
            context: .all([
                .followedWithin(["많", "이 많", "이 있", "을 샀", "을 삼", "이 나왔", "이 나옴", "을 표", "을 드러", "을 토로", "이 컸", "이 큼"], window: 6),
                .precededWithin(["부원", "친구", "모둠원", "조원", "팀원", "반 ", "다른 ", "주변"], window: 12),
            ])),
        // Confiscated phones: "수업 중 휴대폰 사용으로 3회 압수".
        NegativeEntry(
            ["압수", "수거당", "뺏김", "빼앗김"], "생활 규칙에 대한 부정적 표현",
            aspect: .fixed("생활 규칙 준수"),
            context: .precededWithin(["휴대폰", "핸드폰", "휴대전화", "스마트폰", "폰", "게임기", "이어폰"], window: 20)),
        // 다투다·싸우다 between students; never 독립을 위해 싸운 사람들, 병균과 싸우는 세포.
        NegativeEntry(
            ["다툼", "다투", "다퉜", "다퉈", "싸움", "싸우", "싸웠", "싸워", "말다툼", "말다투", "말다퉜", "말다퉈", "몸싸움"], "갈등에 대한 부정적 표현",
            aspect: .fixed("갈등 조정"),
            context: .all([
                .notFollowedBy(["을 중재", "을 해결", "을 조정", "을 말리", "을 말려", "을 말렸", "을 멈추", "을 막", "을 화해", "이 일어나지 않도록"]),
                // Others' quarrel the student settles: "친구 다툼 있을 때 중재 역할".
                .custom({ text, match in
                    let after = match.upperBound..<min(text.count, match.upperBound + 14)
                    return !mediation.occurs(in: text, after) || otherMediators.occurs(in: text, after)
                }),
                .any([
                    .precededWithin(people + ["자주", "잦", "종종", "친구들", "상대", "크게 ", "심하게 ", "학생과", "친구와", "친구랑", "학생이랑", "학생하고", "애랑"], window: 16),
                    // "연습실에서 크게 다툼.": the quarrel is what the sentence reports.
                    .custom({ text, match in
                        match.upperBound >= text.count || [".", ",", " →", "→"].contains { text.hasText($0, at: match.upperBound) }
                    }),
                    .followedWithin(["이 잦", "이 있", "을 벌", "을 하", "을 함", "이 생", "기도", "는 일", "이 많", "는 경우", "을 자주", " 크게",
                                     " 해서", "을 해서", " 했", "을 했", " 함", " 있", "으나", "지만", "는데", "고 ", " 직전"], window: 4),
                    .precededWithin(["랑 ", "와 ", "과 ", "하고 "], window: 4),
                ]),
            ])),
        NegativeEntry(
            ["갈등"], "갈등에 대한 부정적 표현",
            aspect: .fixed("갈등 조정"),
            context: .all([
                .notFollowedBy(["을 중재", "을 해결", "을 조정", "을 조율", " 해결", " 조정", " 관리", "을 극복", "을 풀", " 상황을 중재",
                                "구조", " 구조", "의 원인", " 양상", "의 양상", "론", "을 봉합"]),
                .notInSentence(topicCues),
                // "친구랑 갈등 있을 때 중간에서 얘기 들어줌": others' conflict the student mediates.
                .custom({ text, match in
                    let after = match.upperBound..<min(text.count, match.upperBound + 16)
                    return !mediation.occurs(in: text, after) || otherMediators.occurs(in: text, after)
                }),
                .any([
                    .precededWithin(people + ["친구들", "교우"], window: 10),
                    .followedWithin(["을 겪", "이 잦", "이 생", "을 빚", "을 일으", "이 있었", "을 자주", "이 많"], window: 3),
                ]),
            ])),
        NegativeEntry(
            ["방해"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 참여 태도"),
            context: .all([
                .notFollowedBy([" 요인", "요인", "받지 않", "가 되지 않", "하지 않"]),
                .precededWithin(["수업", "친구", "모둠", "학습", "발표", "다른 학생", "진행", "주변", "활동", "분위기"], window: 10),
            ])),
        NegativeEntry(
            ["장난이 심", "장난 심", "장난이 좀 심", "장난 많", "장난 잦", "장난을 치", "장난을 쳐", "장난을 쳤", "장난치", "장난쳐", "장난쳤", "장난이 잦", "장난이 많", "장난을 많이",
             "장난을 자주", "짓궂은 장난", "장난으로 수업", "장난스러운 태도", "장난기가 많", "장난스럽게 행동"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 참여 태도")),
        NegativeEntry(
            ["말투가 날카", "말투가 거칠", "말이 거칠", "말투가 공격", "말을 함부로", "울먹인", "울먹였", "울린 적", "몸이 먼저 나가", "몸이 먼저 나간",
             "손이 먼저 나가", "주먹이 먼저", "욱하", "화를 참지 못", "화를 못 참", "흥분하면", "화나면"],
            "감정 표현과 말투에 대한 부정적 표현",
            aspect: .fixed("감정 조절"),
            context: .notPrecededBy(["친구가 ", "친구의 ", "흥분한 친구", "화난 친구"])),
        NegativeEntry(
            ["깨우면", "깨워야", "깨워도", "집중 안 하", "집중을 안 하", "집중하지 않", "얘기만 함", "얘기만 하", "얘기만 해", "이야기만 해", "이야기만 하", "이야기만 함"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중")),
        NegativeEntry(
            ["약하다는", "약한 편", "약함", "약해서", "약하여", "약한 것을"], "부족한 점을 지적하는 표현",
            aspect: .fixed("기초 실력"),
            context: .all([
                .precededWithin(["수학", "물리", "과학", "영어", "국어", "계산", "기초", "개념", "이론", "실력", "체력", "암기", "구조", "마무리", "끝맺음",
                                 "나누는 ", "맡기는 ", "분담"], window: 10),
                .notPrecededBy(["산이 ", "염기가 ", "신호가 ", "바람이 ", "빛이 ", "자기장이 "]),
            ])),
        NegativeEntry(
            ["말 끊", "말을 끊", "말허리를 자르", "말을 자르", "끼어드", "끼어들"], "의사소통 태도에 대한 부정적 표현",
            aspect: .fixed("경청"),
            context: .notPrecededBy(["않고 ", "않도록 "])),
        NegativeEntry(
            ["저조", "참여가 낮", "참여율이 낮", "참여도가 낮", "참여가 적", "참여 적"], "참여에 대한 부정적 표현",
            aspect: .fixed("적극적인 참여"),
            context: .all([
                .precededWithin(["참여", "활동", "참석", "출석", "발표"], window: 10),
                .notFollowedBy(["한 참여율을 높", "했던 참여", "하던 참여"]),
            ])),
        NegativeEntry(
            ["분실", "잃어버", "잃어버림", "잃어버렸"], "자기 관리에 대한 부정적 표현",
            aspect: .fixed("꼼꼼한 자기 관리"),
            context: .all([
                .notFollowedBy(["물", " 신고", "물 센터", "물함", "된 물건을 찾아"]),
                .notPrecededBy(["친구가 ", "친구의 ", "잃어버린 친구", "분실한 친구"]),
            ])),
        NegativeEntry(
            ["말이 많", "떠들", "떠듦", "떠드", "잡담", "소란을 피", "소란스럽"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .notPrecededBy(["할 "])),
        // A heading that files what follows as a shortcoming: "개선점: 완벽주의 성향".
        NegativeEntry(
            ["개선점:", "개선점 :", "보완점:", "보완점 :", "아쉬운 점:", "아쉬운 점 :", "아쉬운점:", "단점:", "약점:", "고칠 점:"],
            "부족한 점을 지적하는 표현",
            aspect: .fixed("자기 조절"),
            context: .wordStart),
        // The student speaking down of themself: "\"저는 잘하는 게 없어요\" 자주 말함".
        NegativeEntry(
            ["잘하는 게 없", "잘하는 것이 없", "잘하는 거 없", "할 줄 아는 게 없", "자신이 없", "자신 없어", "자신 없음"],
            "정서·성향에 대한 부정적 표현",
            aspect: .fixed("자신감")),
        // Deadlines passed: "마감 두 번 넘김", "수행평가 제출 늘 마감 직전".
        NegativeEntry(
            ["마감 넘", "마감을 넘", "마감 두 번 넘", "마감 직전", "기한 넘", "기한을 넘", "기한 지나", "기한을 지나", "마감 지나", "마감을 지나"],
            "과제 제출에 대한 부정적 표현",
            aspect: .fixed("과제 제출 기한 관리"),
            context: .notFollowedBy(["지 않", "기 전에", "지 않도록"])),
        // Posture and unevenness in class: "국어 시간에는 자주 엎드림", "수업 태도는 과목마다 편차가 큼".
        NegativeEntry(
            ["엎드림", "엎드려 있", "엎드려 자", "엎드리는", "엎드렸", "편차가 큼", "편차가 크", "기복이 심", "기복이 있"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("고른 수업 참여"),
            context: .all([
                .notPrecededBy(["팔굽혀", "엎드린 적이 없", "적이 없"]),
                .notFollowedBy([" 적이 없", " 적 없", "지 않"]),
                .notInSentence(topicCues),
            ])),
        // Avoiding and holding back: "갈등 상황에서 말 돌리거나 웃어넘기는 경향", "회피형", "목소리 살짝 떪".
        NegativeEntry(
            ["회피형", "회피하는 경향", "회피하는 편", "말 돌리", "말을 돌리", "웃어넘기", "웃어 넘기", "목소리 떨", "목소리가 떨", "목소리 살짝 떨",
             "목소리가 살짝 떨", "떪", "혼자 쥐고", "혼자 자리에", "혼자 지냄", "혼자 다님", "겉돌", "겉돎", "잘 못 맡기", "일을 못 맡기", "혼자 다 떠안", "혼자 떠안",
             "짧게 끝냄", "짧게 끝내", "정형화됨", "매사 느긋", "느긋한 편", "너무 느긋"],
            "태도에 대한 부정적 표현",
            aspect: .byCue([("목소리", "발표 자신감"), ("떪", "발표 자신감"), ("혼자", "협업"), ("맡기", "역할 분담"), ("떠안", "역할 분담"),
                            ("끝", "발표 내용 구성"), ("정형", "자기 목소리를 담은 글쓰기"), ("느긋", "시간 관리")], fallback: "갈등 상황에서의 의사 표현"),
            context: .all([
                .notPrecededBy(["친구가 ", "친구의 ", "않도록 ", "않고 "]),
                .notInSentence(topicCues),
            ])),
        // The student's own mishap: "납땜하다 손 데인 적 있음".
        NegativeEntry(
            ["데인 적", "데었", "데임", "다친 적", "다쳤", "다침", "뛰어다니", "뛰어다님", "뛰어다녀", "베인 적", "접질", "삐끗", "부상을 입", "부상당"], "안전에 대한 부정적 표현",
            aspect: .fixed("안전 수칙 준수"),
            context: .all([
                .notFollowedBy([" 친구", " 후배", " 선배", " 동생", " 사람"]),
                .notPrecededWithin(ForbiddenLexicon.someoneElse, window: 10),
            ])),
        // Duties missed: "급식 당번 빠진 날 있었음(3회 정도)", "청소 자주 빠짐".
        NegativeEntry(
            ["빠진 날", "빠진 적", "빠짐", "빠졌", "빠지는 날", "빠지는 경우", "빼먹", "안 하고 감", "안 하고 간", "도망감", "도망가", "도망침", "도망쳐", "먼저 가버"],
            "맡은 일에 대한 부정적 표현",
            aspect: .fixed("맡은 역할 수행"),
            context: .all([
                .precededWithin(["당번", "청소", "조회", "종례", "야자", "자습", "봉사", "당직", "정리"], window: 14),
                .notFollowedBy([" 없", "없"]),  // "빠짐없이 챙김"
            ])),
        // Raised voices and jokes that hurt: "역할 분담 문제로 언성 높인 적 있음", "가끔 선 넘는 농담".
        NegativeEntry(
            ["언성 높", "언성을 높", "언성이 높", "목소리를 높여 다", "큰소리로 다", "선 넘는", "선을 넘는", "선 넘은", "선을 넘은", "도를 넘는",
             "서운해한", "서운해했", "서운해함", "서운하게 한", "서운하게 했", "상처받은 일", "상처를 준"],
            "교우 관계에 대한 부정적 표현",
            aspect: .fixed("배려 있는 언행"),
            context: .notPrecededBy(["않도록 ", "않게 "])),
        // Haste said of the student's own work: "결론이 성급함", "말이 빠름".
        NegativeEntry(
            ["성급했", "성급함", "성급한 편", "성급하게 결론", "성급하다", "말이 빠름", "말 빠름", "말이 빠르", "말 빠르", "말이 너무 빠", "말 속도가 빠",
             // "대신 좀 급해요", "성격이 급함": the student's haste.
             "좀 급해", "좀 급함", "좀 급한", "성격이 급", "성격 급", "대신 급함", "대신 급해"],
            "부족한 점을 지적하는 표현",
            aspect: .byCue([("결론", "근거에 맞는 결론 도출"), ("말", "발표 속도 조절")], fallback: "신중한 태도"),
            context: .notPrecededBy(["않도록 ", "않게 "])),
        // What the student tried and did not get: "학생회장 선거 나갔다가 떨어짐".
        NegativeEntry(
            ["떨어짐", "떨어졌", "낙선", "탈락"], "결과에 대한 부정적 표현",
            aspect: .fixed("도전"),
            context: .precededWithin(["선거", "선발", "면접", "오디션", "출마", "지원했", "지원해", "도전했", "도전해"], window: 14)),
        // Worry over grades and a self-image: "성적 때문에 불안해함", "완벽주의 성향".
        NegativeEntry(
            ["불안해함", "불안해하", "불안해했", "불안감이 큼", "불안감이 심", "스트레스가 심", "스트레스 심", "완벽주의", "관계 좁", "관계가 좁",
             "말이 앞서", "행동이 뒤따르는", "행동이 따라오지"],
            "정서·성향에 대한 부정적 표현",
            aspect: .byCue([("관계", "교우 관계의 폭"), ("말이 앞서", "말한 것의 실천"), ("행동이", "말한 것의 실천")], fallback: "자기 조절"),
            context: .all([
                .notPrecededBy(["친구가 ", "친구의 ", "불안해하는 친구", "않도록 "]),
                // "완벽주의 성향이 학업 스트레스에 미치는 영향을 조사함": a topic, not the student.
                .notInSentence(topicCues),
            ])),
        NegativeEntry(
            ["잘 잊", "자주 잊", "까먹", "잊어버리", "잊어버림", "잊어버렸", "깜빡", "깜박", "챙기지 못", "챙기지 않", "빠뜨리", "빠뜨림",
             "빠뜨렸", "준비물을 안", "준비물을 두고", "준비물이 없", "을 놓고 오", "를 놓고 오", "을 두고 오", "를 두고 오", "을 놓고 와",
             "를 놓고 와", "을 두고 와", "를 두고 와", "집에 두고"],
            "준비·기억에 대한 부정적 표현",
            aspect: .byCue([("준비물", "준비물 챙기기"), ("숙제", "과제 관리"), ("과제", "과제 관리"), ("교과서", "준비물 챙기기")], fallback: "자기 관리"),
            context: .notFollowedBy(["는 원리", "는 현상", "는 과정", "는 이유"])),
        NegativeEntry(
            ["오류가 많", "오류가 잦", "오류 많", "오류 잦", "실수가 많", "실수가 잦", "실수 많", "실수 잦", "자주 틀", "종종 틀", "많이 틀", "여전히 틀",
             "아직도 틀", "아직 틀", "계속 틀", "이 틀림", "가 틀림", "이 틀렸", "가 틀렸", "을 틀림", "를 틀림",
             "생략 많", "생략이 많", "생략이 잦", "생략하는 경우가 많", "틀리는 경우가 많", "틀리는 일이 잦", "알아보기 어려", "알아보기 힘들", "악필", "맞춤법을 자주 틀",
             "치수 틀", "치수가 틀", "계산 틀", "계산이 틀", "철자 틀", "철자가 틀", "맞춤법 틀", "맞춤법이 틀", "맞춤법을 틀",
             // An intensifier between: "계산 실수 엄청 많음".
             "실수 엄청", "실수 진짜", "실수 너무", "실수 되게", "실수가 엄청", "실수가 너무", "실수가 진짜", "실수(", "여전히 많음", "여전히 잦",
             // "맞춤법·띄어쓰기 실수 여전히 있음": a slip that stays.
             "실수 여전", "실수가 여전", "실수 있음", "실수가 있음", "실수가 조금 있", "실수가 종종", "실수 종종"],
            "정확성을 지적하는 표현",
            aspect: .byCue([("글씨", "바른 글씨"), ("맞춤법", "맞춤법과 글씨"), ("계산", "꼼꼼한 검토 습관")], fallback: "꼼꼼한 검토 습관"),
            // "맞춤법이 틀린 표지판을 찾아 고침": others' mistakes the student found.
            context: .notInSentence(beyondCues)),
        // "1차 초안은 줄거리 요약 위주임", "제안까지는 좋았고 근거가 약했음": a piece of work judged thin.
        NegativeEntry(
            ["요약 위주", "줄거리 요약에 그", "요약에 그침", "요약에 그쳤", "나열 위주", "나열에 그", "근거가 약", "근거 약", "논리가 약", "논리 약",
             "설득력이 약", "설득력 약", "설득력이 떨어", "근거가 빈약", "근거 빈약", "분석이 얕", "분석이 피상"],
            "결과물의 부족함을 지적하는 표현",
            aspect: .fixed("근거를 갖춘 논증"),
            context: .notInSentence(topicCues)),
        // "수업 쉬워하는 티 남", "지루해하는 티가 남": the student's boredom in class, as the teacher saw it.
        NegativeEntry(
            ["쉬워하는 티", "지루해하는 티", "지루해하", "지루해함", "지루해했", "티 남", "티가 남", "티가 났", "티를 냄", "티를 많이 냄", "시큰둥"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 참여 태도"),
            context: .all([.wordStart, .notPrecededBy(["친구가 ", "친구들이 ", "친구들의 "])])),
        // "1학기에는 존재감 거의 없음", "모둠 정할 때도 안 끼고 있다가 배정됨", "학급회의 발언 거의 없음".
        NegativeEntry(
            ["존재감 없", "존재감이 없", "존재감 거의 없", "존재감이 거의 없", "존재감이 약", "안 끼고", "끼지 않", "끼지 못", "발언 거의 없",
             "발언이 거의 없", "발표 거의 없", "발표가 거의 없", "말이 거의 없", "거의 말을 안", "말을 거의 안", "말수가 거의 없"],
            "소극적인 참여를 지적하는 표현",
            aspect: .fixed("적극적인 참여"),
            context: .notInSentence(topicCues)),
        // "다 혼자 하려 해서 팀원들이 할 일 없다고 불만임": the team left out by the student.
        NegativeEntry(
            ["혼자 하려", "혼자 다 하려", "혼자 다 해서", "혼자 다 해 버", "할 일 없다고 불만", "팀원들이 불만", "팀원들 불만", "모둠원들이 불만", "불만임", "불만이 나왔"],
            "모둠 활동 태도에 대한 부정적 표현",
            aspect: .fixed("역할 분담과 협업"),
            context: .all([.notInSentence(topicCues), .notPrecededBy(["불만을 조사", "불만 사항"])])),
        // "영어 문장 구조는 단순한 편인데 …": the student's writing judged plain. A plain structure the
        // student chose for a model or a design is no judgement ("구조가 단순한 모형부터 만듦").
        NegativeEntry(
            ["문장 구조는 단순", "문장 구조가 단순", "문장이 단순", "문장은 단순", "표현이 단순", "표현은 단순", "어휘가 단순", "어휘는 단순",
             "단순한 편", "단조로운 편", "문장이 단조", "표현이 단조", "문장은 단조", "표현은 단조"],
            "결과물의 수준을 낮게 평가하는 표현",
            aspect: .fixed("다양한 문장 표현"),
            context: .notInSentence(topicCues)),
        NegativeEntry(
            ["말을 더듬", "더듬거리", "지나치게 긴장", "긴장을 많이 하", "긴장하여 실수"], "발표 태도에 대한 부정적 표현",
            aspect: .fixed("발표 자신감")),
        // "실습 해봤는데 손이 떨렸대요": nerves in a first try, which the notes then answer with practice.
        NegativeEntry(
            ["손이 떨려", "손이 떨렸", "손이 떨림", "손이 떨리", "손을 떨", "목소리가 떨려", "목소리가 떨렸", "목소리가 떨림"], "긴장한 모습을 지적하는 표현",
            aspect: .fixed("실습 자신감")),
        NegativeEntry(
            ["무임승차"], "모둠 활동 태도에 대한 부정적 표현",
            aspect: .fixed("모둠 활동 참여"),
            context: .all([
                .notInSentence(misconductTopic),
                // "모둠 과제 무임승차 문제 생겼을 때 역할표 다시 짜자고 제안": the group's problem the student settles.
                .custom({ text, match in !groupProblem.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        NegativeEntry(
            ["정리 정돈이 잘 되지 않", "정리정돈이 잘 되지 않", "정리 정돈이 미흡", "정돈되지 않", "정리가 되지 않", "정리가 잘 되지 않",
             "정리가 안 되", "정리 정돈을 하지 않"],
            "생활 습관에 대한 부정적 표현",
            aspect: .fixed("정리 정돈 습관")),
        NegativeEntry(
            ["딴짓", "딴청", "딴 얘기", "딴얘기", "딴소리", "딴 소리", "엉뚱한 얘기", "한눈을 팔", "휴대폰을 자주", "휴대전화를 자주", "스마트폰을 자주", "핸드폰을 자주", "휴대폰을 만지",
             "휴대폰을 사용하는 경우", "몰래 휴대폰", "몰래 스마트폰", "몰래 핸드폰", "몰래 게임"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            // "딴짓을 줄이는 방법을 주제로 토론을 이끎": the topic, not the student's doing.
            context: .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) })),
        // A phone used where it should not be, named by what followed ("휴대폰 사용으로 지도받음");
        // never a topic ("스마트폰 사용 시간 줄이기 캠페인") or a tool ("스마트폰을 사용해 자료를 찾음").
        NegativeEntry(
            ["휴대폰 사용", "휴대전화 사용", "스마트폰 사용", "핸드폰 사용", "휴대폰을 사용", "휴대전화를 사용", "스마트폰을 사용", "핸드폰을 사용",
             "휴대폰을 보", "스마트폰을 보", "핸드폰을 보", "휴대폰 게임", "스마트폰 게임"],
            "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .followedWithin(["으로 지도", "으로 두", "으로 세", "으로 여러", "으로 몇", "으로 수차례", "으로 자주", "으로 주의",
                                      "으로 지적", "으로 벌점", "으로 꾸중", "으로 경고", "이 잦", "을 자주", "이 많", "하다 적발",
                                      "하다가 적발", "하다 걸", "하다가 걸", "하다 지도", "하다가 지도", "하여 지도", "해 지도", "하여 주의",
                                      "해 주의", "다가 지적", "하다 지적", "하는 일이 잦", "하는 경우가 많", "하는 모습이 자주"], window: 4)),
        NegativeEntry(
            ["베껴", "베낀", "베끼", "베낌", "베꼈", "표절"], "과제 수행에 대한 부정적 표현",
            aspect: .fixed("정직한 과제 수행"),
            context: .all([.notInSentence(misconductTopic), .notInSentence(copyingTopic)])),
        NegativeEntry(
            ["실수가 잦", "잦은 실수", "실수를 반복", "실수가 많", "실수를 자주", "실수가 잦아", "실수를 많이", "실수가 반복"],
            "실수를 지적하는 표현",
            aspect: .fixed("꼼꼼한 검토 습관")),
        NegativeEntry(
            ["쉽게 포기", "중간에 포기", "금방 포기", "포기하는 경우", "포기하는 모습", "포기함", "포기했", "포기하고 말"],
            "포기에 대한 부정적 표현",
            aspect: .fixed("끈기 있는 태도")),
        NegativeEntry(
            ["미루", "미룸", "미뤄", "미뤘"], "미루는 습관에 대한 부정적 표현",
            aspect: .fixed("과제 제출 기한 관리"),
            context: .all([.wordStart, .notFollowedBy(["어 보", "어 짐작", "어 생각", "어 볼", "어보", "어 알", "어 판단", "어 추측"])])),
        NegativeEntry(
            ["회피하", "회피함", "회피했", "꺼리", "꺼림", "꺼려", "꺼렸", "두려워하", "두려워함", "두려워했", "겁을 내", "겁이 많"],
            "회피에 대한 부정적 표현",
            aspect: .subject(fallback: "적극적인 도전"),
            context: .notFollowedBy(["는 전략", "는 방법", "는 경향을 분석", "는 심리"])),
        NegativeEntry(
            ["의존적", "의존하는 경향", "의존하려는", "의존하는 모습", "의존하는 편"], "부정적 평가 표현",
            aspect: .fixed("자기주도적 학습 태도")),
        NegativeEntry(["충동적"], "부정적 평가 표현", aspect: .fixed("감정 조절")),
        NegativeEntry(
            ["공격적"], "부정적 평가 표현",
            aspect: .fixed("감정 조절"),
            context: .custom({ text, match in
                !ScoresAndRanks.contestCues.occurs(in: text, text.sentenceRange(containing: match.lowerBound))
                    && !text.hasText(" 마케팅", at: match.upperBound + 1) && !text.hasText(" 플레이", at: match.upperBound + 1)
            })),
        NegativeEntry(["반항"], "부정적 평가 표현", aspect: .fixed("규칙 준수"), context: .wordStart),
        NegativeEntry(
            ["욕설", "욕을 하", "욕을 함", "욕을 해", "욕을 했", "비속어를 사용", "비속어를 자주", "비속어를 써", "험한 말", "막말", "폭언", "욕을 달고", "욕을 입에", "씨X", "시X", "ㅅㅂ"],
            "언어 사용에 대한 부정적 표현",
            aspect: .fixed("바른 언어 사용"),
            context: .notInSentence(languageTopic)),
        NegativeEntry(["불성실"], "부정적 평가 표현", aspect: .fixed("성실한 학습 태도")),
        NegativeEntry(["무관심"], "부정적 평가 표현", aspect: .fixed("학습 참여")),
        NegativeEntry(["무기력"], "부정적 평가 표현", aspect: .fixed("학습 의욕"), context: .notFollowedBy([" 학습", "학습"])),
        NegativeEntry(["게으르", "게을러", "게으름", "게을렀", "나태", "태만"], "부정적 평가 표현",
                      aspect: .fixed("성실한 생활 태도"), context: .notFollowedBy(["지 않", "지않", "을 이겨", "을 극복"])),
        NegativeEntry(["무책임", "책임감이 없", "책임감이 부족"], "부정적 평가 표현", aspect: .fixed("책임감 있는 태도")),
        NegativeEntry(["무성의", "성의가 없", "성의 없"], "부정적 평가 표현", aspect: .fixed("성실한 과제 수행")),
        NegativeEntry(
            ["의욕이 없", "관심이 없", "흥미가 없", "흥미를 잃", "흥미를 느끼지 못", "관심을 보이지 않", "흥미를 보이지 않", "관심 없", "흥미 없", "의지가 없", "자신감이 없",
             "의욕을 잃", "의욕이 낮"],
            "의욕·관심이 없다는 부정적 표현",
            aspect: .subject(fallback: "학습 의욕")),
        NegativeEntry(["무례", "버릇없", "예의가 없", "예의 없"], "부정적 평가 표현", aspect: .fixed("예의 바른 태도")),
        NegativeEntry(["이기적"], "부정적 평가 표현", aspect: .fixed("배려하는 태도"),
                      context: .notFollowedBy([" 유전자", "인 유전자", "유전자"])),
        NegativeEntry(["수동적"], "부정적 평가 표현", aspect: .fixed("주도적인 참여")),
        NegativeEntry(["부주의"], "부정적 평가 표현", aspect: .fixed("꼼꼼한 주의")),
        NegativeEntry(
            ["불량", "나쁨", "나쁘", "나빴"], "부정적 평가 표현",
            aspect: .fixed("바른 생활 태도"),
            context: .all([
                .notFollowedBy([" 식품", "식품", "품", " 제품", "률", " 화소", "배", " 영향", "은 영향", "게 영향", "ㄴ 공기", " 공기", "지 않"]),
                .precededWithin(["태도", "복장", "자세", "수업", "생활", "행동", "습관", "사이", "관계", "매너", "말투", "언행", "품행"], window: 8),
            ])),
        NegativeEntry(
            ["나쁜 태도", "나쁜 습관", "부정적인 태도", "부정적인 말", "부정적인 반응", "부정적으로 반응", "부정적인 생각", "부정적인 언행", "부정적인 시각",
             "부정적인 자세", "부정적 태도", "매사에 부정적", "부정적임"],
            "부정적 평가 표현",
            aspect: .fixed("긍정적인 태도")),
        NegativeEntry(
            ["내성적", "말이 없", "말 없는", "말 없음", "말수가 적", "말수는 적", "말수도 적", "말수 적", "말이 적", "수줍음이 많", "낯을 가리", "낯가림이 심", "낯가림 심", "낯을 많이 가",
             "숫기가 없", "자존감이 낮", "자존감 낮", "자존감이 떨어", "자신감이 낮", "자신감 낮"], "부정적으로 읽힐 수 있는 성격 묘사",
            aspect: .fixed("자신의 생각 표현")),
        // Holding back: "공을 거의 안 받으려 함", "뒤에 서 있기만 함", "나서지 않음".
        NegativeEntry(
            ["안 받으려", "안 하려", "안 나서", "하지 않으려", "으려 하지 않", "려고 하지 않", "나서지 않", "나서지 못", "있기만",
             "보기만 하", "보기만 함", "듣기만 하", "듣기만 함", "구경만", "앉아만", "거의 안 하", "거의 안 해", "거의 안 써", "거의 안 내",
             "잘 안 하", "잘 안 해", "잘 안 써"],
            "참여하지 않는 모습에 대한 부정적 표현",
            aspect: .fixed("적극적인 참여")),
        NegativeEntry(
            ["감점이 많", "감점을 많이", "감점을 받", "감점되", "감점됨", "감점당", "감점이 잦", "감점 요인"], "평가에서 감점된 사실에 대한 부정적 표현",
            aspect: .subject(fallback: "꼼꼼한 풀이 과정"),
            context: .notFollowedBy(["을 줄이", "을 피하", "을 분석", "되지 않", " 기준"])),
        // A temper or manner others misread: 무뚝뚝해서 오해 받음, 욱함, 짜증을 자주 냄.
        NegativeEntry(
            ["무뚝뚝", "퉁명", "까칠", "오해를 받", "오해 받", "오해를 사", "오해받", "욱하", "욱함", "욱해", "화를 잘 내", "화를 자주",
             "짜증을 자주", "짜증을 많이", "짜증을 내", "짜증을 냄", "짜증 냄", "짜증 내", "짜증을 부", "짜증이 많", "짜증 섞인", "짜증 섞어", "짜증스럽게", "짜증 난 말투", "짜증 내는"],
            "성격·감정 표현에 대한 부정적 표현",
            aspect: .fixed("친구들과의 소통")),
        // A quiet or timid nature set against what follows ("조용하지만 관찰력이 좋음") frames the
        // nature as a flaw; said plainly ("조용히 경청함") it is not.
        NegativeEntry(
            ["조용하지만", "조용한 편이지만", "조용한 편이나", "조용하나", "조용한 성격이지만", "소심하지만", "소심한 편이지만", "소심한 성격",
             "소심함", "얌전하지만", "존재감이 없", "존재감이 약"],
            "성격을 단점처럼 대조하는 표현",
            aspect: .fixed("자신의 생각 표현")),
        // "실험중 비커 깨뜨림": an accident with the class's things; never "고정관념을 깨뜨림".
        NegativeEntry(
            ["깨뜨림", "깨뜨렸", "깨뜨려", "깨트림", "깨트렸", "깨트려", "망가뜨", "파손"], "실수·사고를 드러내는 표현",
            aspect: .fixed("안전한 실험 수행"),
            context: .precededWithin(["비커", "시험관", "플라스크", "유리", "기구", "기자재", "장비", "컵", "창문", "창문을", "현미경", "물건", "비품", "실험실"], window: 14)),
        // "폰게임 하다 걸림 2번, 개선 안됨", "보고서 마감 2번 어김", "시간 관리가 약함", "집중 시간이 짧은 편".
        NegativeEntry(
            ["하다 걸림", "하다가 걸림", "하다 걸렸", "하다가 걸렸", "개선 안됨", "개선 안 됨", "개선이 안 됨", "개선이 안됨", "개선되지 않",
             "마감 어김", "마감을 어김", "마감 2번 어김", "기한 어김", "기한을 어김", "마감을 어겼", "기한을 어겼", "관리가 약함", "관리가 약했", "관리 약함",
             "집중 시간이 짧", "집중하는 시간이 짧", "집중력이 짧"],
            "아직 부족한 점을 지적하는 표현", aspect: .fixed("자기 관리"),
            context: .notFollowedBy(["지 않", "지않"])),
        // "자기 주장 강하고 결과 중시": a teacher's shorthand for someone who pushes their own view.
        NegativeEntry(
            ["자기 주장 강", "자기 주장이 강", "자기주장 강", "자기주장이 강", "자기 주장이 너무 강", "자기주장이 너무 강", "자기 고집", "독단적"],
            "부정적으로 읽힐 수 있는 성격 묘사", aspect: .fixed("다양한 의견 수용"),
            context: .notFollowedBy(["지 않", "지않"])),
        NegativeEntry(["고집"], "부정적으로 읽힐 수 있는 성격 묘사", aspect: .fixed("다양한 의견 수용"),
                      context: .all([.notPrecededBy(["소신과 "]), .notFollowedBy(["하지 않", "스럽지 않"])])),
        NegativeEntry(
            ["느리", "느림", "느렸", "느려", "느린"], "느림을 지적하는 표현",
            aspect: .fixed("과제 수행 속도"),
            context: .all([
                .precededWithin(["행동", "작업", "과제", "풀이", "필기", "준비", "말하기", "읽기", "쓰기", "진도", "이해", "대답", "계산", "산수", "손이"],
                                window: 8),
                .notPrecededBy(["반응 속도가 ", "반응속도가 ", "이동 속도가 ", "속력이 "]),
            ])),
        NegativeEntry(
            ["문제 행동", "문제행동", "지적을 받", "지적받", "주의를 받", "꾸중", "혼나", "혼났", "거짓말", "징계", "선도위원회", "교권 침해",
             "학교폭력", "학교 폭력", "따돌림", "괴롭힘", "괴롭히", "괴롭혔", "벌점", "경고를 받", "경고받", "훈계", "야단맞", "야단을 맞",
             "생활지도를 받", "생활 지도를 받", "반성문"],
            "문제 행동에 대한 부정적 표현(구체적인 누가기록이 없다면 쓰지 않음)",
            aspect: .fixed("바른 생활 태도"),
            context: .notInSentence(misconductTopic)),
        // 지도받다 for a cause ("휴대폰 사용으로 두 번 지도받음", "지각 때문에 지도를 받음") is discipline;
        // guidance ("선생님께 지도받아 실험을 설계함", "진로 지도를 받음") is not.
        NegativeEntry(
            ["지도받", "지도를 받", "지도를 여러", "지도를 자주"], "생활 지도를 받았다는 부정적 표현",
            aspect: .fixed("바른 생활 태도"),
            context: .all([
                .precededWithin(["사용으로", "문제로", "태도로", "행동으로", "때문에", "로 인해", "위반으로", "지각으로", "장난으로", "잡담으로",
                                 "다툼으로", "복장으로", "욕설로", "결석으로", "게임으로"], window: 14),
                .notPrecededBy(["진로 ", "학습 ", "진학 ", "실험 ", "연구 "]),
            ])),
        // 못하다, 하지 않다: "발표를 하지 못함", "과제를 제출하지 않음"; not "잊지 못할 추억", "기쁨을 감추지 못함".
        NegativeEntry(
            ["못하", "못함", "못했", "못 하", "못 함", "못 했", "못한다"], "할 수 없음을 지적하는 표현",
            // No guess at what was not done: an aspect from the words or none ("싫은 소리 못하는 편").
            aspect: .predicate(fallback: "자신의 생각 표현"),
            context: .all([
                // "싫은 소리 못하는 편" is kindness, not a shortcoming.
                .notPrecededBy(["잊지 ", "감추지 ", "숨기지 ", "참지 ", "그에 ", "이에 ", "보다 ", "만 ", "말로 다 표현하지 ", "싫은 소리 ",
                                "싫은 소리를 ", "거절을 잘 ", "거절 잘 "]),
                .notFollowedBy(["할 추억", "할 경험", "할 만큼"]),
            ])),
        NegativeEntry(
            ["안 ", "못 "], "해야 할 일을 하지 않았다는 부정 서술",
            aspect: .predicate(fallback: "과제 수행"),
            context: .all([.wordStart, .custom(NegativeWording.isDutyLeftUndone)])),
        NegativeEntry(
            ["지 않", "지않"], "해야 할 일을 하지 않았다는 부정 서술",
            aspect: .predicate(fallback: "과제 수행"),
            context: .all([
                .custom(NegativeWording.isDutyNotDone),
                .notFollowedBy(["도록", "게 ", "으려", "기 위해", "을까", "은지", "는지", "았는지", "고도", "을 수 없", "고 끝까지", "고 꾸준히"]),
            ])),
        NegativeEntry(
            ["에도 불구하고", "아쉬움", "아쉬운", "아쉽", "아쉬웠"], "대조로 단점을 부각하는 표현",
            aspect: .subject(fallback: "학습 과정"),
            context: .all([
                .notPrecededBy(["그럼에도 "]),
                // "작품의 아쉬운 점 3가지를 찾아서 보완 계획을 씀": the student's own review.
                .notInSentence(beyondCues),
            ])),
        NegativeEntry(["하지만", "그러나", "반면"], "대조로 단점을 부각하는 표현", aspect: nil, context: .wordStart),
    ] + moods + workQuality + manners + shortcuts + withOthers + habits + duties + spoken + thinWork + rarely
        + habitualSaying + slips

    /// Moods and states a record does not report (기재요령: 정서·건강은 상담 영역): "우울해 보임", "멍하게
    /// 있음", "늘 피곤해함", "말이 막힘"; never a topic ("우울증의 원인").
    private static let moods: [NegativeEntry] = [
        NegativeEntry(
            ["우울해 보", "우울해 하", "우울해하", "우울해함", "우울해했", "우울한 모습", "우울한 표정", "우울감", "기분이 가라앉", "울음을 터뜨", "울음 터뜨", "울음 터트", "울어 버", "울고 말", "예민해서", "예민한 편", "예민하게 반응", "신경질",
             "울음을 터트", "눈물을 보", "피곤해하", "피곤해함", "피곤해했", "피곤해 보", "늘 피곤", "항상 피곤", "지쳐 보", "지친 모습", "기운이 없",
             "시큰둥", "지루해하", "지루해함", "지루해했", "눈을 안 마주", "눈 안 마주", "눈을 피", "시선을 피", "창피해하", "창피해함", "창피해했", "많이 창피", "부끄러워함", "부끄러워했", "울었음", "울었다", "울었어",
             "상처받고 울", "하루 종일 우울"],
            "정서·건강 상태에 대한 부정적 표현(상담 영역으로 기재하지 않음)",
            aspect: .fixed("밝은 학교생활")),
        NegativeEntry(
            ["멍하게", "멍하니", "멍때리", "멍 때리", "넋을 놓", "넋 놓"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            // "멍때리기의 효과를 조사함": the activity named as a topic.
            context: .notFollowedBy(["기"])),
        NegativeEntry(
            ["헤맴", "헤매", "헤맸", "갈피를 못", "갈피를 잡지 못", "감을 못 잡", "감을 잡지 못", "말이 막히", "말이 막힘", "말이 막혀", "말이 막혔",
             "말문이 막", "말문 막", "말 막힘", "말 막혀", "말이 꼬이", "말이 꼬여", "말이 꼬임", "머뭇거", "얼버무"],
            "아직 부족한 점을 지적하는 표현",
            aspect: .byCue([("말", "자신 있게 말하기"), ("반박", "토론에서의 대응"), ("발표", "발표 자신감")], fallback: "개념 이해")),
        NegativeEntry(
            ["쉽게 흥분", "흥분을 잘", "자주 흥분", "금방 흥분", "흥분해서", "감정 기복", "기분 기복", "기분에 따라"],
            "감정 표현에 대한 부정적 표현",
            aspect: .fixed("감정 조절"),
            context: .notInSentence(topicCues)),
    ]

    /// The teacher's verdict on a piece of work or effort: "답변이 교과서적임", "근거가 빈약함", "대충 작성함",
    /// "백지로 냄"; never what the student found in others' work ("빈약한 근거의 주장을 찾아 반박함").
    private static let workQuality: [NegativeEntry] = [
        NegativeEntry(
            ["교과서적", "피상적", "빈약", "급하게 마무리", "서둘러 마무리", "급히 끝", "손도 못 대", "손도 못 댐", "손 못 댐", "완성도는 아직",
             "완성도가 아직", "오타가 많", "오타가 있", "오타 많", "오타가 남", "오타 남", "오탈자가 많", "근거 없이 단정", "단정하는 표현", "단정적으로", "여전히 과제", "아직 과제", "과제로 남", "숙제로 남", "엉성", "허술", "어설프", "어설픔", "어설퍼", "조잡", "내용이 뻔", "뻔한 내용", "뻔한 답", "깊이가 얕", "깊이가 없", "깊이 없", "상투적", "단편적", "두루뭉술"],
            "결과물의 부족함을 지적하는 표현",
            aspect: .byCue([("근거", "논리적 근거"), ("답변", "자기 생각을 담은 답변"), ("면접", "자기 생각을 담은 답변")], fallback: "깊이 있는 탐구"),
            context: .notInSentence(beyondCues)),
        NegativeEntry(
            ["건성으로", "건성건성", "대충 하", "대충 함", "대충 해", "대충 했", "대충 작성", "대충 씀", "대충 써", "대충 만", "대충 풀", "대충 끝", "대충 때", "시간만 채우", "시간만 채움", "자리만 지키", "날림으로", "줄거리만", "자기 생각이 없", "자기 생각은 없", "자기 생각은 하나도", "생각이 하나도 없", "끈기 없", "끈기가 없", "참을성 없", "참을성이 없", "인내심이 없", "인내심 없",
             "날려 써", "날려 쓰", "날려 씀", "성의 없이", "백지로", "백지 제출", "백지를 냄", "백지를 제출", "빈칸으로 제출", "빈칸으로 냄"],
            "과제 수행에 대한 부정적 표현",
            aspect: .byCue([("글씨", "바른 글씨"), ("날려", "바른 글씨"), ("대답", "성실한 대답")], fallback: "성실한 과제 수행"),
            context: .notPrecededBy(["않도록 ", "않고 "])),
        NegativeEntry(
            ["흐름을 끊", "흐름 끊", "흐름이 끊", "진도가 끊", "진도 끊", "진도를 끊", "수업을 끊"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 흐름에 맞춘 질문"),
            context: .notPrecededBy(["않도록 ", "않게 "])),
        NegativeEntry(
            ["준비가 덜", "준비 덜", "덜 된 채", "준비 없이 발표", "준비 없이 참여", "준비 없이 옴", "습관이 잡혀 있지 않", "습관이 안 잡",
             "습관이 잡히지 않", "습관이 없"],
            "준비·습관에 대한 부정적 표현",
            aspect: .byCue([("습관", "학습 습관")], fallback: "수업 준비")),
        NegativeEntry(
            ["양이 적", "량이 적", "량 적", "횟수가 적", "수가 적"], "활동의 양이 적다는 부정적 표현",
            aspect: .subject(fallback: "꾸준한 활동"),
            context: .precededWithin(["독서", "필기", "발언", "질문", "연습", "공부", "참여", "활동", "운동"], window: 6)),
        NegativeEntry(
            ["함부로 다루", "함부로 다룸", "함부로 다뤄", "함부로 다뤘", "함부로 사용", "거칠게 다루", "거칠게 다룸", "거칠게 다뤄"],
            "안전·도구 사용에 대한 부정적 표현",
            aspect: .fixed("안전한 도구 사용")),
    ]

    /// How the student treats others and rules: teasing, ignoring, blaming, excuses, pushing the
    /// class toward their own view, warnings.
    private static let manners: [NegativeEntry] = [
        NegativeEntry(["잘난 척", "잘난척", "아는 척하", "아는 척을"], "태도에 대한 부정적 표현", aspect: .fixed("겸손한 태도")),
        NegativeEntry(["말투가 세", "말투가 셈", "말이 세서", "말이 셈"], "말투에 대한 부정적 표현", aspect: .fixed("배려 있는 언행")),
        NegativeEntry(
            ["지저분", "어질러"], "생활 습관에 대한 부정적 표현",
            aspect: .fixed("정리 정돈 습관"),
            context: .precededWithin(["사물함", "책상", "자리", "주변", "필통", "가방", "노트", "공책", "글씨", "서랍", "교과서"], window: 8)),
        NegativeEntry(
            ["무시하는", "끼어듦", "끼어들었", "무시함", "무시했", "무시하고", "무시해", "무시하며", "놀림", "놀리", "놀렸", "놀려",
             "비꼬", "비웃", "깔보", "얕보", "핀잔"],
            "교우 관계에 대한 부정적 표현",
            aspect: .fixed("배려 있는 언행"),
            context: .all([
                .notFollowedBy(["감", "을 받던 친구", "받는 친구", "당하는 친구", "당하던 친구"]),
                .notInSentence(misconductTopic),
                .precededWithin(people + ["의견", "말", "다른 ", "남", "주변", "상대", "자주", "늘", "종종", "가끔", "척"], window: 12),
            ])),
        NegativeEntry(
            ["남 탓", "남탓", "탓으로 돌", "실수를 인정하지 않", "잘못을 인정하지 않", "실수를 인정 안", "잘못을 인정 안", "핑계를 대", "핑계를 댐", "핑계를 댔", "핑계가 많", "핑계 대", "핑계 댐", "변명이 많", "변명을 늘어",
             "변명을 자주", "변명함", "변명했", "말대꾸", "말대답", "말대답함"],
            "태도에 대한 부정적 표현",
            aspect: .fixed("자신의 행동을 돌아보는 태도"),
            context: .notFollowedBy(["보다", "하지 않", "없", " 없", "의 심리", "하는 인물"])),
        NegativeEntry(
            ["시키는 것만", "시키는 일만", "시킨 것만", "시키는 거만", "시킨 거만", "시켜야 하", "시켜야만", "시켜야 함", "하라는 것만", "하라는 거만"],
            "수동적인 태도에 대한 부정적 표현",
            aspect: .fixed("주도적인 참여")),
        NegativeEntry(
            ["자기중심적", "자기 중심적", "제멋대로", "맘대로 행동", "마음대로 행동", "지시 무시하고 자기", "이간질", "편 가르기", "편가르기", "편을 가르", "군기 잡", "군기를 잡", "윽박", "으름장", "우기기만", "우김", "우겨", "떼를 씀", "떼를 쓰", "떼쓰", "자기 의견 쪽으로 몰", "자기 쪽으로 몰", "몰아가", "몰아감", "몰아갔", "몰고 가"],
            "태도에 대한 부정적 표현",
            aspect: .fixed("다양한 의견 수용"),
            context: .notInSentence(topicCues)),
        NegativeEntry(
            ["눈치를 많이 봄", "눈치를 많이 보", "눈치를 봄", "눈치를 보", "눈치만", "눈치 봄", "눈치 보"], "성향에 대한 부정적 표현",
            aspect: .fixed("자신의 생각 표현"),
            context: .notPrecededBy(["않고 "])),
        NegativeEntry(
            ["투덜", "불평이 많", "불평을 늘어", "불평을 자주", "불평함", "불평을 함", "불평했", "불평을 했", "불만을 가", "불만을 품", "불만이 생",
             "불만을 드러", "불만을 표"],
            "불평·불만에 대한 부정적 표현",
            aspect: .fixed("긍정적인 태도"),
            // "주민 불만 사항을 조사함", "투덜이 캐릭터": others' complaints, a character.
            context: .all([
                .notFollowedBy(["이 ", "이 캐릭터", " 사항", "사항"]),
                .notInSentence(languageTopic),
            ])),
        NegativeEntry(
            ["안 입고 오", "안 입고 옴", "안 입고 와", "안 입고 다니", "미착용", "교복을 안 입", "교복 안 입", "명찰 안 달", "명찰을 안 달",
             "을 자주 어기", "을 자주 어김", "를 자주 어기", "를 자주 어김", "시간을 어기", "시간을 어김", "시간을 어겼", "규칙을 어기",
             "규칙을 어김", "규칙을 어겼", "규칙 어김", "약속 어김"],
            "생활 규칙에 대한 부정적 표현",
            aspect: .fixed("생활 규칙 준수"),
            context: .notPrecededBy(["않도록 ", "않게 "])),
        // A warning given, however many times: "경고를 두 번 받음", "주의를 여러 차례 받음"; never 주의를 기울이다.
        NegativeEntry(
            ["경고를", "경고 ", "주의를"], "지도받은 사실에 대한 부정적 표현",
            aspect: .fixed("바른 생활 태도"),
            context: .all([
                .wordStart,
                .followedWithin(["받", "들었", "들음", "줌", "주었", "줬"], window: 10),
                .notFollowedBy(["기울", "끌", "환기", "주의", "문구", "표시", "를 주는 방법"]),
            ])),
    ]

    /// Duties pushed on others, work copied or left to the last day, answers without working.
    private static let shortcuts: [NegativeEntry] = [
        NegativeEntry(
            ["떠넘기", "떠넘김", "떠넘겨", "떠넘겼", "떠맡기", "떠맡김", "떠맡겨", "떠맡겼"], "협력하지 않는 모습을 지적하는 표현",
            aspect: .fixed("맡은 역할 수행"),
            context: .notInSentence(beyondCues)),
        NegativeEntry(
            ["그대로 가져", "그대로 베", "그대로 옮겨 냄", "그대로 옮겨 제출", "복사해서 붙", "복사해 붙", "복붙", "긁어 옴", "긁어 와", "긁어옴", "긁어와"],
            "과제 수행에 대한 부정적 표현",
            aspect: .fixed("정직한 과제 수행"),
            context: .precededWithin(["인터넷", "자료", "친구", "블로그", "사이트", "검색", "남의", "다른 사람"], window: 16)),
        NegativeEntry(
            ["당일에야", "전날에야", "직전에야", "막판에야", "당일에 급하게", "전날 급하게", "벼락치기로"], "과제 관리에 대한 부정적 표현",
            aspect: .fixed("과제 제출 기한 관리")),
        NegativeEntry(
            ["답만 씀", "답만 적", "답만 쓰", "답만 써", "과정 없이 답", "풀이 없이 답", "풀이 과정 없이"], "풀이 과정에 대한 부정적 표현",
            aspect: .fixed("풀이 과정 서술"),
            context: .notPrecededBy(["않도록 ", "않고 "])),
        NegativeEntry(
            ["거의 비어", "텅 비어", "비어 있음", "비어 있었", "빈손으로 옴", "빈손으로 와", "빈손으로 오", "빈손으로 등교", "을 두고 등교",
             "를 두고 등교", "두고 옴", "두고 와서", "두고 왔"],
            "준비에 대한 부정적 표현",
            aspect: .fixed("수업 준비"),
            context: .precededWithin(["노트", "공책", "필기", "학습지", "활동지", "교과서", "답안", "숙제", "과제", "검사", "가방", "준비물", "집에"],
                                     window: 10)),
    ]

    /// Habits of work and speech a teacher notes as faults: reading only from the script, results
    /// made to look better, advice let pass, a voice that orders, retakes, unevenness.
    private static let habits: [NegativeEntry] = [
        NegativeEntry(
            ["원고만 읽", "원고만 보고", "원고를 보고 읽", "대본만 읽", "화면만 보고 읽", "읽기만 함", "읽기만 하", "시간 초과", "시간을 초과",
             "시간을 넘겨", "시간을 넘김", "시간 넘김", "시간 넘겨"], "발표 태도에 대한 부정적 표현",
            aspect: .byCue([("시간", "발언 시간 관리")], fallback: "청중과 소통하는 발표"),
            // "시간 초과 오류를 해결함": a program's time limit, not the student's.
            context: .notFollowedBy([" 오류", "오류", " 에러", "에러", " 문제를", "를 해결", "를 줄", " 판정"])),
        NegativeEntry(
            ["부풀려", "부풀리", "부풀림", "과장해 적", "과장하여 적", "조작해", "조작함", "조작했"], "과제 수행에 대한 부정적 표현",
            aspect: .fixed("정직한 과제 수행"),
            context: .all([
                .precededWithin(["결과", "기록", "수치", "데이터", "자료", "측정값", "실험"], window: 10),
                .notInSentence(beyondCues),
            ])),
        NegativeEntry(
            ["반말을 함", "반말을 하", "반말로 대", "반말함", "명령조", "명령하듯", "말투가 명령", "비아냥"], "언어 사용에 대한 부정적 표현",
            aspect: .fixed("바른 언어 사용"),
            context: .notFollowedBy(["의 문장", "의 표현", " 문장", " 표현", "을 청유", "를 청유"])),
        NegativeEntry(
            ["흘려들", "흘려 들", "귀담아듣지 않", "귀담아 듣지 않", "잔소리로 여기", "잔소리로 받아"], "태도에 대한 부정적 표현",
            aspect: .fixed("조언을 받아들이는 태도")),
        NegativeEntry(
            ["딴생각", "딴 생각"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .all([
                .notFollowedBy(["이 떠오를", "이 들 때", "이 날 때"]),
                .custom({ text, match in !asTopic.occurs(in: text, match.upperBound..<min(text.count, match.upperBound + 12)) }),
            ])),
        NegativeEntry(
            ["동떨어", "주제에서 벗어난", "주제를 벗어난", "주제와 맞지 않", "비약이", "비약된", "논리적 비약", "비약함", "마무리가 부족", "마무리가 아쉬"],
            "결과물의 부족함을 지적하는 표현",
            aspect: .byCue([("비약", "논리적 근거"), ("마무리", "끝맺음")], fallback: "주제에 맞는 내용 구성"),
            context: .all([
                .precededWithin(["내용", "과제", "답", "글", "발표", "보고서", "주장", "논리", "마무리", "구성"], window: 10),
                .notInSentence(beyondCues),
            ])),
        NegativeEntry(
            ["싫어함", "싫어하", "싫어했", "귀찮아하", "귀찮아함", "귀찮아했", "내켜 하지 않", "내키지 않아"], "참여를 꺼린다는 부정적 표현",
            aspect: .fixed("적극적인 참여"),
            context: .precededWithin(["나서", "발표", "참여", "활동", "과제", "청소", "공부", "운동", "모둠", "체육", "글쓰기"], window: 10)),
        // A plan that came to nothing: "음악은 반대로 무산", "계획이 불발됨".
        NegativeEntry(
            ["무산", "불발", "흐지부지"], "결과에 대한 부정적 표현",
            aspect: .fixed("계획의 실행"),
            context: .notInSentence(misconductTopic)),
        NegativeEntry(
            ["재시험"], "학습 태도에 대한 부정적 표현",
            aspect: .fixed("꾸준한 학습 태도"),
            context: .all([
                .precededWithin(["자주", "매번", "늘", "여러", "번", "계속", "또"], window: 10),
                .notInSentence(misconductTopic),
            ])),
        NegativeEntry(
            ["들쭉날쭉"], "학습 태도에 대한 부정적 표현",
            aspect: .fixed("꾸준한 학습 태도"),
            context: .precededWithin(["태도", "참여", "집중", "과제", "출석", "컨디션", "성적"], window: 10)),
    ]

    /// Moments with others a record leaves to counselling or the class teacher: sulking, gossip,
    /// hurtful words, eating alone, freezing in front of the class, slipping out.
    private static let withOthers: [NegativeEntry] = [
        NegativeEntry(
            ["토라지", "토라짐", "토라져", "토라졌", "삐지", "삐짐", "삐져", "삐졌", "삐치", "삐침", "뾰로통", "한숨을 쉼", "한숨을 쉬", "한숨을 자주",
             "한숨 쉼", "한숨만", "혼자 밥을 먹", "혼자 밥 먹", "혼자 급식", "혼자 점심"],
            "정서·교우 관계에 대한 부정적 표현(상담 영역으로 기재하지 않음)",
            aspect: .fixed("친구들과의 소통")),
        NegativeEntry(
            ["험담", "뒷담", "뒷말", "헐뜯", "상처 주는", "상처를 주는", "상처 준", "상처가 되는 말", "새치기", "허락 없이", "허락도 없이", "몰래 가져"],
            "교우 관계에 대한 부정적 표현",
            aspect: .fixed("배려 있는 언행"),
            context: .all([.notInSentence(misconductTopic), .notInSentence(languageTopic), .notInSentence(beyondCues)])),
        // Others upset by the student: "조원들 불만", "후배 하나 울 뻔".
        NegativeEntry(["들 불만", "원들 불만", "울 뻔", "울릴 뻔"], "교우 관계에 대한 부정적 표현", aspect: .fixed("배려 있는 언행")),
        NegativeEntry(
            ["의견 충돌이 잦", "의견 충돌이 많", "충돌이 잦", "충돌이 많", "자주 충돌", "자주 부딪"], "갈등에 대한 부정적 표현",
            aspect: .fixed("갈등 조정"),
            context: .notInSentence(mediation)),
        NegativeEntry(
            ["당황해서", "당황하여", "당황하면", "당황해 ", "얼어붙", "굳어 버", "굳어버"], "발표 태도에 대한 부정적 표현",
            aspect: .fixed("발표 자신감"),
            context: .precededWithin(["발표", "질문", "무대", "앞에", "시키", "받으면", "긴장", "지목"], window: 16)),
        NegativeEntry(
            ["몰래 빠져", "빠져나가", "빠져나감", "빠져나갔", "땡땡이", "농땡이", "들락거", "들락날락", "자리를 자주 비", "자리를 비우", "자리를 뜸"],
            "생활 태도에 대한 부정적 표현",
            aspect: .fixed("맡은 역할 수행"),
            context: .precededWithin(["청소", "수업", "자습", "당번", "야자", "교실", "몰래", "화장실", "자주", "짜증"], window: 12)),
    ]

    /// Attendance and duties said outright: "무단 결과 2회", "야자 무단 이탈", "조퇴가 너무 잦음", "기한 매번 넘겨서 냄",
    /// "체육 시간마다 빠지려 함", "참여 거부", "쓰레기 늘 방치", "진로 목표가 매주 바뀜".
    private static let duties: [NegativeEntry] = [
        NegativeEntry(
            ["무단 결과", "무단결과", "무단 조퇴", "무단 결석", "무단 외출", "무단 이탈", "무단이탈", "무단 불참"],
            "출결에 대한 부정적 표현(출결 사항은 출결상황 특기사항에 씀)",
            aspect: .fixed("규칙적인 생활 습관"),
            context: .notInSentence(misconductTopic)),
        NegativeEntry(
            ["잦음", "잦다", "잦아", "잦았", "잦은 편", "빈번"], "잦은 결석·실수를 지적하는 표현",
            aspect: .byCue([("실수", "꼼꼼한 검토 습관"), ("다툼", "갈등 조정")], fallback: "규칙적인 생활 습관"),
            context: .precededWithin(["지각", "결석", "조퇴", "결과", "불참", "외출", "실수", "다툼", "지적", "결석이", "조퇴가"], window: 10)),
        NegativeEntry(
            ["넘겨서 냄", "넘겨서 제출", "넘겨 냄", "넘겨 제출", "넘겨서 내"], "제출 기한을 지키지 못했다는 부정적 표현",
            aspect: .fixed("과제 제출 기한 관리"),
            context: .precededWithin(["기한", "마감"], window: 10)),
        NegativeEntry(
            ["빠지려 함", "빠지려고 함", "빠지려 하", "빠지려고 하", "빼먹으려"], "참여를 피한다는 부정적 표현",
            aspect: .fixed("꾸준한 참여")),
        NegativeEntry(
            ["거부", "거절"], "참여를 거부했다는 부정적 표현",
            aspect: .fixed("적극적인 참여"),
            context: .all([
                .notFollowedBy(["권", "감", "반응"]),
                .precededWithin(["참여", "활동", "청소", "과제", "발표", "제출", "지도", "상담", "수업"], window: 8),
                .notInSentence(misconductTopic),
            ])),
        NegativeEntry(
            ["방치"], "생활 습관에 대한 부정적 표현",
            aspect: .fixed("정리 정돈 습관"),
            context: .precededWithin(["쓰레기", "자리", "주변", "사물함", "책상", "물건", "늘 ", "자주 "], window: 10)),
        NegativeEntry(
            ["뚜렷한 게 없", "뚜렷한 것이 없", "뚜렷하지 않", "정하지 못", "자주 바뀌", "매주 바뀌", "계속 바뀌", "매번 바뀌"],
            "진로에 대한 부정적 표현",
            aspect: .fixed("진로 탐색"),
            context: .precededWithin(["진로", "목표", "꿈", "희망"], window: 12)),
        NegativeEntry(
            ["또래보다", "또래에 비해", "다른 학생들보다", "반 평균보다"], "부족함을 비교로 드러내는 표현",
            aspect: .subject(fallback: "기초 역량"),
            context: .followedWithin(["부족", "낮", "늦", "떨어", "약", "못", "뒤처"], window: 10)),
        NegativeEntry(
            ["입고 옴", "입고 와", "입고 등교", "입고 다님"], "생활 규칙에 대한 부정적 표현",
            aspect: .fixed("생활 규칙 준수"),
            context: .precededWithin(["대신", "사복", "교복 말고"], window: 12)),
        NegativeEntry(
            ["몰래 올", "몰래 찍", "허락 없이 올", "허락 없이 찍", "도촬"], "교우 관계에 대한 부정적 표현",
            aspect: .fixed("배려 있는 언행"),
            context: .notInSentence(misconductTopic)),
        NegativeEntry(
            ["간다고 나가서", "간다고 나가", "분 뒤에 돌아", "분 뒤 돌아", "한참 뒤에 돌아", "한참 있다 돌아"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .precededWithin(["화장실", "보건실", "매점", "간다고"], window: 16)),
        NegativeEntry(
            ["동료평가", "동료 평가"], "다른 학생들의 평가로 단점을 전하는 표현",
            aspect: .fixed("모둠 활동 참여"),
            context: .followedWithin(["안 함", "안 했", "낮", "부족", "불만", "무임", "안 해"], window: 20)),
    ]

    /// Notes in the spoken register: a quality said to be absent ("끈기 X", "인사성 제로", "관심 1도 없음",
    /// "존재감 없음"), a verdict in slang ("처참", "꽝", "엉망", "영 별로"), and misconduct named the way
    /// teachers say it among themselves ("야자 째고 월담", "꾀병", "갑질", "뒷담", "주먹다짐").
    private static let spoken: [NegativeEntry] = [
        NegativeEntry(
            ["X", "x", "제로", "0", "1도 없", "하나도 없", "결여", "바닥", "없음", "없어 보", "없는 편", "없다", "없어요", "떨어져", "떨어짐",
             "떨어지는", "떨어지고", "떨어지며"],
            "있어야 할 태도·역량이 없다는 부정적 표현",
            aspect: .subject(fallback: "학습 태도"),
            context: .custom({ text, match in
                guard let noun = text.previousWord(before: match.lowerBound), match.lowerBound - noun.upperBound <= 3 else { return false }
                let word = text.slice(noun)
                return qualities.contains { word == $0 || word.hasPrefix($0) && word.count <= $0.count + 2 }
            })),
        NegativeEntry(
            ["처참", "엉망", "뒤죽박죽", "최악", "형편없", "개판", "영 별로", "별로임", "꽝", "개발새발", "괴발개발", "판독 불가", "바닥 수준",
             "쓰레기장", "느려터", "굼뜨", "굼떠", "덜렁", "까불", "촐랑", "나대", "나댐", "관종", "관심 끌려고", "관심을 끌려고", "튀려고",
             "변덕", "불평불만", "손버릇", "뒷짐", "내팽개", "나 몰라라", "대수롭지 않게", "대들", "대드", "대듦", "건드림", "건드려", "건드리",
             "대충대충"],
            "부정적 평가 표현",
            aspect: .fixed("바른 생활 태도"),
            // "'왜 퀵정렬이 최악일 땐 느려져요?'": the student's own words about a topic are no verdict on them.
            context: .all([.notInSentence(misconductTopic), .custom({ text, match in !NegativeWording.isQuoted(text, match) })])),
        NegativeEntry(
            ["째고", "쨈", "쨌", "월담", "꾀병", "열외", "커닝", "컨닝", "훔쳐보", "담배 피", "담배를 피", "흡연", "갑질", "주먹다짐", "밀쳐", "밀침",
             "밀쳤", "때림", "때렸", "폭행", "따돌리", "따돌렸", "왕따", "낙서", "부숨", "부쉈", "부서뜨", "망가뜨", "파손", "이어폰 꽂",
             "이어폰을 꽂", "이어폰 끼", "이어폰을 끼", "펜 내려놓", "손 놓고", "손을 놓", "손 놓음", "벼락치기만", "벼락치기 함", "수업 빼먹",
             "도망", "열등감", "비관적", "자존감 바닥", "자존감이 바닥", "혼자 튀", "핑계가 끝", "핑계만", "꽉 막혔", "꽉 막힌", "꽉 막힘", "고지식",
             "싸가지", "싹수", "밥먹듯", "밥 먹듯", "쉬운 것만", "쉬운 거만", "쏙쏙 골라", "짱박", "노닥", "질려함", "질려 함", "하는 척만", "척만 하고",
             "금붕어", "둥 마는 둥", "도를 넘", "선을 넘", "급조", "감감무소식", "입만 살", "말만 앞서", "말로만", "투성이", "틱틱", "째려", "눈 흘기",
             "접고 놂", "대본만 줄줄", "줄줄 읽", "지 것만", "자기 것만 챙", "엉덩이가 가벼", "못 붙어 있", "땡땡이", "이어폰 한쪽", "팔짱 끼고",
             "맨날 핑계", "늘 핑계", "묵묵부답", "입 꾹", "야자 튐", "자습 튐", "수업 튐", "그때뿐", "자기 것처럼", "자기 거처럼", "안해옴", "안해 옴",
             "안해와", "안해오", "무단으로", "무단 이탈", "무단이탈", "독단적", "비협조", "하는 척", "아는 척", "아무 말이나",
             "놀러 다니", "놀러 다님", "놀러 다녔", "사이 틀어", "사이가 틀어", "사이가 나빠", "분위기 나빠", "분위기가 나빠", "관계가 틀어",
             "사이 안 좋", "사이가 안 좋", "끼어든", "끼어들", "끼어듦", "편차 큼", "편차가 큼", "편차가 커", "기복이 심", "기복 심", "'아무거나요'", "\"아무거나요\"", "저격글", "저격 글", "저격함", "저격하", "폰만 봄", "폰만 보", "폰만 만지",
             "박자 계속 밀", "박자가 밀", "박자 밀", "들 한숨", "한숨 쉼", "한숨을 쉼", "학습 부진이", "부진이 심", "다른 과목 숙제", "딴 과목", "침 흘리", "채우는 것만", "채우기만"],
            "문제 행동·태도에 대한 부정적 표현",
            aspect: .fixed("바른 생활 태도"),
            context: .all([
                .notInSentence(misconductTopic),
                .notInSentence(languageTopic),
                .notFollowedBy(["치는", "친 ", "가는 동물", "간 동물"]),
            ])),
    ]
    /// What the student says out of habit instead of doing: "'아 귀찮아요'가 입에 붙음", "'아무거나요'로 일관".
    private static let habitualSaying: [NegativeEntry] = [
        NegativeEntry(
            ["입에 붙", "로 일관", "으로 일관"], "태도에 대한 부정적 표현",
            aspect: .fixed("적극적인 참여"),
            context: .precededWithin(["귀찮", "몰라", "싫어", "아무거나", "핑계", "불평", "욕"], window: 14)),
        NegativeEntry(
            ["쇼츠", "유튜브 보", "유튜브를 보"], "수업 태도에 대한 부정적 표현",
            aspect: .fixed("수업 집중"),
            context: .precededWithin(["수업", "회의", "중에", "시간에", "몰래"], window: 12)),
        NegativeEntry(
            ["씹음", "씹어", "씹고", "읽씹"], "태도에 대한 부정적 표현",
            aspect: .fixed("규칙 준수"),
            context: .precededWithin(["규칙", "말", "지시", "숙제", "공지", "단톡", "대놓고"], window: 10)),
    ]

    /// Work the student never once brought or left thin: "준비물 한 번도 제대로 챙겨온 적 없음", "PPT 달랑 한 장".
    private static let thinWork: [NegativeEntry] = [
        NegativeEntry(
            ["온 적 없", "온 적이 없", "낸 적 없", "낸 적이 없", "끝낸 적 없", "끝낸 적이 없", "지킨 적 없", "지킨 적이 없", "달랑"],
            "과제·준비에 대한 부정적 표현",
            aspect: .fixed("수업 준비"),
            context: .precededWithin(["준비물", "숙제", "과제", "교과서", "챙겨", "해", "자료", "PPT", "보고서", "발표", "기한", "마감", "약속"], window: 16)),
    ]
    /// Slips counted in a piece of work: "자막 오타 3개", "오타 많음"; never "오타를 찾아 고침".
    private static let slips: [NegativeEntry] = [
        NegativeEntry(
            ["오타 ", "오타가 많", "오탈자 많", "오탈자가 많", "맞춤법 틀린"], "과제의 실수를 지적하는 표현",
            aspect: .fixed("꼼꼼한 마무리"),
            context: .all([.notLaterInSentence(mending), .notFollowedBy(["를", "을", "검사", "수정", "체크", "찾기"])])),
    ]
    /// What the student rarely does, when it is a duty or a step towards others: "먼저 말 거는 일 거의 없음",
    /// "손 드는 경우가 거의 없음"; a fault that rarely happens is praise ("실수하는 일이 거의 없음").
    private static let rarely: [NegativeEntry] = [
        NegativeEntry(
            ["는 일 거의 없", "는 일이 거의 없", "는 경우가 거의 없", "는 경우 거의 없", "한 적이 거의 없", "한 적 거의 없", "는 일이 별로 없",
             "는 일이 드묾", "는 일이 드물"],
            "소극적인 태도를 지적하는 표현",
            aspect: .fixed("적극적인 참여"),
            context: .custom({ text, match in
                guard let verb = text.previousWord(before: match.lowerBound + 1) else { return false }
                let word = text.slice(verb)
                return !faultsRarelyDone.contains { word.includes($0) }
            })),
    ]
    /// Faults whose rarity is praise.
    static let faultsRarelyDone = ["실수", "지각", "결석", "다투", "싸우", "떠들", "빠지", "빼먹", "늦", "잊", "졸", "장난", "틀리", "불평", "화내", "짜증"]

    /// Qualities a note may say the student lacks.
    static let qualities = [
        "끈기", "성의", "의욕", "관심", "자신감", "존재감", "인사성", "협동", "협동심", "예의", "책임감", "집중력", "배려", "배려심", "융통성",
        "열정", "의지", "학습 의욕", "학습의욕", "운동신경", "센스", "개념", "기본기", "참을성", "인내심", "주의력", "생각", "계획", "준비",
        "노력", "협조", "적극성", "열의", "성실성", "흥미", "대답", "반응", "호응", "목표", "꿈", "실행", "실천", "참여도", "참여",
        "진정성", "사교성", "협동성", "주도성", "자율성", "성실함", "이해력", "표현력", "준비성", "자제력",
    ]

    /// What a student does about a skill not yet there: then the skill is the aim, not a fault.
    static let practice = Cues(["연습", "반복", "보완", "익히", "극복", "훈련"])

    /// Words that make a weak piece of work what the student examined: "빈약한 근거의 주장을 찾아 반박함",
    /// "교과서적 정의를 넘어 실생활 사례로 설명함".
    static let beyondCues = Cues(["넘어", "그치지 않", "벗어나", "찾아", "반박", "비판", "지적하", "분석", "보완하", "고쳐", "고치"])

    static let selfImprovement = Cues(["한 부분을", "한 점을", "한 부분", "한 점", "했던 부분", "했던 점", "한 내용을"])
    static let mending = Cues(["보완", "채우", "채워", "메우", "개선", "찾아", "파악", "극복", "고쳐", "보충", "돌아보"])

    /// What follows a distraction when it is what the student studied or tackled, not what they did.
    static let asTopic = Cues(["줄이", "막", "방지", "방법", "주제", "의 자료", "와 비교", "과 비교", "를 참고", "를 비교", "예방", "캠페인"])

    /// Sentences where swearing or misconduct is the topic of a campaign or a study.
    /// ("문제 됨", "문제가 생김" is an incident, not a topic: only "문제를", "문제점", "문제의" are.)
    static let languageTopic = Cues(["실태", "문제를", "문제점", "문제의", "순화", "줄이기", "캠페인", "예방", "조사", "설문", "개선"])
    /// Words that make misconduct the topic studied: "학교폭력 예방", "벌점 제도를 낙인이론으로 설명함".
    static let misconductTopic = Cues([
        "예방", "근절", "심각성", "캠페인", "교육", "실태", "탐지", "개념", "문제를", "사례", "원인", "토론", "조사", "제도", "이론", "규정", "정책",
        // "벌점 대신 칭찬 스티커로 바꾸자고 안건 올림": the rule the student proposed to change.
        "대신", "안건", "바꾸자", "없애자", "폐지",
        // "학교폭력 방관자 문제를 다룬 역할극": a play or text about it.
        "다룬", "역할극", "방관자",
    ])

    /// Copying as a topic or a classroom exercise: "표절의 문제점", "악보를 베껴 그리며 연습함".
    static let copyingTopic = Cues(["윤리", "저작권", "검사", "문제점", "그림", "그리", "악보", "필사", "따라 쓰", "글씨 연습", "서예"])

    static let lateButEffort = Cues([
        "늦은 시간", "늦은 밤", "늦게까지", "늦게 까지", "늦은 나이", "늦게 남아", "늦은 저녁", "늦게 시작한", "늦지 않", "늦지않",
        "늦었지만 끝까지", "늦더라도", "늦은 오후",
    ])

    /// Sentences about a work, a society or history, where 갈등 is the topic.
    static let topicCues = Cues([
        "인물", "작품", "소설", "주인공", "등장인물", "화자", "세대", "계층", "사회", "국가", "집단", "지역", "민족", "노사",
        "이해관계", "역사", "전쟁", "분석", "탐구", "토론", "영향을 ", "주제로", "원인을", "조사함", "조사하", "다룬 ", "다루는 ", "도서", "책을",
    ])
}
