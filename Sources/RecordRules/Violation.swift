/// How a finding affects a text: a `block` makes the text fail; a `warn` needs the teacher's judgement.
package enum Severity: String, Sendable, Codable, Comparable {
    case warn
    case block

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warn && rhs == .block }
}

/// Every kind of finding the rules produce. The raw values are stable identifiers (API, CLI, JSON).
package enum ViolationCategory: String, Sendable, Codable, CaseIterable {
    // 기재 금지 (기재요령 2026 p.18–19, p.118)
    case languageTest = "language_test"
    case competitionAward = "competition_award"
    case examScore = "exam_score"
    case paperAcademic = "paper_academic"
    case bookPublication = "book_publication"
    case intellectualProperty = "intellectual_property"
    case overseasActivity = "overseas_activity"
    case parentStatus = "parent_status"
    case scholarship = "scholarship"
    case institutionName = "institution_name"
    case qualification = "qualification"
    case subjectOnlyItem = "subject_only_item"
    case privateEducation = "private_education"
    case outsideActivity = "outside_activity"
    case personalInformation = "personal_information"
    // 학교를 알 수 있는 내용 (기재요령 2026 p.19, 유의사항 4)
    case schoolIdentity = "school_identity"
    case customTerm = "custom_term"
    // Text addressed to the writer or a model, never record content
    case instructionText = "instruction_text"
    // Wording and style
    case negativeWording = "negative_wording"
    case exaggeration = "exaggeration"
    case sentenceEnding = "sentence_ending"
    case misspelling = "misspelling"
    case character = "character"
    // Size and faithfulness to the notes
    case byteLimit = "byte_limit"
    case coverage = "coverage"
    case grounding = "grounding"

    /// The name teachers know from the 기재요령.
    package var koreanName: String {
        switch self {
        case .languageTest: "공인어학시험"
        case .competitionAward: "대회·수상"
        case .examScore: "시험 성적·석차"
        case .paperAcademic: "논문·학회"
        case .bookPublication: "도서출간"
        case .intellectualProperty: "지식재산권"
        case .overseasActivity: "해외활동"
        case .parentStatus: "부모·친인척의 사회·경제적 지위"
        case .scholarship: "장학"
        case .institutionName: "대학·기관·상호·강사명"
        case .qualification: "자격증"
        case .subjectOnlyItem: "세특 기재 불가 항목"
        case .privateEducation: "사교육"
        case .outsideActivity: "학교 밖 개인 활동"
        case .personalInformation: "개인정보"
        case .schoolIdentity: "학교 식별 정보"
        case .customTerm: "추가 금지어"
        case .instructionText: "지시문·메타 텍스트"
        case .negativeWording: "부정적 표현"
        case .exaggeration: "과장 표현"
        case .sentenceEnding: "문장 종결(음슴체)"
        case .misspelling: "맞춤법"
        case .character: "입력 불가 문자·서식"
        case .byteLimit: "바이트 제한"
        case .coverage: "메모 반영"
        case .grounding: "근거 없는 내용"
        }
    }

    /// Content a record may never carry in any form: the 기재 금지 list, what identifies the student
    /// or the school, the request's own terms, and text addressed to the writer or a model.
    package var isForbiddenContent: Bool {
        switch self {
        case .languageTest, .competitionAward, .examScore, .paperAcademic, .bookPublication,
             .intellectualProperty, .overseasActivity, .parentStatus, .scholarship, .institutionName,
             .qualification, .subjectOnlyItem, .privateEducation, .outsideActivity, .personalInformation, .schoolIdentity,
             .customTerm, .instructionText:
            true
        default:
            false
        }
    }
}

/// A range of the checked (NFC-normalised) text in UTF-16 code units, the unit browsers use.
package struct TextSpan: Sendable, Codable, Equatable, Hashable {
    package var start: Int
    package var end: Int

    package init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

package struct Violation: Sendable, Codable, Equatable {
    package var category: ViolationCategory
    package var severity: Severity
    /// Where in the text; nil for findings about the whole text (bytes, a paragraph not reflected).
    package var span: TextSpan?
    /// The text the finding is about.
    package var excerpt: String
    /// Human-readable explanation in Korean.
    package var reason: String
    /// A suggested replacement, when the rule has one.
    package var suggestion: String?

    package init(
        category: ViolationCategory, severity: Severity, span: TextSpan?, excerpt: String,
        reason: String, suggestion: String? = nil
    ) {
        self.category = category
        self.severity = severity
        self.span = span
        self.excerpt = excerpt
        self.reason = reason
        self.suggestion = suggestion
    }
}
