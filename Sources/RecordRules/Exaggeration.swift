/// 지나친 미사여구·칭찬일색 (2015 기재요령 유의사항, still quoted) and vague phrases that say nothing
/// concrete: warnings with no rewrite of their own. A superlative about a thing is not praise:
/// "최고 기온", "최상위 포식자", "해가 유일하게 결정됨", "천재로 불린 과학자", "완벽주의 성향",
/// "완벽한 정답보다 풀이의 타당성을 중시함".
enum Exaggeration {
    static let reason = "지나친 칭찬·과장 표현"
    static let suggestion = "관찰된 사실로 구체적으로 씀"

    /// The praise is not the student's when the word compares ("완벽한 정답보다") or describes
    /// someone else or their work ("놀라운 업적을 남긴 과학자").
    @Sendable static func isPraiseOfTheStudent(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        var word = text.wordRange(around: match.upperBound - 1)
        for _ in 0..<2 {
            guard let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1 else { break }
            if text.slice(next).hasSuffix("보다") { return false }
            word = next
        }
        return Achievements.isOwnResult(text, match)
    }

    static let rules: [TermRule] = [
        TermRule(.exaggeration, .warn, terms: ["최고"], reason: reason, suggestion: suggestion,
                 context: .all([
                     .notFollowedBy([" 기온", "기온", " 경영자", "경영자", "점", "치", "값", " 온도", "온도", "봉", "령", "가", " 속도",
                                     "속도", " 기록", "층", "조", "위", "급", "기", " 수준의 기술", " 법원", "법원", " 책임자", "책임자",
                                     " 의결", " 권력", "권력", " 지도자", "지도자", "차항", " 차항", "신", " 높이", "점과"]),
                     .custom(isPraiseOfTheStudent),
                 ])),
        // Praise by comparison with adults: "대학원생 수준의 보고서", "교사보다 더 잘 설명함", "진짜 타고남".
        TermRule(.exaggeration, .warn, terms: ["대학원생 수준", "대학생 수준", "전문가 수준", "교사보다 더", "선생님보다 더", "쌤보다 더", "타고남", "타고났"],
                 reason: reason, suggestion: suggestion,
                 context: .custom(isPraiseOfTheStudent)),
        TermRule(.exaggeration, .warn, terms: ["최상"], reason: reason, suggestion: suggestion,
                 context: .all([.notFollowedBy(["위", "층", "급", "단", "류"]), .custom(isPraiseOfTheStudent)])),
        TermRule(.exaggeration, .warn, terms: ["유일하게"], reason: reason, suggestion: suggestion,
                 context: .all([.notFollowedBy([" 결정", " 존재", " 정해", " 남은", " 살아", " 표현", " 나타"]), .custom(isPraiseOfTheStudent)])),
        TermRule(.exaggeration, .warn, terms: ["천재"], reason: reason, suggestion: suggestion,
                 context: .all([.notFollowedBy(["로 불린", "라 불린", "라고 불린", "로 불리던", "라 불리던", "로 불리는", "라 불리는", "라고 불리는",
                                                "성", " 과학자", " 화가", " 수학자", "지변", "적인 과학자"]),
                                .custom(isPraiseOfTheStudent)])),
        TermRule(.exaggeration, .warn, terms: ["완벽"], reason: reason, suggestion: suggestion,
                 context: .all([.notFollowedBy(["주의", "한 정답", "한 답", "한 해답", "한 제품", "한 기계", "한 구", "한 원", "한 대칭", "히 밀폐",
                                                "한 진공", "한 경쟁", "한 시장"]),
                                .custom(isPraiseOfTheStudent)])),
        TermRule(.exaggeration, .warn,
                 terms: ["탁월", "독보적", "압도적", "누구보다", "모든 면에서", "역대", "타의 추종", "유감없이", "두루 갖춘", "가장 뛰어난",
                         "놀라운", "감탄", "흠잡을 데", "나무랄 데", "누구도 따라올", "따라올 수 없", "귀감", "비범", "경이로", "월등",
                         "발군", "출중", "남다른 재능", "천부적", "타고난 재능", "완성형 인재", "인재로서의 면모", "최고 수준의"],
                 reason: reason, suggestion: suggestion,
                 context: .custom(isPraiseOfTheStudent)),
        TermRule(.exaggeration, .warn, terms: ["사고의 흐름", "사고를 확장", "사고의 확장", "태도가 관찰됨", "태도가 관찰되", "역량을 보여줌",
                                            "학문적 역량을", "면모를 보여"],
                 reason: "구체적 사실이 없는 막연한 표현", suggestion: "무엇을 했는지 구체적으로 씀"),
    ]
}
