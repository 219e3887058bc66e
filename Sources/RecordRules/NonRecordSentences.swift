/// Sentences of the notes with nothing forbidden in them that a record still does not state: an
/// attendance tally (출결상황 keeps it) and a plan not yet carried out. The drafting engine leaves them
/// out, and coverage does not ask for them.
package enum NonRecordSentences {
    /// "결석 0, 지각 1(병원)", "개근": attendance has its own field (출결상황); a tally of it is no observation.
    package static func isAttendanceTally(_ text: String) -> Bool {
        // A tally is a short line: longer ones are never read further.
        guard text.utf8.count <= 60 else { return false }
        var rest = text
        for word in attendanceWords { rest = rest.replacingAll(word, with: "") }
        guard rest != text else { return false }
        let left = rest.filter { !$0.isNumber && !$0.isPunctuation && !$0.isWhitespace }
        return left.count <= 3 && left.allSatisfy { "회임번일".contains($0) }
    }

    private static let attendanceWords = ["무단", "질병", "병결", "병원", "결석", "지각", "조퇴", "결과", "개근", "출결", "없음", "없"]

    /// "2학기 축제 부스 기획 맡기로 함", "다음 학기에 발표할 예정": what has not happened yet is no record.
    package static func isPlanNotYetDone(_ text: String) -> Bool {
        // "좁혀 보기로 했어요. 그 뒤 …" is a decision the notes go on to show carried out; a role or an event
        // still to come is not.
        ["2학기", "다음 학기", "내년", "다음 달", "방학 때", "다음 차시", "학년 올라가"].contains(where: text.includes)
            && (["맡기로 함", "맡기로 했", "예정임", "예정이"].contains(where: text.includes) || futurePlan(text))
    }

    /// "맡을 예정", "나갈 예정": a verb's future form before 예정.
    private static func futurePlan(_ text: String) -> Bool {
        guard text.includes(" 예정"), let found = text.range(of: " 예정") else { return false }
        guard let last = text[..<found.lowerBound].unicodeScalars.last else { return false }
        return Hangul.finalIndex(last) == Hangul.Final.rieul
    }
}
