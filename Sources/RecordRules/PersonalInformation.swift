/// Personal data that must never reach a record or a model: phone numbers, resident registration
/// numbers, e-mail addresses.
enum PersonalInformation {
    static func detect(in text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            if isDigit(scalars[index]) && (index == 0 || !isDigit(scalars[index - 1])) {
                var end = index
                var digitGroups: [Int] = []
                var groupLength = 0
                while end < scalars.count && (isDigit(scalars[end]) || scalars[end] == "-") {
                    if scalars[end] == "-" {
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

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }
}
