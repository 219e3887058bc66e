/// 부모·친인척의 사회·경제적 지위: a kin term is reported only with an occupation, workplace or
/// position near it in the same sentence ("의사인 아버지", "아버지가 운영하는 회사"), never alone
/// ("아버지와 대화함").
enum ParentStatus {
    static let kinTerms = [
        "아버지", "어머니", "아빠", "엄마", "부모님", "부모", "삼촌", "외삼촌", "이모", "고모", "이모부", "고모부",
        "큰아버지", "작은아버지", "할아버지", "할머니", "외할아버지", "외할머니", "친척", "사촌", "숙부", "백부",
        "누나", "오빠", "언니", "형",
    ]

    static let statusTerms = [
        "의사", "한의사", "치과의사", "변호사", "판사", "검사로", "검사인", "교수", "국회의원", "의원", "사장", "대표",
        "원장", "회장", "이사장", "임원", "공무원", "교사", "교장", "목사", "약사", "간호사", "회계사", "세무사",
        "기자", "연구원", "경찰", "소방관", "군인", "장교", "직업", "직장", "회사", "병원", "사업", "운영하", "운영하는",
        "근무하", "재직", "경영", "CEO", "소유", "건물주", "부자", "재산", "연봉", "고위", "간부",
    ]

    /// Particles that may follow a kin word; short kin words need one so 형태, 형성 are not kin.
    private static let particles = ["가", "이", "는", "은", "의", "께서", "께", "와", "과", "도", "처럼", "를", "을", "님", " "]

    static func confirms(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.isWordStart(match.lowerBound) else { return false }
        if !text.isWordEnd(match.upperBound)
            && !particles.contains(where: { text.hasText($0, at: match.upperBound) })
        {
            return false
        }
        let sentence = text.sentenceRange(containing: match.lowerBound)
        let start = max(sentence.lowerBound, match.lowerBound - 12)
        let end = min(sentence.upperBound, match.upperBound + 16)
        return statusTerms.contains { term in
            let length = term.unicodeScalars.count
            guard end - start >= length else { return false }
            return (start...(end - length)).contains { position in
                !(match.lowerBound..<match.upperBound).contains(position) && text.hasText(term, at: position)
            }
        }
    }
}
