/// Words that record a change for the better ("줄었", "고쳐", "2학기엔 거의 없음", "단계별로 쓰기
/// 시작함"). A sentence with one tells its shortcoming as the starting point of that change, so the
/// checker suggests keeping the change and the offline engine keeps the sentence.
package enum ChangeWords {
    package static let all = [
        "줄었", "줄어", "줄임", "감소", "나아졌", "나아짐", "나아지", "개선", "늘었", "늘어", "좋아졌", "좋아짐", "고쳐", "고침",
        "없어졌", "없어짐", "사라졌", "사라짐", "향상", "극복", "벗어나", "달라졌", "달라짐", "성장", "발전", "점차", "차츰", "점점",
        // 변화 alone is often the subject matter ("지시약 색 변화"): only a change the student showed counts.
        "변화를 보", "변화가 보", "변화가 생", "변화가 나타",
        // Mending what was pointed out ("지적받고 수정함", "부족한 문단을 다시 써서 제출함").
        "수정", "다시 써", "다시 작성", "복원", "보완해", "보완함", "보완하", "바로잡", "반영해", "반영함", "반영하여",
        // A later state ("2학기엔 지각 거의 없음", "단계별로 쓰기 시작함").
        "거의 없", "더 이상", "시작했", "시작함", "문제 없", "문제없",
        // "지각 3회로 줄고": a count that fell.
        "줄고", "줄면서", "줄며", "로 줄",
    ]

    static let cues = Cues(all)

    /// Whether the text records a change: a change word not denied ("크게 안 나아짐", "줄지 않음",
    /// "개선되지 못함" record none).
    package static func occur(in text: String) -> Bool {
        // Most sentences have no change word: a byte search decides before the text is scanned.
        guard all.contains(where: text.includes) else { return false }
        let scanned = ScalarText(text)
        var position = 0
        while let found = cues.first(in: scanned, position..<scanned.count) {
            let word = scanned.wordRange(around: found)
            let before = scanned.slice(max(0, word.lowerBound - 2)..<word.lowerBound)
            let after = scanned.slice(word.upperBound..<min(scanned.count, word.upperBound + 3))
            let wordText = scanned.slice(word)
            // "장난치다 늦게 시작함": starting late is the shortcoming itself, no later state.
            let late = scanned.slice(max(0, word.lowerBound - 3)..<word.lowerBound) == "늦게 "
            let denied = before == "안 " || before == "못 " || after.hasPrefix(" 않") || after.hasPrefix(" 못") || late
                || wordText.hasSuffix("지") || wordText.hasSuffix("지는") || wordText.hasSuffix("지도")
            if !denied { return true }
            position = word.upperBound
        }
        return false
    }
}
