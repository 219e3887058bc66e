/// Items a teacher ran together on one line, each with its own list mark: "…설명함 -처음에 변인통제
/// 안돼서 다시함", "멘티 3명 ▶ 멘토링 일지 18회분 제출", "1. 연간 계획 짜서 제출 2. 9월 관측회: …",
/// "① 낙선 후에도 자원 ② 소감문에 씀". Each item is a line of its own, as if the teacher had
/// pressed return: a draft would otherwise read one item into the next ("… 진행) 2임").
enum InlineItems {
    /// The line cut before each mark that opens an item inside it; the line alone when it has none.
    static func items(of line: String) -> [String] {
        // Most lines have no such mark: one pass over the scalars decides.
        guard line.unicodeScalars.contains(where: { $0 == "-" || $0 == "▶" || $0 == "►" || $0 == "·" || $0 == "•" || isCircledNumber($0) || $0 == "." || $0 == ")" })
        else { return [line] }
        let scalars = Array(line.unicodeScalars)
        var cuts = Set<Int>()
        for index in scalars.indices where index > 0 && scalars[index - 1] == " " {
            let scalar = scalars[index]
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            // " · " and " • " between spaces mark items; "운동장·뒷산" joins two nouns.
            if scalar == "▶" || scalar == "►" || isCircledNumber(scalar) && after != "번" || (scalar == "·" || scalar == "•") && after == " " {
                cuts.insert(index)
            } else if scalar == "-", Hangul.isSyllable(after), index >= 2, endsAnItem(scalars[index - 2]) {
                // "설명함 -처음에": a dash against the word it marks; "3 - 4", "A -> B" are no marks.
                cuts.insert(index)
            }
        }
        // "… / 1. 연간 계획 … 2. 9월 관측회": numbers that count up are a list; one number alone ("총 2.
        // 5배") is not.
        let marks = scalars.indices.filter { $0 == 0 || scalars[$0 - 1] == " " }.compactMap { index in
            numberMark(in: scalars, at: index).map { (index: index, number: $0) }
        }
        for (previous, mark) in zip(marks, marks.dropFirst()) where mark.number == previous.number + 1 {
            if previous.index > 0 { cuts.insert(previous.index) }
            cuts.insert(mark.index)
        }
        guard !cuts.isEmpty else { return [line] }
        var pieces: [String] = []
        var start = 0
        for cut in cuts.sorted() + [scalars.count] {
            var piece = String(String.UnicodeScalarView(scalars[start..<cut])).trimmed
            // "동아리 부장 / 1. 연간 계획 …": the separator before the first item goes with the cut.
            while let last = piece.last, "/|·,".contains(last) { piece = String(piece.dropLast()).trimmed }
            if !piece.isEmpty { pieces.append(piece) }
            start = cut
        }
        return pieces
    }

    /// What an item before a mark may end on: a syllable, a closing bracket or quote, a full stop.
    private static func endsAnItem(_ scalar: Unicode.Scalar) -> Bool {
        Hangul.isSyllable(scalar) || ").!?'\"」』".unicodeScalars.contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isCircledNumber(_ scalar: Unicode.Scalar) -> Bool {
        (0x2460...0x2473).contains(scalar.value)
    }

    /// The number of a list mark ("2. ", "2) ") starting at `index`; nil for a decimal ("3.5"), a
    /// date ("9.15") or any other number.
    private static func numberMark(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index
        while end < scalars.count, end - index < 2, ("0"..."9").contains(scalars[end]) { end += 1 }
        guard end > index, end + 1 < scalars.count, scalars[end] == "." || scalars[end] == ")", scalars[end + 1] == " " else { return nil }
        return Int(String(String.UnicodeScalarView(scalars[index..<end])))
    }
}
