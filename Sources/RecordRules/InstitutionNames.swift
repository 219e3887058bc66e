/// Context rules for 대학명·기관명·강사명: a generic noun ("대학 진학", "박물관 견학") is fine,
/// a proper name ("한국대학교", "국립중앙박물관", "김민수 교수") is not.
enum InstitutionNames {
    /// Words that make "X대학" generic rather than a name.
    static let genericUniversityPrefixes: Set<String> = [
        "국립", "사립", "공립", "지방", "희망", "목표", "일반", "해외", "외국", "전문", "교육", "의과", "공과", "사범",
        "방송통신", "사이버", "명문", "여자", "지역", "인근", "주요", "상위권", "간호", "예술", "종합", "각", "여러",
        "해당", "진학", "입학", "국내", "미국", "영국", "세계", "유명", "원하는", "과학기술", "산업", "체육", "음악", "미술",
    ]

    static let institutionSuffixes = [
        "재단", "협회", "연구소", "박물관", "과학관", "미술관", "기념관", "진흥원", "공사", "연구원", "학회", "은행", "병원", "적십자사",
        "공단", "방송국", "신문사", "출판사",
    ]

    /// Institutions that are places a student visits, written as their kind when named.
    static let placeKinds: Set<String> = ["박물관", "과학관", "미술관", "기념관", "병원", "방송국", "신문사", "출판사", "은행"]

    /// Generic institutions that pass the name test: "중앙은행의 역할", "국립공원".
    static let genericInstitutions: Set<String> = ["중앙은행", "대학병원", "종합병원", "동물병원", "국립병원", "시립병원"]
    /// Kinds of foundation or society, not names: "장학재단", "교내방송국".
    static let genericNamePrefixes: Set<String> = ["장학", "복지", "공익", "문화", "교육", "사회", "비영리", "민간", "공공", "교내", "학교", "지역"]

    /// Suffixes that name an institution after any two-syllable name ("환경재단", "과학학회").
    static let namedAfterAnything: Set<String> = ["재단", "학회", "적십자사", "방송국", "신문사", "출판사", "공사", "공단"]

    /// Prefixes that mark a proper institution name.
    static let properPrefixes = [
        "한국", "대한", "국립", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원",
        "충북", "충남", "전북", "전남", "경북", "경남", "제주", "국제", "세계", "아시아", "중앙",
    ]

    /// Education bodies the 기재요령 lets a record name (p.19).
    static let allowedInstitutions = [
        "교육부", "국사편찬위원회", "국립국제교육원", "중앙교육연수원", "국립특수교육원", "대한민국학술원",
        "교원소청심사위원회", "교육청", "교육지원청", "교육연구정보원", "교육연수원", "교육과학연구원",
    ]

    /// Nouns that can stand before 교수/강사/박사 and are not names.
    static let titleModifiers: Set<String> = [
        "지도", "초빙", "명예", "전문", "원어민", "담당", "대학", "객원", "시간", "외부", "초청", "특별", "방문",
        "현직", "유명", "저명", "연구", "전임", "겸임", "강의", "영어", "수학", "과학", "국어", "공학", "의학",
    ]

    /// Marks teachers type for a name they hide (○○대학교, OO고): what they hide is still a name.
    static let placeholderMarks = Set("○◯●◎OoXx×*＊".unicodeScalars)

    static func confirmsUniversity(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        if match.lowerBound > 0, placeholderMarks.contains(text.scalars[match.lowerBound - 1]) { return true }
        let word = text.wordRange(around: match.lowerBound)
        let prefix = text.slice(word.lowerBound..<match.lowerBound)
        // "대학교 수준", "대학 진학", "대학생", "대학원": no name before the word.
        guard prefix.unicodeScalars.count >= 2 else { return false }
        return !genericUniversityPrefixes.contains(prefix)
    }

    static func confirmsInstitution(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let word = text.wordRange(around: match.lowerBound)
        let wordText = text.slice(word)
        if allowedInstitutions.contains(where: { wordText.includes($0) }) { return false }
        let prefix = text.slice(word.lowerBound..<match.lowerBound)
        let prefixLength = prefix.unicodeScalars.count
        guard prefixLength >= 2 else { return false }
        let suffix = namedAfterAnything.first { text.hasText($0, at: match.lowerBound) }
        if genericInstitutions.contains(where: { wordText.hasPrefix($0) }) { return false }
        if suffix != nil && !genericNamePrefixes.contains(prefix) { return true }
        // "연구원" alone or after a field is a job ("화학 연구원처럼"), not an institute.
        if text.hasText("연구원", at: match.lowerBound) && prefixLength < 4 && !properPrefixes.contains(where: { prefix.hasPrefix($0) }) {
            return false
        }
        return prefixLength >= 4 || properPrefixes.contains { prefix.hasPrefix($0) }
    }

    /// Parts of a university that follow its name ("서울대학교 의과대학", "한국대 부속병원"): they go
    /// with the name, or the draft would keep "대학 의과대학".
    static let universityUnits = Cues([
        "의과대학", "공과대학", "사범대학", "간호대학", "약학대학", "자연과학대학", "인문대학", "사회과학대학", "경영대학", "예술대학",
        "대학원", "의대", "공대", "사범대", "약대", "부속병원", "병원", "부설", "연구소", "캠퍼스", "평생교육원", "영재교육원", "입학처",
    ])

    /// Endings of a department's or a school's name within a university ("간호학과", "컴퓨터공학부",
    /// "환경대학원", "생활과학대학").
    static let departmentEnds = ["학과", "학부", "전공", "대학원", "대학"]

    /// A university's name with the unit after it, and the placeholder before it ("○○대학교").
    @Sendable static func universityAndUnit(_ text: ScalarText, _ match: Range<Int>) -> Range<Int> {
        var start = match.lowerBound
        while start > 0, placeholderMarks.contains(text.scalars[start - 1]) { start -= 1 }
        let word = text.wordRange(around: match.lowerBound)
        let next = word.upperBound + 1
        guard word.upperBound < text.count, text.scalars[word.upperBound] == " " else { return start..<match.upperBound }
        if let length = universityUnits.match(in: text, at: next) { return start..<(next + length) }
        // A department: the next word up to its 학과·학부, without the particle after it.
        let nextWord = text.wordRange(around: next)
        for end in stride(from: nextWord.upperBound, to: next + 1, by: -1) {
            let candidate = text.slice(next..<end)
            if departmentEnds.contains(where: candidate.hasSuffix) { return start..<end }
        }
        return start..<match.upperBound
    }

    /// A program word with a named or hidden university (or one of its departments) shortly before
    /// it in the same sentence: "○○대학교 간호학과 전공 체험 캠프", "한국대 공대 여름 캠프".
    /// "CJ ENM": the company's unit after its letters belongs to the name.
    @Sendable static func withLatinUnit(_ text: ScalarText, _ match: Range<Int>) -> Range<Int> {
        var end = match.upperBound
        while end + 1 < text.count, text.scalars[end] == " ", ("A"..."Z").contains(text.scalars[end + 1]) {
            var next = end + 1
            while next < text.count, ScalarText.isASCIIAlphanumeric(text.scalars[next]) { next += 1 }
            guard next == text.count || !Hangul.isSyllable(text.scalars[next]) || next - end - 1 >= 2 else { break }
            end = next
        }
        return match.lowerBound..<end
    }

    @Sendable static func followsNamedUniversity(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        let windowStart = max(sentence.lowerBound, match.lowerBound - 24)
        var position = windowStart
        while position < match.lowerBound {
            if text.hasText("대학", at: position) {
                let range = position..<(position + 2)
                if confirmsUniversity(text, range) || universityAndUnit(text, range).upperBound > range.upperBound {
                    return true
                }
            }
            position += 1
        }
        // A university its name was stripped from ("대학교 공학교육센터 주말 로봇캠프"): one of its units
        // runs the program.
        if let universityWord = (windowStart..<match.lowerBound).first(where: { text.hasText("대학교 ", at: $0) }),
           let unit = text.nextWord(after: universityWord + 3),
           ["센터", "연구소", "연구원", "교육원", "학과", "학부", "캠퍼스", "주최", "주관"].contains(where: { text.slice(unit).hasSuffix($0) })
        {
            return true
        }
        // "OO대 SW캠프", "○○대 캠프": a hidden university by its short name.
        if (windowStart..<match.lowerBound).contains(where: { position in
            position > 0 && text.hasText("대 ", at: position) && placeholderMarks.contains(text.scalars[position - 1])
        }) {
            return true
        }
        return namedUniversities.occurs(in: text, windowStart..<match.lowerBound)
    }

    /// Universities by their short names, as teachers write them before a program.
    static let namedUniversities = Cues([
        "서울대", "연세대", "고려대", "카이스트", "KAIST", "포스텍", "성균관대", "한양대", "이화여대", "한국예술종합학교", "한예종",
        "과학기술원", "교육대학교", "교대", "UNIST", "GIST", "DGIST", "POSTECH",
    ])

    /// The name and the title together, so the name is what gets replaced.
    @Sendable static func nameAndTitle(_ text: ScalarText, _ match: Range<Int>) -> Range<Int> {
        var start = match.lowerBound
        if start > 0 && text.scalars[start - 1] == " " { start -= 1 }
        while start > 0 && Hangul.isSyllable(text.scalars[start - 1]) { start -= 1 }
        return start..<match.upperBound
    }

    /// "김민수 교수", "김민수교수님": a three-syllable name starting with a surname.
    static func confirmsPersonTitle(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        var nameEnd = match.lowerBound
        if nameEnd > 0 && text.scalars[nameEnd - 1] == " " { nameEnd -= 1 }
        var nameStart = nameEnd
        while nameStart > 0 && Hangul.isSyllable(text.scalars[nameStart - 1]) { nameStart -= 1 }
        let name = text.slice(nameStart..<nameEnd)
        guard name.unicodeScalars.count == 3, let first = name.unicodeScalars.first, KoreanNames.surnames.contains(first) else {
            return false
        }
        if titleModifiers.contains(name) || titleModifiers.contains(String(name.unicodeScalars.dropFirst().map(Character.init))) {
            return false
        }
        // Fields of study end in 학, 과, 부: "물리학 교수".
        return !["학", "과", "부", "적"].contains { name.hasSuffix($0) }
    }
}
