/// Characters and layout NEIS entries must not carry (기재요령 p.28: 한글, 부득이한 경우 영문, 아라비아 숫자):
/// Hanja, kana, emoji, decorative symbols, compatibility jamo, markdown, numbering and line breaks.
package enum CharacterCheck {
    /// Punctuation allowed besides Hangul syllables, ASCII letters, digits and spaces.
    private static let allowedPunctuation = Set(".,()'\"-/:%~·?!&+=[]<>「」『』《》“”‘’…".unicodeScalars)

    static func check(_ text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        var index = 0
        let scalars = text.scalars
        while index < scalars.count {
            let scalar = scalars[index]
            guard let problem = problem(with: scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, self.problem(with: scalars[end]) == problem { end += 1 }
            let range = index..<end
            let excerpt = text.slice(range)
            let spelled = UnitSymbols.writingOut(excerpt)
            violations.append(Violation(
                category: .character, severity: .block, span: text.span(range), excerpt: excerpt,
                reason: spelled == excerpt ? problem : unitReason,
                suggestion: problem == newlineReason ? " " : spelled == excerpt ? nil : spelled))
            index = end
        }
        violations.append(contentsOf: layoutViolations(text))
        return violations
    }

    static let newlineReason = "줄바꿈 없이 한 문단으로 씀"
    static let unitReason = "단위·번호 기호는 NEIS에 입력하기 어려우므로 글자로 씀"

    /// Whether NEIS takes the character as it is.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        Hangul.isSyllable(scalar) || scalar.value == 0x20 || ScalarText.isASCIIAlphanumeric(scalar) || allowedPunctuation.contains(scalar)
            // Roman numerals name courses ("물리학Ⅱ", "수학Ⅰ"): the course's own name, which NEIS lists with them.
            || (0x2160...0x216B).contains(scalar.value)
    }

    private static func problem(with scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if isAllowed(scalar) { return nil }
        if ScalarText.isNewline(scalar) { return newlineReason }
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return "한자는 입력할 수 없음(한글로 씀)"
        case 0x3040...0x30FF:
            return "일본 문자는 입력할 수 없음"
        case 0x3131...0x318E, 0x1100...0x11FF:
            return "낱자 자모(ㅋ, ㅎ 등)는 입력할 수 없음"
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0xFE0F, 0x200D:
            return "이모지·기호는 입력할 수 없음"
        case 0x2460...0x24FF, 0x3200...0x32FF:
            return "번호 기호(①, ㉠ 등)는 쓰지 않음"
        case 0x09, 0x0B, 0x0C, 0xA0, 0x3000:
            return "탭·특수 공백 대신 일반 공백을 씀"
        case 0x2A, 0x23, 0x60, 0x7C, 0x5E, 0x5C, 0x7B, 0x7D, 0x24:
            return "마크다운·서식 기호는 쓰지 않음"
        default:
            return "NEIS에 입력하기 어려운 특수 문자임"
        }
    }

    /// Numbering and bullets at the start of a sentence: "1.", "1)", "(1)", "- ", "• ".
    private static func layoutViolations(_ text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        var lineStarts = [0]
        for (index, scalar) in text.scalars.enumerated() where ScalarText.isNewline(scalar) {
            lineStarts.append(index + 1)
        }
        for start in lineStarts {
            var index = start
            while index < text.count && text.scalars[index] == " " { index += 1 }
            var end = index
            while end < text.count && (0x30...0x39).contains(text.scalars[end].value) { end += 1 }
            let numbered = end > index && end < text.count && (text.scalars[end] == ")" || (text.scalars[end] == "." && end + 1 < text.count && text.scalars[end + 1] == " "))
            let bulleted = index < text.count && "-•·>".unicodeScalars.contains(text.scalars[index])
                && index + 1 < text.count && text.scalars[index + 1] == " "
            if numbered || bulleted {
                let range = index..<min(text.count, (numbered ? end : index) + 1)
                violations.append(Violation(
                    category: .character, severity: .block, span: text.span(range), excerpt: text.slice(range),
                    reason: "번호·글머리표 없이 문장으로 이어 씀"))
            }
        }
        return violations
    }
}
