/// The words of a teacher's direction about the record that point at notes content ("탐구보고서 먼저
/// 써주세요" points at 탐구보고서, "디베이트랑 기사 요약 두 개만" at 디베이트 and 기사 요약), read alike by
/// the engine, which follows a direction, and the checker, which does not ask for what it leaves out.
package enum DirectionWords {
    /// The stems of `text` a notes sentence can share: without particles, without the words that say
    /// how rather than what, and a noun form's stem without its 기 ("고쳐쓰기" points at "고쳐 씀").
    package static func stems(in text: String) -> [String] {
        text.split(whereSeparator: { " ,·/+".contains($0) }).compactMap { word -> String? in
            let stem = withoutParticle(String(word))
            guard stem.count >= 2, !directionWords.contains(stem), !directionWords.contains(String(word)) else { return nil }
            return stem.hasSuffix("기") && stem.count >= 3 ? String(stem.dropLast()) : stem
        }
    }

    /// Whether a notes sentence says what a stem names: compared without spaces, so "탐구보고서"
    /// finds "탐구 보고서".
    package static func mentions(_ sentence: String, _ stem: String) -> Bool {
        sentence.filter { $0 != " " }.includes(stem)
    }

    /// Words of a direction that say how, not what: they point at no notes sentence.
    private static let directionWords: Set<String> = [
        "마지막", "문장", "첫", "끝", "쪽", "쪽으로", "중심", "중심으로", "위주", "위주로", "마무리", "마무리할", "마무리하기", "강조", "강조하기", "것", "할",
        "세특", "세특엔", "세특은", "행특", "행특은", "기록", "쓰기", "쓸", "써", "써줘", "써주세요", "부분", "과정", "내용", "얘기", "이야기", "느낌", "방향",
        "처음은", "시작은", "첫머리", "줄", "좀", "꼭", "더", "잘", "점수", "빼고", "넣어", "넣기", "넣어줘", "살려서", "살리기", "으로", "로",
        "먼저", "부터", "앞에", "성장", "개만", "두개만", "세개만", "둘만", "셋만", "가지만", "주세요", "활동", "정도",
    ]

    private static func withoutParticle(_ word: String) -> String {
        for particle in ["이랑", "으로", "에서", "에게", "을", "를", "은", "는", "이", "가", "의", "로", "와", "과", "도", "엔", "랑"]
        where word.hasSuffix(particle) && word.count > particle.count + 1 {
            return String(word.dropLast(particle.count))
        }
        return word
    }
}
