/// The growth-oriented form of a negative observation (기재요령 p.158: 학생의 성장을 지원하는 교육적
/// 관점): an expectation about what the student can grow in, stating no improvement nobody saw.
public enum Expectation {
    /// "과제 제출 기한 관리를 보완한다면 더욱 성장할 것으로 기대됨."
    public static func sentence(aspect: String) -> String {
        "\(aspect)\(Hangul.particle(after: aspect, withFinal: "을", withoutFinal: "를")) 보완한다면 더욱 성장할 것으로 기대됨."
    }

    /// Words that record a change in the same sentence ("점차", "늘어남", "개선됨"): that change is what
    /// a draft keeps, not an expectation.
    static let changeCues = Cues([
        "점차", "차츰", "점점", "나아짐", "나아졌", "나아지", "개선", "향상", "늘었", "늘어", "좋아졌", "좋아짐", "변화", "극복",
        "달라졌", "달라짐", "노력하여", "노력해", "노력함", "벗어나", "줄어", "줄었", "성장", "고쳐", "고침", "바로잡", "발전",
    ])

    /// The suggestion shown with a negative finding: the expectation, or, when the sentence also
    /// records a change, to keep that change.
    static func suggestion(aspect: String, sentence: Range<Int>, in text: ScalarText) -> String {
        if let change = changeCues.first(in: text, sentence) {
            let word = text.slice(text.wordRange(around: change))
            return "부정적 표현은 빼고 문장에 기록된 변화('\(word)')를 중심으로 씀"
        }
        return Self.sentence(aspect: aspect)
    }
}
