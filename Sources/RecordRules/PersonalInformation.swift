/// Personal data that must never reach a record or a model: phone numbers (010-1234-5678, 010 1234
/// 5678), resident registration numbers and birth dates given with them, e-mail addresses and home
/// addresses (a district followed by a road or a neighbourhood and a number), and a student's class
/// and number (2학년 3반 15번, 3반 15번): together with the school they name one student.
enum PersonalInformation {
    /// Labels after which digits are a resident registration number or a birth date.
    static let idLabels = Cues(["주민번호", "주민등록번호", "주민 번호", "생년월일", "주민번호 앞자리", "주민등록번호 앞자리"])

    /// What a teacher masks digits with.
    static let maskScalars = Set("xX*○●#".unicodeScalars)

    static let seatReason = "학생의 학년·반·번호는 기재할 수 없음(학생을 특정함)"

    static func detect(in text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            if let label = idLabels.match(in: text, at: index) {
                // "주민번호 앞자리 090417", "생년월일 2008.04.17"
                let window = (index + label)..<min(scalars.count, index + label + 10)
                if let start = window.first(where: { isDigit(scalars[$0]) }) {
                    var end = start
                    while end < scalars.count && (isDigit(scalars[end]) || ".-".unicodeScalars.contains(scalars[end])) { end += 1 }
                    if (start..<end).filter({ isDigit(scalars[$0]) }).count >= 6 {
                        violations.append(Violation(
                            category: .personalInformation, severity: .block, span: text.span(index..<end),
                            excerpt: text.slice(index..<end), reason: "주민등록번호·생년월일은 기재할 수 없음"))
                        index = end
                        continue
                    }
                }
            }
            if let address = Addresses.range(in: text, at: index) {
                violations.append(Violation(
                    category: .personalInformation, severity: .block, span: text.span(address),
                    excerpt: text.slice(address), reason: "주소는 기재할 수 없음"))
                index = address.upperBound
                continue
            }
            if isDigit(scalars[index]) && (index == 0 || !isDigit(scalars[index - 1])), let seat = classAndNumber(in: text, at: index) {
                // The excerpt takes the parentheses and the particle around the number, so dropping
                // it leaves the sentence whole: "(2학년 3반 15번)은 소방관을 희망함" → "소방관을 희망함".
                var excerpt = seat
                if seat.lowerBound > 0, scalars[seat.lowerBound - 1] == "(", seat.upperBound < scalars.count, scalars[seat.upperBound] == ")" {
                    excerpt = (seat.lowerBound - 1)..<text.wordRange(around: seat.upperBound + 1).upperBound
                }
                violations.append(Violation(
                    category: .personalInformation, severity: .block, span: text.span(seat),
                    excerpt: text.slice(excerpt), reason: seatReason))
                index = seat.upperBound
                continue
            }
            if isDigit(scalars[index]) && (index == 0 || !isDigit(scalars[index - 1])) {
                var end = index
                var digitGroups: [Int] = []
                var groupLength = 0
                // A mobile number may be written with spaces or dots: 010 9876 5432, 010.9876.5432.
                let isMobile = text.hasText("01", at: index)
                // A mobile number with its digits masked is still one: 010-xxxx-xxxx, 010-****-1234.
                func isDigitOrMask(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isMobile && maskScalars.contains(scalar) }
                while end < scalars.count && (isDigitOrMask(scalars[end]) || scalars[end] == "-"
                    || (isMobile && (scalars[end] == " " || scalars[end] == ".") && end + 1 < scalars.count && isDigitOrMask(scalars[end + 1])))
                {
                    if !isDigitOrMask(scalars[end]) {
                        digitGroups.append(groupLength)
                        groupLength = 0
                    } else {
                        groupLength += 1
                    }
                    end += 1
                }
                digitGroups.append(groupLength)
                let digits = digitGroups.reduce(0, +)
                let isPhone = text.hasText("01", at: index)
                    && ((digitGroups.count == 3 && digitGroups[1] >= 3 && digitGroups[2] == 4) || (digitGroups.count == 1 && (10...11).contains(digits)))
                let isResidentNumber = digitGroups == [6, 7] || (digitGroups.count == 1 && digits == 13)
                if isPhone || isResidentNumber {
                    violations.append(Violation(
                        category: .personalInformation, severity: .block, span: text.span(index..<end),
                        excerpt: text.slice(index..<end),
                        reason: isPhone ? "전화번호는 기재할 수 없음" : "주민등록번호는 기재할 수 없음"))
                }
                index = end
                continue
            }
            if scalars[index] == "@", index > 0, ScalarText.isASCIIAlphanumeric(scalars[index - 1]),
               index + 1 < scalars.count, ScalarText.isASCIIAlphanumeric(scalars[index + 1])
            {
                let range = text.emailRange(around: index)
                violations.append(Violation(
                    category: .personalInformation, severity: .block, span: text.span(range),
                    excerpt: text.slice(range), reason: "전자우편 주소는 기재할 수 없음"))
                index = range.upperBound
                continue
            }
            index += 1
        }
        return violations
    }

    /// "2학년 3반 15번", "3반 15번", "2-3 15번" at `start`: a class with a seat number. A class alone
    /// ("3반 학급 회의") names no student; "15번째" is an ordinal.
    private static func classAndNumber(in text: ScalarText, at start: Int) -> Range<Int>? {
        let scalars = text.scalars
        func digits(from position: Int) -> Int? {
            var end = position
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            return end > position && end - position <= 2 ? end : nil
        }
        func spaces(from position: Int) -> Int {
            var end = position
            while end < scalars.count, scalars[end] == " " { end += 1 }
            return end
        }
        guard let position = digits(from: start) else { return nil }
        // Where the class ends: after 반 ("3반", "2학년 3반"), or after the class digits of "2-3".
        let afterClass: Int
        if text.hasText("학년", at: position) {
            guard let classEnd = digits(from: spaces(from: position + 2)), text.hasText("반", at: classEnd) else { return nil }
            afterClass = classEnd + 1
        } else if position < scalars.count, scalars[position] == "-", let classEnd = digits(from: position + 1) {
            afterClass = classEnd
        } else {
            guard text.hasText("반", at: position) else { return nil }
            afterClass = position + 1
        }
        guard let seat = digits(from: spaces(from: afterClass)), text.hasText("번", at: seat), !text.hasText("번째", at: seat) else {
            // "박지호 / 2학년 5반 / 한빛고": a class that is a field of its own, with nothing said of it, is
            // the heading that names the student.
            let sentence = text.sentenceRange(containing: start)
            let rest = text.slice(afterClass..<max(afterClass, sentence.upperBound)).filter { $0.isLetter || $0.isNumber }
            let onlyClass = text.skippingSpacesForward(from: sentence.lowerBound) == start && text.hasText("학년", at: position)
                && (rest.isEmpty || rest == "임")
            return onlyClass ? start..<afterClass : nil
        }
        return start..<(seat + 1)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
