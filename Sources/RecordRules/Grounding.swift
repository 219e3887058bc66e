/// Content a draft states that the notes do not support: numbers, Latin-script names, quoted titles,
/// and activities (실험, 견학, 캠프 …) the notes never mention.
package struct Grounding: Sendable {
    /// Activities a draft could invent; each must appear in the notes to be stated.
    static let activityNouns = [
        "실험", "보고서", "발표", "토론", "캠프", "프로젝트", "봉사", "견학", "탐방", "특강", "강연", "동아리", "멘토링",
        "인터뷰", "설문", "포스터", "영상", "발명", "논문", "독서", "캠페인", "공연", "전시", "체험", "축제", "행사",
        "회의", "모의재판", "모의유엔", "창업", "코딩", "로봇", "앱", "신문", "연극", "뮤지컬", "합창", "마라톤", "여행",
    ]

    private let noteFacts: Set<String>
    private let notesText: String
    /// The activities the notes never mention: found once, checked in every draft.
    private let absentActivities: [String]

    /// `rewritten`: the notes' sentences as the rules rewrite what a record may not name ("유튜브 쇼츠" →
    /// "온라인 영상 쇼츠"); an activity the rewriting names is the notes' own.
    package init(notes: String, rewritten: String = "") {
        // Drafts write unit signs out ("26℃" → "26도"): a quote is the notes' quote either way.
        notesText = UnitSymbols.writingOut(notes.nfc)
        noteFacts = Set(ContentTerms.terms(in: notesText).filter(\.isFactual).map(\.head))
        absentActivities = Self.activityNouns.filter { [notesText] activity in !notesText.includes(activity) && !rewritten.includes(activity) }
    }

    package func unsupported(in text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        var reported = Set<String>()
        for term in ContentTerms.terms(in: text.string) where term.isFactual && !noteFacts.contains(term.head) {
            guard reported.insert(term.head).inserted else { continue }
            let position = text.occurrences(of: term.head).first
            violations.append(Violation(
                category: .grounding, severity: .block,
                span: position.map { text.span($0..<($0 + term.head.unicodeScalars.count)) },
                excerpt: term.head,
                reason: "메모에 없는 사실(숫자·고유명)임: '\(term.head)'"))
        }
        for quoted in quotedSpans(in: text) {
            let title = text.slice(quoted)
            // A quote whose arrows a draft wrote out ("'기다림→두려움'" → "'기다림, 두려움'", "'정비사 → 전기차
            // 정비'" → "'정비사에서 전기차 정비로'") is still the notes' quote, letter for letter; rare enough to
            // compare only once the plain search fails.
            guard !title.isEmpty, !notesText.includes(title), !Self.skeleton(notesText).includes(Self.skeleton(title, particlesOfArrows: true)),
                  reported.insert(title).inserted
            else { continue }
            violations.append(Violation(
                category: .grounding, severity: .block, span: text.span(quoted), excerpt: title,
                reason: "메모에 없는 제목·인용임: '\(title)'"))
        }
        for activity in absentActivities {
            guard let position = text.occurrences(of: activity).first(where: { text.isWordStart($0) }) else { continue }
            let range = position..<(position + activity.unicodeScalars.count)
            violations.append(Violation(
                category: .grounding, severity: .block, span: text.span(range), excerpt: activity,
                reason: "메모에 없는 활동임: '\(activity)'"))
        }
        return violations
    }

    /// The text's letters and digits; with `particlesOfArrows`, without the 에서 and (으)로 that stand for
    /// an arrow written out at a word's end.
    static func skeleton(_ text: String, particlesOfArrows: Bool = false) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word -> Substring in
            guard particlesOfArrows else { return word }
            for particle in ["에서", "으로", "로"] where word.hasSuffix(particle) && word.count > particle.count + 1 {
                return word.dropLast(particle.count)
            }
            return word
        }
        return words.joined()
    }

    /// Text inside quotes or title brackets: 'x', "x", 「x」, 『x』, 《x》, <x>.
    private func quotedSpans(in text: ScalarText) -> [Range<Int>] {
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["'": "'", "\"": "\"", "「": "」", "『": "』", "《": "》", "<": ">", "‘": "’", "“": "”"]
        var spans: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if let closing = pairs[text.scalars[index]],
               let end = text.scalars[(index + 1)...].prefix(60).firstIndex(of: closing)
            {
                spans.append((index + 1)..<end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return spans
    }
}
