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
        "부고", "논고", "초고", "퇴고", "출고", "입고", "반고", "태고", "안고", "지고", "되고", "있고", "없고",
    ]

    /// Syllables that end verb stems before the connective 고 ("남기고", "세우고", "보이고").
    static let verbEndings: Set<Unicode.Scalar> = Set("하되있없않했됐었았였겠시주보오가지들우이내놓받찾읽듣쓰알풀치리르기키히워와져려며추누두".unicodeScalars)

    /// Words after an abbreviation that show it is a school: "한빛고 학생", "한빛중 축제", "한빛고 과학실".
    static let schoolContext = Cues([
        " 학생", " 축제", " 재학", " 출신", " 졸업", " 교지", " 동문", " 교복", " 체육대회", " 선배", " 후배", " 시절", " 입학",
        " 1학년", " 2학년", " 3학년", " 교내", " 교사", " 선생님", " 교장", " 동아리", " 방송부", " 축구부", " 야구부", "생",
        " 과학실", " 도서관", " 운동장", " 강당", " 교실", " 체육관", " 대표", " 학생회", " 선수", " 교정", " 급식", " 음악실",
        " 미술실", " 컴퓨터실", " 교무실", " 합창단", " 밴드", " 방송",
        // The school's own events: "한빛고 진로의 날 특강", "한빛고 개교기념일".
        " 진로의 날", " 진로 주간", " 진로 특강", " 특강", " 행사", " 개교", " 입학식", " 졸업식", " 수학여행", " 현장체험", " 학예회",
        " 학술제", " 과학의 날", " 독서의 날", " 스포츠", " 봉사단", " 학부모", " 홈페이지", " 인스타", " 유튜브", " 신문", " 교육과정",
        // A club named after the school with its field between: "한빛고 과학 동아리".
        " 과학 동아리", " 수학 동아리", " 영어 동아리", " 토론 동아리", " 환경 동아리", " 독서 동아리", " 방송 동아리", " 코딩 동아리",
        " 로봇 동아리", " 과학반", " 토론반", " 수학반", " 영어반",
        // Its exhibitions and shows: "한빛고 역사 전시회에도 작품 걸림".
        " 전시", " 역사 전시", " 과학 전시", " 작품 전시", " 발표회", " 공연", " 음악회", " 캠페인", " 벼룩시장", " 바자회",
    ])
    /// Two-syllable verb stems in 하 that take the connective 고 before those words ("말하고 학생들과").
    static let haVerbs: Set<String> = [
        "말하", "향하", "위하", "대하", "통하", "관하", "의하", "행하", "변하", "속하", "택하", "달하", "더하", "못하", "약하", "강하",
        "편하", "급하", "심하", "귀하", "응하", "구하", "청하", "권하", "고하", "취하", "원하", "정하", "선하", "착하", "순하", "흔하",
    ]
    /// Particles after an abbreviation; a connective 고 never takes them ("하고에서" is not Korean).
    static let abbreviationParticles = ["에서는", "에서도", "에서", "에는", "에", "의", "를", "을", "가", "와", "로", "으로", "만", "처럼", "보다"]
    static let particles = ["에서는", "에서도", "에서의", "에서", "에는", "에도", "에", "의", "를", "을", "가", "이", "와", "과", "로", "으로", "은", "는", "도", "만", "처럼", "보다"]

    /// Generic festivals: "학교 예술제".
    static let genericFestivals: Set<String> = [
        "예술제", "문화제", "합창제", "체육제", "과학제", "영화제", "음악제", "연극제", "독서제", "수학제", "학술제", "교류제",
        "학예제", "가요제", "미술제", "영어제", "국어제", "동아리제", "학급제", "전시제", "발표제", "진로제", "전야제", "체육대회",
    ]
    /// Nouns ending in 제 after 학교: "학교 문제", "학교 과제".
    static let nounsEndingInJe: Set<String> = [
        "문제", "주제", "경제", "과제", "체제", "숙제", "실제", "해제", "통제", "의제", "축제", "예제", "세제", "가제", "전제", "규제",
        "조제", "약제", "결제", "공제", "편제", "학제", "형제", "방제", "억제", "관제", "사제", "시제", "화제", "명제", "강제", "부제",
        "자제", "절제", "제제", "복제", "발제", "출제", "선제", "합제", "연제", "수제", "대제", "본제", "교제", "필제",
        // Systems (의원내각제, 학점제, 징병제) and agents (촉매제, 항생제), rites (기우제) and 백제.
        "각제", "령제", "점제", "병제", "거제", "건제", "분제", "품제", "현제", "비제", "당제", "표제", "량제", "진제", "충제",
        "착제", "매제", "활제", "독제", "존제", "미제", "백제", "초제", "열제", "생제", "구제", "원제", "우제", "신제", "동제",
        "급제", "낙제", "면제", "기제", "모제", "정제", "산제", "균제", "액제", "포제", "임제", "역제", "족제", "한제", "택제",
        "권제", "계제", "금제", "벌제", "상제", "위제", "용제", "탁제", "망제",
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
            if let found = school(in: text, word: index..<end) ?? festival(in: text, word: index..<end)
                ?? foundation(in: text, word: index..<end)
            {
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

    /// Every suffix with its scalars, folded once.
    private static let suffixes: [(text: String, scalars: [Unicode.Scalar], isFull: Bool, isType: Bool)] =
        (fullSuffixes + typeSuffixes + ["고", "중"]).map { suffix in
            (suffix, Array(suffix.unicodeScalars), fullSuffixes.contains(suffix), typeSuffixes.contains(suffix))
        }
    /// Every school suffix ends in one of these: a word without them is skipped at once.
    private static let suffixEnds: Set<Unicode.Scalar> = ["교", "고", "중"]

    private static func school(in text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        guard text.scalars[word].contains(where: suffixEnds.contains) else { return nil }
        let scalars = Array(text.scalars[word])
        for (suffix, suffixScalars, isFull, isType) in suffixes where suffixScalars.count <= scalars.count {
            // The suffix ends the word or is followed by a particle.
            for cut in stride(from: scalars.count - suffixScalars.count, through: 0, by: -1)
            where scalars[cut..<(cut + suffixScalars.count)].elementsEqual(suffixScalars) {
                let suffixEnd = word.lowerBound + cut + suffixScalars.count
                let rest = text.slice(suffixEnd..<word.upperBound)
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
                    // "깜빡했다고만", "하자고도": what someone said, quoted by 다고·라고·자고·냐고.
                    if "다라자냐".unicodeScalars.contains(scalars[cut - 1]) { continue }
                    let hasParticle = abbreviationParticles.contains(rest) || rest == "생"
                    // A connective 고 ("설명하고 학생들과"): a verb stem before it, not a name ("은하고 학생").
                    let previous = scalars[cut - 1]
                    // Stems ending in these finals are verbs and adjectives ("어렵고", "괜찮고", "똑같고",
                    // "받고"); school names end in open syllables or ㄱ, ㄴ, ㄹ, ㅁ, ㅇ, ㅊ (한빛).
                    let verbFinal = Hangul.decompose(previous).map { [6, 7, 9, 11, 15, 17, 18, 20, 22, 25, 26, 27].contains($0.final) } ?? false
                    let looksLikeVerb = previous == "하"
                        ? prefixLength >= 3 || haVerbs.contains(prefix)
                        : verbEndings.contains(previous) || verbFinal
                    let hasContext = rest.isEmpty && schoolContext.starts(in: text, at: word.upperBound) && !looksLikeVerb
                    if hasParticle || hasContext { return (word, "학교") }
                } else {
                    // 중: only before a word that makes it a school ("한빛중 학생"), never "수업 중".
                    if Style.verbalNouns.contains(prefix) || lastTwo == "집중" || lastTwo == "도중" || lastTwo == "존중" { continue }
                    if rest.isEmpty && schoolContext.starts(in: text, at: word.upperBound) {
                        return (word, "학교")
                    }
                }
            }
        }
        return nil
    }

    /// Words that make a sentence about a festival: a name ending in 제 in it is the festival's.
    static let festivalContext = Cues([
        "축제", "페스티벌", "부스", "공연", "무대", "기획단", "준비위원", "먹거리", "개막", "폐막", "사회를 봄", "사회를 맡", "학교 행사",
        "축전", "사진", "전시", "행사", "기간",
    ])
    /// Festivals named by what they are about, not by a name: "가을축제", "과학축제", "벚꽃축제".
    static let genericFestivalNames: Set<String> = [
        "학교", "교내", "가을", "봄", "여름", "겨울", "과학", "수학", "영어", "독서", "문화", "음악", "미술", "체육", "예술", "지역",
        "학급", "동아리", "진로", "벚꽃", "불꽃", "빛", "먹거리", "음식", "영화", "연극", "합창", "댄스", "축구", "세계", "국제",
        "청소년", "대학", "마을", "전통", "민속", "다문화", "환경", "나눔", "과학탐구", "발명", "진로체험", "학생", "문학", "역사",
        "한글", "독도", "수학여행", "체험", "꽃", "눈", "얼음", "등", "등불", "바다", "강", "산", "농촌", "도시", "우리",
    ]
    /// School aliases and member names: "'푸른숲 학교'", "'한빛인' 정신".
    static let aliasContext = Cues(["별칭", "애칭", "교훈", "교가", "정신", "으로서", "다운", "답게"])
    static let aliasEndings = ["학교", "인", "제", "축제", "페스티벌", "고", "중"]

    /// Placeholders and quoted or attached names: "○○제", "'푸른제'", "별빛축제", "학교 한빛제".
    private static func festival(in text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        // Every festival name ends in 제 (축제); aliases are quoted.
        guard text.scalars[word].contains("제") || isQuoted(text, word) else { return nil }
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
        // "별빛축제", "단비축제": a festival with a name attached.
        if let cut = suffixCut(scalars, "축제"), cut >= 2 {
            let name = String(scalars: scalars[..<cut])
            if !genericFestivalNames.contains(name) && !genericFestivalNames.contains(where: { name.hasSuffix($0) && $0.count >= 2 }) {
                return (word.lowerBound..<(word.lowerBound + cut + 2), "축제")
            }
        }
        // "학교 한빛제에서", "한빛제에서 밴드 공연을 기획함": a name ending in 제 about a festival.
        let sentence = text.sentenceRange(containing: word.lowerBound)
        let afterSchool = text.previousWord(before: word.lowerBound).map { ["학교", "본교", "교내"].contains(text.slice($0)) } ?? false
        if let cut = suffixCut(scalars, "제"), cut >= 2, afterSchool || festivalContext.occurs(in: text, sentence) {
            let name = String(scalars: scalars[...cut])
            let lastTwo = String(scalars: scalars[(cut - 1)...cut])
            if !genericFestivals.contains(name) && !nounsEndingInJe.contains(lastTwo) && !isQuoted(text, word) {
                return (word.lowerBound..<(word.lowerBound + cut + 1), "축제")
            }
        }
        return quotedAlias(text, word: word)
    }

    /// A school foundation: "대성학원 재단", "학교법인 한빛학원".
    private static func foundation(in text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        if word.count >= 3, text.hasText("학원", at: word.upperBound - 2),
           text.hasText(" 재단", at: word.upperBound) || text.hasText("재단", at: word.upperBound) || text.hasText(" 이사장", at: word.upperBound)
        {
            return (word, "학교")
        }
        if word.count == 4, text.hasText("학교법인", at: word.lowerBound), let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1 {
            return (word.lowerBound..<next.upperBound, "학교")
        }
        return nil
    }

    /// The index of `suffix` in `scalars` when only a particle follows it.
    private static func suffixCut(_ scalars: [Unicode.Scalar], _ suffix: String) -> Int? {
        let suffixScalars = Array(suffix.unicodeScalars)
        for cut in stride(from: scalars.count - suffixScalars.count, through: 0, by: -1)
        where scalars[cut..<(cut + suffixScalars.count)].elementsEqual(suffixScalars) {
            let rest = String(scalars: scalars[(cut + suffixScalars.count)...])
            if rest.isEmpty || particles.contains(rest) || rest == "인" || rest == "가" { return cut }
        }
        return nil
    }

    private static let quotes: [Unicode.Scalar: Unicode.Scalar] = ["'": "'", "\"": "\"", "‘": "’", "“": "”", "「": "」"]

    private static func isQuoted(_ text: ScalarText, _ word: Range<Int>) -> Bool {
        word.lowerBound > 0 && quotes[text.scalars[word.lowerBound - 1]] != nil
    }

    /// "'푸른제'", "'솔빛 페스티벌'", "'푸른숲 학교'", "'한빛인' 정신": a quoted name of the school or
    /// its festival, in a sentence about a festival or an alias.
    private static func quotedAlias(_ text: ScalarText, word: Range<Int>) -> (range: Range<Int>, generic: String)? {
        guard word.lowerBound > 0, let close = quotes[text.scalars[word.lowerBound - 1]] else { return nil }
        let open = word.lowerBound - 1
        guard let end = text.scalars[word.lowerBound...].prefix(16).firstIndex(of: close) else { return nil }
        let quoted = text.slice(word.lowerBound..<end)
        guard !quoted.isEmpty, quoted.unicodeScalars.count <= 12 else { return nil }
        let sentence = text.sentenceRange(containing: word.lowerBound)
        guard let ending = aliasEndings.first(where: { quoted.hasSuffix($0) && quoted.count > $0.count }) else { return nil }
        let isFestival = ending == "제" || ending == "축제" || ending == "페스티벌"
        if isFestival {
            let lastTwo = String(quoted.suffix(2))
            guard festivalContext.occurs(in: text, sentence), !nounsEndingInJe.contains(lastTwo), !genericFestivals.contains(quoted) else {
                return nil
            }
            return (open..<(end + 1), "학교 축제")
        }
        guard aliasContext.occurs(in: text, sentence) || festivalContext.occurs(in: text, sentence) else { return nil }
        return (open..<(end + 1), "학교")
    }
}
