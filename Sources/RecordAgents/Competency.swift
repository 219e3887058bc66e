import RecordRules

/// Competencies a record highlights, recognised from the words of the notes. The names are the
/// evaluative vocabulary a draft may add on its own; every fact still comes from the notes.
enum Competency: Int, CaseIterable, Sendable {
    case inquiry, collaboration, leadership, communication, problemSolving, diligence, care, creativity, selfDirection, career

    var name: String {
        switch self {
        case .inquiry: "탐구 역량"
        case .collaboration: "협업 능력"
        case .leadership: "리더십"
        case .communication: "의사소통 능력"
        case .problemSolving: "문제 해결력"
        case .diligence: "성실함과 책임감"
        case .care: "배려심과 공동체 의식"
        case .creativity: "창의적 사고력"
        case .selfDirection: "자기주도적 학습 태도"
        case .career: "진로에 대한 관심"
        }
    }

    var cues: [String] {
        switch self {
        case .inquiry: ["탐구", "가설", "실험", "분석", "조사", "원인", "관찰", "측정", "검증", "탐색", "궁금", "비교", "근거"]
        case .collaboration: ["모둠", "조원", "팀", "협력", "협업", "함께", "역할", "분담", "친구들과", "의견을 모"]
        case .leadership: ["이끌", "이끎", "주도", "반장", "부장", "회장", "대표", "조장", "팀장", "기획", "운영", "앞장"]
        case .communication: ["발표", "설명", "토론", "의견", "경청", "소통", "전달", "설득", "대화", "질문"]
        case .problemSolving: ["해결", "개선", "보완", "대안", "방안", "수정", "재측정", "극복", "오차"]
        case .diligence: ["꾸준", "성실", "매주", "매일", "책임", "맡", "빠짐없이", "끝까지", "꼼꼼", "챙김", "챙기"]
        case .care: ["배려", "봉사", "나눔", "도움", "도와", "고민", "공감", "환경", "분리수거", "공동체", "들어줌", "들어 줌"]
        case .creativity: ["창의", "아이디어", "새로운", "고안", "설계", "제작", "만들", "만듦", "디자인"]
        case .selfDirection: ["스스로", "자발", "자기주도", "찾아", "찾음", "계획", "복습", "예습"]
        case .career: ["진로", "전공", "희망", "꿈"]
        }
    }

    private static let index = CueIndex(allCases.flatMap { competency in competency.cues.map { ($0, competency.rawValue) } })

    /// How strongly a text shows each competency (how many of its cues the text contains).
    static func scores(in text: String) -> [Competency: Int] {
        var scores: [Competency: Int] = [:]
        for (raw, count) in index.counts(in: text).enumerated() where count > 0 {
            scores[Competency(rawValue: raw)!] = count
        }
        return scores
    }

    /// Competencies ordered by score, ties in declaration order.
    static func ranked(in text: String) -> [Competency] {
        scores(in: text).sorted { ($0.value, -$0.key.rawValue) > ($1.value, -$1.key.rawValue) }.map(\.key)
    }

    /// "탐구 역량이", "리더십을": the name with the particle that agrees with it.
    func with(_ withFinal: String, _ withoutFinal: String) -> String {
        name + Hangul.particle(after: name, withFinal: withFinal, withoutFinal: withoutFinal)
    }
}

/// Words that mark an outcome or a change over time in the notes.
enum NarrativeCues {
    static let growth = ["처음", "점차", "이후", "변화", "성장", "발전", "향상", "나아지", "나아짐", "늘어", "늘었", "개선", "극복", "마침내", "결국", "점점"]
    static let outcome = ["결과", "완성", "해결", "깨달", "성장", "발전", "향상", "발표", "설명", "제안", "정리", "마무리", "이해", "기여"]

    private static let growthIndex = CueIndex(growth.map { ($0, 0) })
    private static let outcomeIndex = CueIndex(outcome.map { ($0, 0) })

    static func growthCount(in text: String) -> Int { growthIndex.counts(in: text)[0] }
    static func outcomeCount(in text: String) -> Int { outcomeIndex.counts(in: text)[0] }
}
