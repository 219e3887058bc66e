/// 학교를 알 수 있는 내용 (기재요령 2026 p.19, 유의사항 4): a school's name or abbreviation
/// ("한빛고등학교", "한빛고에서", "대원외고", "OO중학교", "○○ 고등학교") and a school festival's name
/// ("우리 학교 ○○제", "학교 한빛제"). A school level without a name is not a finding ("고등학교 생활",
/// "중학교 때 배운 개념", "학교 축제", "과학고 진학"), nor are words that end like an abbreviation
/// ("최고", "참고", "사고", "재고", "설명하고", "수업 중"). Festival names a school gives itself
/// are the request's own terms (extraForbiddenTerms → custom_term).
enum SchoolIdentity {
    static let reason = "학교명·약칭·축제명·재단명 등 학교를 알 수 있는 내용은 기재할 수 없음(기재요령 유의사항 4)"
    static let suggestion = "학교"
    static let festivalSuggestion = "학교 축제"

    /// Endings that are a school's name only with a name before them.
    static let fullSuffixes = ["여자고등학교", "여자중학교", "고등학교", "중학교", "초등학교", "고교"]
    /// Abbreviated school types: "대원외고", "서울과학고".
    static let typeSuffixes = ["마이스터고", "외국어고", "과학고", "예술고", "체육고", "국제고", "자사고", "정보고", "여고", "여중", "외고", "과고", "예고", "체고"]

    /// Words before 고등학교 that name a kind of school, not a school.
    static let genericPrefixes: Set<String> = [
        "일반", "특성화", "특수목적", "자율형사립", "자율형공립", "자율형", "사립", "공립", "국립", "국공립", "인근", "지역", "이웃",
        "주변", "해당", "타", "각", "본", "모든", "남자", "여자", "대안", "예술", "과학", "외국어", "국제", "마이스터", "전문계",
        "인문계", "실업계", "일반계", "특목", "자사", "농업", "공업", "상업", "체육", "영재", "명문", "혁신", "신설", "남녀공학",
        "중", "초", "초중", "중고", "초중고", "특수", "방송통신", "평생", "예비", "기숙", "시골", "도시", "농촌", "공동", "거점",
        "연구", "시범", "부설", "대학부설", "자공", "공학", "전국", "같은", "다른", "여러", "희망", "목표", "진학", "지원", "소재",
        "관내", "지역내", "단위", "정보", "디자인", "관광", "조리", "미용", "경찰", "해양", "항공", "간호", "보건", "음악", "미술",
    ]

    /// Nouns that end in 고: "최고", "참고", "사고" are not abbreviations.
    static let nounsEndingInGo: Set<String> = [
        "최고", "참고", "사고", "재고", "보고", "광고", "원고", "창고", "신고", "경고", "수고", "금고", "문고", "예고", "공고",
        "고고", "노고", "잔고", "탈고", "투고", "기고", "권고", "제고", "포고", "선고", "회고", "숙고", "상고", "적고", "마고",
        "부고", "논고", "초고", "퇴고", "출고", "입고", "반고", "태고", "안고", "지고", "하고", "되고", "있고", "없고",
    ]

    /// Syllables that end verb stems before the connective 고 ("남기고", "세우고", "보이고").
    static let verbEndings: Set<Unicode.Scalar> = Set("하되있없않했됐었았였겠시주보오가지들우이내놓받찾읽듣쓰알풀치리르기키히워와져려며추누두".unicodeScalars)

    /// Words after an abbreviation that show it is a school: "한빛고 학생", "한빛중 축제".
    static let schoolContext = Cues([
        " 학생", " 축제", " 재학", " 출신", " 졸업", " 교지", " 동문", " 교복", " 체육대회", " 선배", " 후배", " 시절", " 입학",
        " 1학년", " 2학년", " 3학년", " 교내", " 교사", " 선생님", " 교장", " 동아리", " 방송부", " 축구부", " 야구부", "생",
    ])
    /// Particles after an abbreviation; a connective 고 never takes them ("하고에서" is not Korean).
    static let abbreviationParticles = ["에서는", "에서도", "에서", "에는", "에", "의", "를", "을", "가", "와", "로", "으로", "만", "처럼", "보다"]
    static let particles = ["에서는", "에서도", "에서의", "에서", "에는", "에도", "에", "의", "를", "을", "가", "이", "와", "과", "로", "으로", "은", "는", "도", "만", "처럼", "보다"]

    /// Generic festivals: "학교 예술제".
    static let genericFestivals: Set<String> = [
        "예술제", "문화제", "합창제", "체육제", "과학제", "영화제", "음악제", "연극제", "독서제", "수학제", "학술제", "교류제",
        "학예제", "가요제", "미술제", "영어제", "국어제", "동아리제", "학급제", "전시제", "발표제", "진로제",
    ]
    /// Nouns ending in 제 after 학교: "학교 문제", "학교 과제".
    static let nounsEndingInJe: Set<String> = [
        "문제", "주제", "경제", "과제", "체제", "숙제", "실제", "해제", "통제", "의제", "축제", "예제", "세제", "가제", "전제", "규제",
        "조제", "약제", "결제", "공제", "편제", "학제", "형제", "방제", "억제", "관제", "사제", "시제", "화제", "명제", "강제", "부제",
        "자제", "절제", "제제", "복제", "발제", "출제", "선제", "합제", "연제", "수제", "대제", "본제", "예제", "교제", "필제",
    ]

    private static let placeholders = Cues(KoreanNames.placeholders.filter { $0.unicodeScalars.count >= 2 || $0 == "○" || $0 == "◯" })

    static func findings(in text: ScalarText) -> [RuleChecker.ClauseAssessment.Finding] {
        var findings: [RuleChecker.ClauseAssessment.Finding] = []
        var index = 0
        while index < text.count {
            guard Hangul.isSyllable(text.scalars[index]), index == 0 || !Hangul.isSyllable(text.scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
            if let found = school(in: text, word: index..<end) ?? festival(in: text, word: index..<end) {
                findings.append(.init(
                    violation: Violation(
                        category: .schoolIdentity, severity: .block, span: text.span(found.range),
                        excerpt: text.slice(found.range), reason: reason, suggestion: found.generic),
                    rephrasing: .replaceTerm(found.generic)))
            }
            index = end
        }
        return findings
    }

    /// The placeholder right before `position` ("○○고등학교", "OO 중학교"), as its start.
    private static func placeholderStart(_ text: ScalarText, before position: Int) -> Int? {
        for gap in [0, 1] {
            let end = position - gap
            if gap == 1 && !(end >= 0 && end < text.count && text.scalars[end] == " ") { continue }
            for length in [2, 1] where end - length >= 0 {
                let start = end - length
                if placeholders.match(in: text, at: start) == length,
                   start == 0 || !ScalarText.isWordCharacter(text.scalars[start - 1]) || ScalarText.isASCIIAlphanumeric(text.scalars[start])
                {
                    // "OO" is ASCII: the Hangul word starts after it; anything else before "OO" is another word.
                    if start > 0 && ScalarText.isASCIIAlphanumeric(text.scalars[start - 1]) { continue }
                    return start
                }
            }
        }
        return nil
    }

    private static func school(in text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        let scalars = Array(text.scalars[word])
        for suffix in fullSuffixes + typeSuffixes + ["고", "중"] {
            let suffixScalars = Array(suffix.unicodeScalars)
            // The suffix ends the word or is followed by a particle.
            for cut in stride(from: scalars.count - suffixScalars.count, through: 0, by: -1)
            where scalars[cut..<(cut + suffixScalars.count)].elementsEqual(suffixScalars) {
                let suffixEnd = word.lowerBound + cut + suffixScalars.count
                let rest = text.slice(suffixEnd..<word.upperBound)
                let isFull = fullSuffixes.contains(suffix)
                let isType = typeSuffixes.contains(suffix)
                guard rest.isEmpty || particles.contains(rest) || (!isFull && rest == "생") else { continue }
                let prefix = String(scalars: scalars[..<cut])
                let nameStart = word.lowerBound
                if let placeholder = placeholderStart(text, before: nameStart), prefix.isEmpty || isFull {
                    return (placeholder..<word.upperBound, "학교")
                }
                guard !prefix.isEmpty, !genericPrefixes.contains(prefix) else { continue }
                let prefixLength = cut
                if isFull || isType {
                    if isType && prefixLength < 2 { continue }
                    if isType && (Style.verbalNouns.contains(prefix) || prefix == "사전" || prefix == "일정") { continue }
                    return (word, "학교")
                }
                guard prefixLength >= 2 else { continue }
                let lastTwo = String(scalars: scalars[(cut - 1)...cut])
                if suffix == "고" {
                    if nounsEndingInGo.contains(lastTwo) { continue }
                    let hasParticle = abbreviationParticles.contains(rest) || rest == "생"
                    let hasContext = rest.isEmpty && schoolContext.starts(in: text, at: word.upperBound)
                        && !verbEndings.contains(scalars[cut - 1])
                    if hasParticle || hasContext { return (word, "학교") }
                } else {
                    // 중: only before a word that makes it a school ("한빛중 학생"), never "수업 중".
                    if Style.verbalNouns.contains(prefix) || lastTwo == "집중" || lastTwo == "도중" || lastTwo == "존중" { continue }
                    if rest.isEmpty && schoolContext.starts(in: text, at: word.upperBound) && !text.hasText("생", at: word.upperBound) {
                        return (word, "학교")
                    }
                }
            }
        }
        // "○○ 고등학교" with the placeholder as its own word.
        return nil
    }

    private static func festival(in text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        let scalars = Array(text.scalars[word])
        // "○○제", "OO 축제", "○○축제"
        if let placeholder = placeholderStart(text, before: word.lowerBound) {
            for stem in ["축제", "제"] where scalars.starts(with: stem.unicodeScalars) {
                let rest = String(scalars: scalars.dropFirst(stem.unicodeScalars.count))
                if rest.isEmpty || particles.contains(rest) || rest == "가" {
                    // "우리 학교 ○○제" → "우리 학교 축제".
                    let afterSchool = text.previousWord(before: placeholder).map { text.slice($0) == "학교" } ?? false
                    return (placeholder..<word.upperBound, afterSchool ? "축제" : "학교 축제")
                }
            }
        }
        // "학교 한빛제에서", "우리 학교 별빛제"
        guard let previous = text.previousWord(before: word.lowerBound), ["학교", "본교", "교내"].contains(text.slice(previous)) else {
            return nil
        }
        for cut in stride(from: scalars.count - 1, through: 2, by: -1) where scalars[cut] == "제" {
            let rest = String(scalars: scalars[(cut + 1)...])
            guard rest.isEmpty || particles.contains(rest) else { continue }
            let name = String(scalars: scalars[...cut])
            let lastTwo = String(scalars: scalars[(cut - 1)...cut])
            if genericFestivals.contains(name) || nounsEndingInJe.contains(lastTwo) { return nil }
            return (word.lowerBound..<(word.lowerBound + cut + 1), "축제")
        }
        return nil
    }
}
