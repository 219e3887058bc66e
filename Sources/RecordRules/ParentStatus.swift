/// 부모·친인척의 사회·경제적 지위: a kin term is reported only with an occupation, workplace or
/// position near it in the same sentence ("의사인 아버지", "아버지가 운영하는 회사"), never alone
/// ("아버지와 대화함").
enum ParentStatus {
    static let kinTerms = [
        "아버지", "어머니", "아빠", "엄마", "부모님", "부모", "삼촌", "외삼촌", "이모", "고모", "이모부", "고모부",
        "큰아버지", "작은아버지", "할아버지", "할머니", "외할아버지", "외할머니", "친척", "사촌", "숙부", "백부",
        "누나", "오빠", "언니", "형", "부", "모", "양친", "부친", "모친", "가족",
    ]

    static let statusTerms = [
        "의사", "한의사", "치과의사", "변호사", "판사", "검사로", "검사인", "교수", "국회의원", "의원", "사장", "대표",
        "원장", "회장", "이사장", "임원", "공무원", "교사", "교장", "목사", "약사", "간호사", "회계사", "세무사",
        "기자", "연구원", "경찰", "소방관", "군인", "장교", "직업", "직장", "회사", "병원", "사업", "운영하", "운영하는", "운영 중", "운영해", "운영함",
        "근무하", "근무라", "근무로", "근무 중", "근무해", "재직", "경영", "CEO", "소유", "건물주", "부자", "재산", "연봉", "고위", "간부", "엔지니어", "개발자",
        "프로그래머", "과학자", "연구자", "디자이너", "건축가", "은행원", "회사원", "직원", "사원", "자영업", "농부", "어부",
        "교감", "장학사", "한의원", "약국", "군무원", "공기업", "대기업", "중소기업", "사업가", "기업가", "대표이사", "부장",
        "과장", "팀장", "이사", "전문의", "작가", "아나운서", "PD", "경영인", "의료인", "배우", "가수", "조종사", "기장",
        "승무원", "세무서", "법원", "검찰", "시청", "구청", "도청", "은행", "의원님", "원장님", "사장님", "강사", "학원장", "코치", "감독",
        "요리사", "미용사", "상담사", "사회복지사", "치료사", "변리사", "노무사", "법무사", "감정평가사", "약국 운영", "가게",
        "일용직", "비정규직", "계약직", "택시 기사", "버스 기사", "트럭 기사", "기사님", "캐셔", "마트", "식당", "공장", "현장", "배달", "택배",
        "알바", "아르바이트", "청소 일", "경비", "야간 근무", "새벽까지 일", "밤늦게까지 일", "맞벌이", "실직", "퇴직", "무직", "실업",
        "연구소", "연구실", "택배 일", "식당 하", "가게 하", "운영위원", "학부모회", "학운위", "학부모 대표",
        // The work itself, said with the respect a parent gets: "아버지 택시 운전하셔서", "엄마가 장사하셔서".
        "택시 운전", "운전하", "운전을 하", "구급대원", "소방서", "119", "대학병원", "경찰서", "우체국", "집배원", "운전 일", "장사", "일하셔", "일하시", "일을 하시", "다니셔", "다니시", "출장",
    ]

    /// 부 and 모 in a notes memo ("부 회사 대표, 모 은행원"): parents only when both are there or a
    /// colon follows; "모 기업" alone means "a certain company".
    static let memoParents = ["부", "모"]

    /// Particles that may follow a kin word; short kin words need one so 형태, 형성 are not kin.
    private static let particles = ["가", "이", "는", "은", "의", "께서", "께", "와", "과", "도", "처럼", "를", "을", "님", " "]

    /// A family circumstance discussed as a topic of a lesson ("이혼율 통계", "한부모 가정 지원 정책을
    /// 조사함"), not the student's own family.
    static func isTopic(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        return topicCues.occurs(in: text, sentence)
    }

    private static let topicCues = Cues(["정책", "통계", "제도", "사회 문제", "조사함", "조사했", "탐구", "토론", "기사", "소설", "작품", "인물"])

    /// An occupation the student chose or hopes for, talked over with the parents ("부모님과 상의하여
    /// 진로를 간호사로 정함"): the student's goal, not the parent's job.
    private static let aspirations = Cues([
        "로 정", "으로 정", "가 꿈", "이 꿈", "라는 꿈", "이라는 꿈", "의 꿈", "를 꿈", "을 꿈", "를 희망", "을 희망", "가 되고", "이 되고", "가 되기", "이 되기",
        "가 되겠", "이 되겠", "로 진로", "으로 진로", "를 목표", "을 목표", "로 진학", "으로 진학", "에 관심", "에 흥미", "을 탐색", "를 탐색", "에 대해 알아", "을 조사", "를 조사",
    ])

    static func confirms(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.isWordStart(match.lowerBound) else { return false }
        // "부모님 세대가 선호한 직업": a generation, not the parents.
        let afterTitle = text.hasText("님", at: match.upperBound) ? match.upperBound + 1 : match.upperBound
        if text.hasText(" 세대", at: afterTitle) || text.hasText("세대", at: afterTitle) { return false }
        if match.count == 1 {
            guard text.hasText(" ", at: match.upperBound) || text.hasText(":", at: match.upperBound) else { return false }
            let sentence = text.sentenceRange(containing: match.lowerBound)
            let other = text.hasText("부", at: match.lowerBound) ? "모" : "부"
            let paired = (sentence.lowerBound..<sentence.upperBound).contains { position in
                position != match.lowerBound && text.hasText(other, at: position) && text.isWordStart(position)
                    && (text.hasText(other + " ", at: position) || text.hasText(other + ":", at: position))
            }
            guard paired || text.hasText(":", at: match.upperBound) else { return false }
        }
        if !text.isWordEnd(match.upperBound)
            && !particles.contains(where: { text.hasText($0, at: match.upperBound) })
        {
            return false
        }
        let sentence = text.sentenceRange(containing: match.lowerBound)
        let start = max(sentence.lowerBound, match.lowerBound - 12)
        let end = min(sentence.upperBound, match.upperBound + 24)
        return statusTerms.contains { term in
            let length = term.unicodeScalars.count
            guard end - start >= length else { return false }
            return (start...(end - length)).contains { position in
                !(match.lowerBound..<match.upperBound).contains(position) && text.hasText(term, at: position)
                    && !aspirations.starts(in: text, at: position + length)
            }
        }
    }
}
