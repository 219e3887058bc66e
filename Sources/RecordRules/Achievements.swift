/// Whose achievement a term reports. An award, a book or a patent is a finding when it is the
/// student's ("봉사상을 받음", "책을 출간함"), not when it describes someone else or their work
/// ("노벨상을 수상한 과학자", "첫 책을 출간한 작가의 인터뷰", "출간된 책을 읽고").
enum Achievements {
    /// Who or what else an achievement may belong to.
    static let others = Cues([
        "작가", "저자", "과학자", "발명가", "선배", "사람", "인물", "기업", "연구자", "학자", "수상자", "화가", "음악가", "선수",
        "교수", "박사", "위인", "책", "도서", "작품", "영화", "소설", "기술", "제품", "사례", "시인", "감독", "배우", "가수",
        "예술가", "건축가", "기관", "단체", "팀", "국가", "나라", "의사", "경제학자", "철학자", "수학자", "물리학자", "화학자",
        "생물학자", "탐험가", "운동선수", "저서", "발명품", "음반", "곡", "디자인", "상품", "브랜드",
    ])
    static let othersWinning = Cues(["자 ", "자의", "자들", "자를", "자가", "자인", "작 ", "작을", "작의", "작인", "소감 연설", "소감문을 분석", "소감 분석"])
    static let owners = Cues(["작가가 ", "작가의 ", "저자가 ", "과학자가 ", "과학자의 ", "기업이 ", "기업의 ", "선배가 ", "선배의 ", "그가 ", "그의 "])

    /// Words ending in 상 that are not awards: 감상, 인상 ("깊은 인상을 받음"), 보상, 영상 …
    static let nonAwards: Set<String> = [
        "감상", "현상", "인상", "이상", "세상", "상상", "환상", "진상", "영상", "형상", "보상", "손상", "배상", "부상", "사상", "위상",
        "일상", "양상", "증상", "대상", "정상", "밥상", "책상", "선상", "지상", "해상", "천상", "물상", "구상", "예상", "실상", "추상",
        "망상", "명상", "관상", "발상", "연상", "표상", "가상", "피상", "외상", "화상", "동상", "열상", "중상", "경상", "의상", "자상",
        "향상", "계상", "조상", "비상", "기상", "도상", "회상", "문상", "통상", "궁상", "참상", "거상", "행상", "시상", "인상적",
        "타박상", "찰과상", "이미지상", "교육상", "구조상", "편의상", "사실상", "외견상", "통계상", "형식상", "법률상", "역사상",
    ]

    /// Not a description of someone else's achievement.
    @Sendable static func isOwnResult(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        // "노벨상 수상자 연구", "수상작 감상", "수상소감 연설문 분석": the winner or the prize as a topic.
        if othersWinning.starts(in: text, at: match.upperBound) { return false }
        if owners.occurs(in: text, max(sentence.lowerBound, match.lowerBound - 12)..<match.lowerBound) { return false }
        // The modifier of the match's own phrase: "출간한 작가", "수상한 과학자", "출간된 책".
        var word = text.wordRange(around: max(match.lowerBound, match.upperBound - 1))
        for _ in 0..<3 {
            guard word.upperBound > word.lowerBound, let last = Hangul.decompose(text.scalars[word.upperBound - 1]) else { return true }
            if last.final == Hangul.Final.nieun || text.scalars[word.upperBound - 1] == "던" {
                guard let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1 else { return true }
                return !others.starts(in: text, at: next.lowerBound)
            }
            guard word.upperBound < text.count, text.scalars[word.upperBound] == " ",
                  let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1, next.upperBound <= sentence.upperBound
            else { return true }
            word = next
        }
        return true
    }

    /// "봉사상을 받아", "노력상 수상": the word before 상 names an award, not 인상 or 감상.
    @Sendable static func confirmsNamedAward(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard match.lowerBound > 0, Hangul.isSyllable(text.scalars[match.lowerBound - 1]) else { return false }
        let word = text.wordRange(around: match.lowerBound)
        let name = text.slice(word.lowerBound..<(match.lowerBound + 1))
        if nonAwards.contains(name) || nonAwards.contains(where: { name.hasSuffix($0) && $0.count >= 3 }) { return false }
        return isOwnResult(text, match)
    }
}
