/// The columns a roster has (번호 and 메모 required, 이름 and the part-1 record optional), and the
/// header spellings teachers' spreadsheets use for them.
package enum RosterColumn: String, CaseIterable, Sendable {
    case number = "번호"
    case name = "이름"
    case notes = "메모"
    /// For part 2 of a 공통과목 (공통국어2): each student's part-1 record, which takes its bytes from
    /// the limit both parts share.
    case part1 = "1 세특"

    /// Header spellings, compared after `normalized`: what NEIS exports, school templates and
    /// teacher-made helpers call the column. The teacher page reads its roster preview with them too.
    package var spellings: Set<String> {
        switch self {
        case .number: ["번호", "출석번호", "학생번호", "반번호", "no", "no.", "num", "number", "#"]
        case .name: ["이름", "성명", "학생명", "학생이름", "학생", "name"]
        case .notes: [
            "메모", "내용", "활동", "관찰", "활동내용", "관찰내용", "기록", "누가기록", "특기사항", "세특", "notes", "note", "memo",
            "activities",
        ]
        case .part1: [
            "1세특", "1학기세특", "1학기기록", "1학기", "1과목세특", "앞과목세특", "이전세특", "공통1세특", "part1", "part1text",
        ]
        }
    }

    /// The column a header cell names, if any.
    init?(header: String) {
        let key = Self.normalized(header)
        guard let column = Self.allCases.first(where: { $0.spellings.contains(key) }) else { return nil }
        self = column
    }

    /// Without spaces, a byte order mark, case, or a trailing note in parentheses (메모(활동) → 메모).
    static func normalized(_ header: String) -> String {
        var text = header.replacingOccurrences(of: "\u{FEFF}", with: "").filter { !$0.isWhitespace }.lowercased()
        if let open = text.firstIndex(where: { $0 == "(" || $0 == "[" }), open != text.startIndex {
            text = String(text[..<open])
        }
        return text
    }
}
