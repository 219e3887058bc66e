/// The growth-oriented form of a negative observation (기재요령 p.158: 학생의 성장을 지원하는 교육적
/// 관점): an expectation about what the student can grow in, stating no improvement nobody saw.
package enum Expectation {
    /// "과제 제출 기한 관리를 보완한다면 더욱 성장할 것으로 기대됨."
    package static func sentence(aspect: String) -> String {
        "\(aspect)\(Hangul.particle(after: aspect, withFinal: "을", withoutFinal: "를")) 보완한다면 더욱 성장할 것으로 기대됨."
    }

    /// The suggestion shown with a negative finding: the expectation, or, when the sentence also
    /// records a change, to keep that change.
    static func suggestion(aspect: String, sentence: Range<Int>, in text: ScalarText) -> String {
        if let change = ChangeWords.cues.first(in: text, sentence) {
            let word = text.slice(text.wordRange(around: change))
            return "부정적 표현은 빼고 문장에 기록된 변화('\(word)')를 중심으로 씀"
        }
        return Self.sentence(aspect: aspect)
    }
}
