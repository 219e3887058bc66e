/// A teacher's choice of what the record holds: "디베이트 성장 과정이랑 기사 요약 두 개만 써 주세요",
/// "탐구보고서만 넣어 주세요". What it names is kept; every other paragraph of the notes is left out, by
/// the engine and by coverage alike (`MemoLines`). A choice that names something the notes do not
/// hold, or that would leave nothing out, is not followed: the notes stay whole rather than lose a
/// paragraph to a misreading.
package enum SelectionDirection {
    /// The groups of stems the sentence chooses ("디베이트 성장 과정이랑 기사 요약" → [[디베이트], [기사,
    /// 요약]]); nil when it chooses nothing.
    package static func choices(in sentence: String) -> [[String]]? {
        guard sentence.unicodeScalars.contains("만") else { return nil }
        let words = sentence.split(separator: " ").map(String.init)
        guard let only = words.indices.first(where: { index in
            let word = words[index].filter { !$0.isPunctuation }
            return word.hasSuffix("만")
                && (countWords.contains(word) || index + 1 < words.count && doingWords.contains(where: words[index + 1].hasPrefix))
        }) else { return nil }
        var chosen = Array(words[..<only])
        let last = words[only].filter { !$0.isPunctuation }
        if !countWords.contains(last) {
            chosen.append(String(last.dropLast()))
        } else if let count = chosen.last, ["두", "세", "네", "2", "3", "4", "한"].contains(count) {
            chosen.removeLast()
        }
        // "점수 얘기 넣지 말고 탐구보고서만": the choice is the clause after the last joint.
        if let joint = chosen.lastIndex(where: { $0.hasSuffix("고") && $0.count >= 2 || $0.hasSuffix(",") }) {
            chosen = Array(chosen[(joint + 1)...])
        }
        var groups: [[String]] = [[]]
        for word in chosen {
            if let joiner = joiners.first(where: { word.hasSuffix($0) && word.count - $0.count >= 2 }) {
                groups[groups.count - 1].append(String(word.dropLast(joiner.count)))
                groups.append([])
            } else {
                groups[groups.count - 1].append(word)
            }
        }
        let stems = groups.map { DirectionWords.stems(in: $0.joined(separator: " ")) }.filter { !$0.isEmpty }
        return stems.isEmpty ? nil : stems
    }

    /// Words that close a choice by its count: "두 개만", "둘만".
    private static let countWords: Set<String> = ["개만", "두개만", "세개만", "둘만", "셋만", "가지만", "두가지만", "세가지만"]
    /// What the teacher asks done with the choice: "만 써", "만 넣어", "만 기록".
    private static let doingWords = ["써", "쓰", "넣", "기록", "적", "기재", "남겨"]
    /// Particles that join the things chosen: "과정이랑 기사", "탐구와 발표".
    private static let joiners = ["이랑", "랑", "하고", "와", "과", ","]
}
