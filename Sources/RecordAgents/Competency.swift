import RecordRules

/// Competencies a draft groups the notes by, each recognised only from what the student did: the
/// activity verbs and roles that are its evidence. No draft names one: the grouping shows it, and a
/// group is never made of one the notes contradict with a shortcoming.
enum Competency: Int, CaseIterable, Sendable {
    case inquiry, problemSolving, communication, collaboration, leadership, care, diligence, creativity, selfDirection, career

    /// Evidence: what the student did (stems and action nouns as they appear in sentences).
    var evidence: [String] {
        switch self {
        case .inquiry: ["가설을 세", "가설 설정", "실험을 설계", "실험 설계", "변인", "분석하", "분석함", "탐구하", "탐구함", "검증", "측정하", "측정함", "조사하", "조사함", "비교하", "비교함", "원인을 찾", "원인을 분석", "자료를 찾"]
        case .problemSolving: ["해결하", "해결함", "해결 방안", "개선하", "개선함", "개선 방안", "재측정", "대안을", "오차를 줄", "오류를 찾", "원인을 찾", "고쳐"]
        case .communication: ["발표하", "발표함", "친구들에게 설명", "모둠원에게 설명", "설득하", "설득함", "토론하", "토론함", "토론에서", "질문에 답", "의견을 말", "의견을 제시", "청중"]
        case .collaboration: ["모둠원과", "조원과", "팀원과", "친구들과 함께", "협력하", "협력함", "역할을 나누", "역할을 분담", "분담하", "의견을 모", "함께 완성"]
        case .leadership: ["이끌", "이끎", "주도하", "주도함", "주도적으로", "기획하", "기획함", "반장", "회장", "부장", "모둠장", "조장", "팀장", "대표", "앞장"]
        case .care: ["도와", "도움을 주", "도움을 줌", "배려하", "배려함", "고민을 들어", "고민 상담", "봉사하", "봉사함", "나눠 줌", "나누어 줌", "챙겨 주", "멘토", "알려 줌", "알려 주", "친절히", "친절하게", "친절하", "양보", "위로"]
        case .diligence: ["꾸준히", "매주", "매일", "빠짐없이", "끝까지", "한 번도 빠지지"]
        case .creativity: ["고안하", "고안함", "새로운 방법", "아이디어를 내", "아이디어를 제시", "창작하", "창작함", "디자인하", "디자인함", "설계하", "설계함", "제작하", "제작함"]
        case .selfDirection: ["스스로", "자발적으로", "자기주도", "궁금증을 가져", "궁금한 점을 찾", "추가로 조사", "더 찾아"]
        case .career: ["진로", "전공", "직업 탐색", "직업을 탐색"]
        }
    }

    /// Shortcomings in the notes that make naming this competency untrue for the student.
    var contradictedBy: [String] {
        switch self {
        case .diligence: ["지각", "늦", "졸", "미제출", "게으", "불성실", "결석", "잊", "빠뜨", "챙기지"]
        case .selfDirection: ["의존", "미제출", "늦", "스스로 하지"]
        case .communication: ["목소리", "발표", "말수", "소극", "내성", "표현하지"]
        case .collaboration: ["다툼", "다투", "갈등", "싸우", "싸움", "협력하지", "참여하지"]
        case .care: ["다툼", "다투", "싸우", "싸움", "욕설", "무관심", "놀리"]
        case .leadership: ["소극", "참여하지"]
        case .inquiry: ["무관심", "흥미가 없", "관심이 없"]
        case .problemSolving, .creativity, .career: []
        }
    }

    private static let index = CueIndex(allCases.flatMap { competency in competency.evidence.map { ($0, competency.rawValue) } })

    /// How much evidence of each competency a sentence holds (distinct cues).
    static func scores(in text: String) -> [Competency: Int] {
        var scores: [Competency: Int] = [:]
        for (raw, count) in index.counts(in: text).enumerated() where count > 0 {
            scores[Competency(rawValue: raw)!] = count
        }
        return scores
    }
}

/// Words that mark an outcome or a change over time in the notes.
enum NarrativeCues {
    static let growth = ["처음", "점차", "변화", "성장", "발전", "향상", "나아지", "나아짐", "늘어", "늘었", "줄어", "줄었", "개선", "극복", "마침내", "결국", "점점", "달라"]
    static let outcome = ["결과", "완성", "해결", "깨달", "발표", "설명", "제안", "정리", "마무리", "이해", "기여"]

    private static let growthIndex = CueIndex(growth.map { ($0, 0) })
    private static let outcomeIndex = CueIndex(outcome.map { ($0, 0) })

    /// Openings that place a sentence after the one before it: "그 뒤로", "이후", "다음 시간에".
    /// A time of its own ("2학기에는") places the sentence by itself.
    private static let sequels = [
        "이후", "그 뒤", "그 후", "그후", "이어", "다음", "마지막으로", "결국", "마침내", "그 결과", "결과적으로", "나중에", "두 번째",
        "그때부터", "그 다음",
    ]

    /// Ordinals that make a sentence the next of something told before it: "10월 말 두 번째 디베이트에서는".
    private static let ordinals = ["두 번째", "두번째", "세 번째", "세번째", "2차", "3차", "2회차", "3회차", "재도전", "재실험", "재측정"]

    /// Whether the sentence opens by placing itself after the one before it, or names itself as the
    /// next of something among its first words.
    static func continuesStory(_ text: String) -> Bool {
        let opening = String(text.prefix(8))
        if sequels.contains(where: opening.hasPrefix) { return true }
        let firstWords = text.split(separator: " ").prefix(4).joined(separator: " ")
        return ordinals.contains(where: firstWords.includes)
    }

    static func growthCount(in text: String) -> Int { growthIndex.counts(in: text)[0] }
    static func outcomeCount(in text: String) -> Int { outcomeIndex.counts(in: text)[0] }
}
