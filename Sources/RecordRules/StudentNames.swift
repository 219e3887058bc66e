/// The student's name never appears in a record (주어는 생략함): the names the request gives (full or
/// given name alone: "민지는" when 김민지 is on the roster), and, without a roster, what reads as a
/// person's name: a plausible name before 학생·군·양 ("김민지 학생은", "이현 군") or a placeholder
/// ("김OO", "박○○ 학생", "이 모 학생", "○○이는").
///
/// A plausible name is a common surname followed by one or two syllables that all occur in given
/// names, and not one of the ordinary words that pass that test ("우수 학생", "지도 학생", "남은 학생";
/// KoreanNames.ordinaryWords). "대상 학생", "모든 학생", "전학생", "여학생", "해당 학생" fail the
/// syllable test or are one word with 학생.
struct StudentNames: Sendable {
    static let reason = "학생 이름은 기재하지 않음"
    static let placeholderReason = "학생 이름(○○ 등 자리표시 포함)은 기재하지 않음"
    static let suggestion = "이름 없이 주어를 생략하여 씀"

    /// Roster names (folded), longest first, and the given names that may stand alone.
    private let fullNames: [[UInt32]]
    private let givenNames: [(name: [UInt32], isOrdinary: Bool)]

    /// Given names that are also ordinary words ("하나의", "지원을"): reported alone only with a
    /// suffix that marks a name (이는, 이가) or 학생.
    static let ordinaryGivenNames: Set<String> = [
        "하나", "지원", "하늘", "보람", "한결", "나래", "슬기", "은혜", "소망", "사랑", "민주", "정의", "진리", "다솜", "아름",
        "가람", "누리", "나라", "으뜸", "기쁨", "바다", "한빛", "소리", "노을", "단비", "이슬", "지혜", "성실", "지성", "인성",
        "감성", "상상", "창의", "미래", "희망", "소연", "다인", "세상", "우주", "한울", "새봄", "여름", "가을", "겨울", "예지",
        "수지", "주연", "조연", "성장", "도전", "용기", "믿음", "사라", "마루", "보배",
    ]

    /// What may follow a name: particles, 학생, 양, 군.
    static let nameFollowers = Cues([
        "이는", "이가", "이의", "이를", "이와", "이도", "이랑", "이에게", "이한테", "이만", "이처럼", "이네", "께서",
        "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에게", "한테", "랑", "만", "처럼", "야", "아", "씨",
        "학생", " 학생", " 양", " 군", " 씨",
    ])
    /// Suffixes only a name takes.
    static let nameOnlyFollowers = Cues(["이는", "이가", "이의", "이를", "이와", "이도", "이랑", "이에게", "학생", " 학생", " 양", " 군"])

    static let subjectParticles = ["은", "는", "이", "가", "께서", "이는", "이가"]

    init(roster: [String]) {
        var full: [[UInt32]] = []
        var given: [(name: [UInt32], isOrdinary: Bool)] = []
        for name in roster {
            let scalars = Array(name.trimmed.nfc.unicodeScalars.filter { $0 != " " })
            guard !scalars.isEmpty else { continue }
            full.append(ScalarText.fold(String(scalars: scalars)))
            guard scalars.allSatisfy(Hangul.isSyllable), scalars.count >= 3 else { continue }
            let surnameLength = KoreanNames.compoundSurnames.contains(String(scalars: scalars.prefix(2))) && scalars.count >= 4 ? 2 : 1
            let rest = Array(scalars.dropFirst(surnameLength))
            guard rest.count >= 2 else { continue }
            let text = String(scalars: rest)
            given.append((ScalarText.fold(text), Self.ordinaryGivenNames.contains(text)))
        }
        fullNames = full.sorted { $0.count > $1.count }
        givenNames = given
    }

    var isEmpty: Bool { fullNames.isEmpty }

    func findings(in text: ScalarText) -> [RuleChecker.ClauseAssessment.Finding] {
        var findings: [RuleChecker.ClauseAssessment.Finding] = []
        var index = 0
        while index < text.count {
            guard text.isWordStart(index) else {
                index += 1
                continue
            }
            if let name = rosterName(in: text, at: index) {
                findings.append(Self.finding(text, name: index..<(index + name), reason: Self.reason, dropAlways: true))
                index += name
                continue
            }
            index += 1
        }
        return findings
    }

    /// The length of a roster name (full, or given with a name's suffix) at `index`.
    private func rosterName(in text: ScalarText, at index: Int) -> Int? {
        if let full = fullNames.first(where: { text.matches($0, at: index) }) {
            let end = index + full.count
            // Latin names stand alone; Hangul names may carry a particle.
            if full.last.map({ $0 < 0x80 }) == true && !text.isWordEnd(end) && ScalarText.isASCIIAlphanumeric(text.scalars[end]) {
                return nil
            }
            return full.count
        }
        for given in givenNames where text.matches(given.name, at: index) {
            let end = index + given.name.count
            if given.isOrdinary {
                if Self.nameOnlyFollowers.starts(in: text, at: end) { return given.name.count }
            } else if text.isWordEnd(end) || Self.nameFollowers.starts(in: text, at: end) || Self.subjectYi.starts(in: text, at: end)
                // "아이디어 서연이": the 이 closing the line.
                || end + 1 == text.count && text.hasText("이", at: end)
            {
                return given.name.count
            }
        }
        return nil
    }

    /// A roster given name as a subject: "예린이 낸 것" (이 alone, then a space or a mark).
    private static let subjectYi = Cues(["이 ", "이.", "이,", "이\n", "이)"])

    /// People the notes name in parentheses after who they are: "전학 온 친구(민지)", "짝(서준이)".
    private static let namedPeople = Cues(["친구", "친구들", "짝", "후배", "선배", "동생", "모둠원", "부원", "반장", "부반장", "조원", "팀원"])

    /// "친구(민지)": a classmate's name in parentheses; the range covers who they are and the name.
    private static func nameInParentheses(_ text: ScalarText, _ index: Int) -> Range<Int>? {
        guard text.scalars[index] == "(", index > 0 else { return nil }
        var start = index
        while start > 0, Hangul.isSyllable(text.scalars[start - 1]) { start -= 1 }
        guard let person = namedPeople.match(in: text, at: start), start + person == index else { return nil }
        var end = index + 1
        while end < text.count, Hangul.isSyllable(text.scalars[end]) { end += 1 }
        guard end < text.count, text.scalars[end] == ")" else { return nil }
        var name = Array(text.scalars[(index + 1)..<end])
        // "서준이": the 이 spoken after a given name that ends in a consonant.
        if name.count == 3, name.last == "이", let before = Hangul.decompose(name[1]), before.final != 0 { name.removeLast() }
        // Two syllables of given names ("민지"), or three with a surname ("김민지"); never a group ("수학반").
        let isName = name.count == 2 ? name.allSatisfy(KoreanNames.givenSyllables.contains) : name.count == 3 && KoreanNames.isPlausibleName(name)
        guard isName, !KoreanNames.ordinaryWords.contains(String(scalars: name)), !"반부팀조단회과".unicodeScalars.contains(name[name.count - 1]) else {
            return nil
        }
        return start..<(end + 1)
    }

    /// Names found by their form, without a roster.
    static func patternFindings(in text: ScalarText) -> [RuleChecker.ClauseAssessment.Finding] {
        var findings: [RuleChecker.ClauseAssessment.Finding] = []
        var index = 0
        while index < text.count {
            if let named = nameInParentheses(text, index) {
                findings.append(.init(
                    violation: Violation(
                        category: .personalInformation, severity: .block, span: text.span(named), excerpt: text.slice(named),
                        reason: "다른 학생의 이름은 기재하지 않음", suggestion: "이름 없이 씀"),
                    // "친구(민지)" → "친구": who they are stays, their name goes.
                    rephrasing: .replaceTerm(String(text.slice(named).prefix { $0 != "(" }))))
                index = named.upperBound
                continue
            }
            if let found = relatedName(text, index) {
                // "친구 김태리가" → "친구가"; "옆 자리 이도윤 손등" → "옆 자리 친구 손등": who they are to the
                // student stays, so the sentence still says what the student did for them.
                let previous = text.previousWord(before: found.lowerBound).flatMap { text.slice($0) == "친구" ? $0 : nil }
                findings.append(finding(text, name: (previous?.lowerBound ?? found.lowerBound)..<found.upperBound, reason: reason, dropAlways: false, classmate: true))
                index = found.upperBound
                continue
            }
            if let found = popularName(text, index) {
                findings.append(found.finding)
                index = found.end
                continue
            }
            if let found = hypocoristicName(text, index) {
                findings.append(finding(text, name: found, reason: reason, dropAlways: false))
                index = found.upperBound
                continue
            }
            if let found = nameAt(text, index) {
                findings.append(finding(text, name: found.range, reason: found.placeholder ? placeholderReason : reason, dropAlways: false))
                index = found.range.upperBound
                continue
            }
            index += 1
        }
        return findings
    }

    private static let titles = Cues([" 학생", "학생", " 군", " 양", " 님", "님"])
    private static let titleParticles = Cues(["은", "는", "이", "가", "과", "와", "의", "에게", "도", "을", "를", "이나", "만"])
    private static let spacedTitles = Cues([" 학생", " 군", " 양", " 씨"])
    private static let placeholderCues = Cues(KoreanNames.placeholders)
    /// "이 군은 인구가 줄어" is a county.
    private static let countyContext = Cues(["인구", "지역", "면적", "군청", "마을", "주민", "농촌", "특산물", "지자체", "행정"])
    private static let surnameTitles = Cues([
        " 군은", " 군이", " 군의", " 군과", " 군에게", " 군도", " 군을", " 양은", " 양이", " 양의", " 양과", " 양에게", " 양도", " 양을",
    ])
    private static let vaguePlaceholder = Cues([" 모 학생", " 모 군", " 모 양", " 모 씨", "모 학생", "모 군", "모 양"])

    /// The name when the sentence holds nothing else (a closing 임 aside); nil otherwise.
    private static func nameAlone(_ text: ScalarText, _ index: Int, _ end: Int) -> Range<Int>? {
        let sentence = text.sentenceRange(containing: index)
        guard text.skippingSpacesForward(from: sentence.lowerBound) == index,
              (end..<sentence.upperBound).allSatisfy({ !ScalarText.isWordCharacter(text.scalars[$0]) })
        else { return nil }
        var name = Array(text.scalars[index..<end])
        if name.count == 4, name.last == "임" { name.removeLast() }
        guard name.count == 3, KoreanNames.isPlausibleName(name), !KoreanNames.ordinaryWords.contains(String(scalars: name)) else { return nil }
        return index..<(index + name.count)
    }

    private static func nameAt(_ text: ScalarText, _ index: Int) -> (range: Range<Int>, placeholder: Bool)? {
        let scalar = text.scalars[index]
        guard Hangul.isSyllable(scalar) else { return placeholderAlone(text, index) }
        guard text.isWordStart(index), KoreanNames.surnames.contains(scalar) else { return nil }
        if KoreanNames.commonSurnames.contains(scalar) {
            // 김OO, 박○○ 학생, 이 ○○ 학생
            let spaced = text.hasText(" ", at: index + 1)
            if let length = placeholderCues.match(in: text, at: spaced ? index + 2 : index + 1) {
                let end = (spaced ? index + 2 : index + 1) + length
                let attachedEnd = end >= text.count || !Hangul.isSyllable(text.scalars[end]) || nameFollowers.starts(in: text, at: end)
                if spaced ? spacedTitles.starts(in: text, at: end) || nameOnlyFollowers.starts(in: text, at: end) : attachedEnd {
                    return (index..<end, true)
                }
            }
            // 이 모 학생, 김모 군
            if let length = vaguePlaceholder.match(in: text, at: index + 1) {
                return (index..<(index + 1 + length), true)
            }
        }
        // 이 군은, 김 양이: a surname alone before 군·양 and a particle ("김 양식", "이 양의 물" are not).
        if KoreanNames.commonSurnames.contains(scalar), text.isWordEnd(index + 1),
           let title = surnameTitles.match(in: text, at: index + 1),
           !(text.hasText(" 양", at: index + 1) && (scalar == "이" || scalar == "한" || scalar == "그")),
           !(scalar == "이" && countyContext.occurs(in: text, text.sentenceRange(containing: index)))
        {
            return (index..<(index + 1 + title), false)
        }
        // 김민지 학생, 남궁민수 군, 박서준학생
        var end = index
        while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
        // "최준호(2학년 3반 15번) 학생은": the title after a parenthesis.
        if end < text.count, text.scalars[end] == "(",
           let close = text.scalars[end...].prefix(20).firstIndex(of: ")"),
           text.hasText(" 학생", at: close + 1) || text.hasText("학생", at: close + 1),
           KoreanNames.isPlausibleName(Array(text.scalars[index..<end]))
        {
            return (index..<end, false)
        }
        // "박지호 / 2학년 5반 / 한빛고": a name that is a line (or a field of one) all by itself, as the
        // heading of a student's notes; "박지호임." is that line closed as a sentence.
        if let alone = nameAlone(text, index, end) { return (alone, false) }
        let titled = text.hasText(" 학생", at: end) || text.hasText(" 군", at: end) || text.hasText(" 양", at: end)
        // "박서준학생이": 학생 written onto the name, with or without a particle after it.
        let attached = (index + 3...index + 4).first { start in
            start + 2 <= end && text.hasText("학생", at: start)
                && (start + 2 == end || titleParticles.starts(in: text, at: start + 2) || text.hasText("들", at: start + 2))
        }
        if let attached {
            let name = Array(text.scalars[index..<attached])
            return KoreanNames.isPlausibleName(name) ? (index..<attached, false) : nil
        }
        guard titled else { return nil }
        let word = Array(text.scalars[index..<end])
        guard KoreanNames.isPlausibleName(word) else { return nil }
        // "전교 학생회": an organisation; a three-syllable name before 학생회장 is still a name.
        if text.hasText(" 학생회", at: end) && word.count < 3 { return nil }
        if text.hasText(" 학생", at: end) { return (index..<end, false) }
        // 양 and 군 are also amounts and counties ("공기 양"): three-syllable names only.
        if word.count >= 3 && (text.hasText(" 군", at: end) || text.hasText(" 양", at: end))
            && (text.isWordEnd(end + 2) || titleParticles.starts(in: text, at: end + 2))
        {
            return (index..<end, false)
        }
        return nil
    }

    /// "지우랑 둘이서 편집함", "민서는 건축 쪽으로", "민재가 시비 붙었을 때": a common given name alone with
    /// a particle. Opening a sentence as its topic it is the student, who goes unnamed; with 랑·와·한테
    /// it is the classmate the student did something with or for ("친구와"); as a subject or a
    /// possessor it could be either, and the sentence is left out rather than guessed at.
    private static func popularName(_ text: ScalarText, _ index: Int) -> (finding: RuleChecker.ClauseAssessment.Finding, end: Int)? {
        guard index + 2 <= text.count, text.isWordStart(index), Hangul.isSyllable(text.scalars[index]) else { return nil }
        // "유건우 건데요": a surname before a common given name makes it a full name.
        let surnamed = index + 3 <= text.count && KoreanNames.commonSurnames.contains(text.scalars[index])
            && KoreanNames.popularGivenFirstScalars.contains(text.scalars[index + 1])
            && KoreanNames.popularGivenNames.contains(String(scalars: text.scalars[(index + 1)..<(index + 3)]))
            && !KoreanNames.ordinaryWords.contains(String(scalars: text.scalars[index..<(index + 3)]))
        guard surnamed || KoreanNames.popularGivenNames.contains(String(scalars: text.scalars[index..<(index + 2)])) else { return nil }
        let name = index..<(index + (surnamed ? 3 : 2))
        // "이현우 강사의 특강": an adult by name and title is someone the school invited, named by another rule.
        if surnamed {
            let titleStart = text.hasText(" ", at: name.upperBound) ? name.upperBound + 1 : name.upperBound
            if adultTitles.match(in: text, at: titleStart) != nil { return nil }
            // "김민지 학생은", "최준호(2학년 3반 15번) 학생은": a name with its title is the full-name rule's.
            if titles.starts(in: text, at: name.upperBound) || titles.starts(in: text, at: titleStart) || text.hasText("(", at: name.upperBound) {
                return nil
            }
        }
        var end = name.upperBound
        while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
        let suffix = String(scalars: text.scalars[name.upperBound..<end])
        let closed = Hangul.finalIndex(text.scalars[name.upperBound - 1]) != 0
        let vocative = closed ? "이" : ""
        let particle = suffix.hasPrefix(vocative) ? String(suffix.dropFirst(vocative.count)) : suffix
        let topic = ["는", "은"].contains(particle)
        let companion = ["랑", "와", "과", "하고", "한테", "에게"].contains(particle)
        // "학급 부회장 도현임", "지훈이예요": the name as what the heading's role or the line is.
        let predicate = ["임", "이다", "이에요", "예요", "이야", "야"].contains(particle) && text.isWordEnd(end)
        let subjectOrPossessor = ["가", "", "의", "도"].contains(particle) || predicate
        guard topic || companion || subjectOrPossessor, !(suffix.isEmpty && !text.isWordEnd(end)) else { return nil }
        // A bare word with no particle is a name only when its 이 says so ("하준이 발표 끝나고"), when it
        // closes a heading after a dash, a slash or a role ("축제기획부 차장 — 수아", "독서토론반/ 지훈"), or
        // when a surname comes with it ("밴드부 유건우 건데요").
        let opens = text.slice(text.sentenceRange(containing: index).lowerBound..<index).allSatisfy { !$0.isLetter && !$0.isNumber }
        // "- 민서 발표력 좋음": a name opening a line with no particle is who the line is about.
        let opensBare = suffix.isEmpty && opens && text.hasText(" ", at: end)
        if suffix.isEmpty && !closesHeading(text, name) && !surnamed && !opensBare { return nil }
        let word = name.lowerBound..<end
        let rephrasing: Rephrasing? = (topic || opensBare) && opens ? .dropTerm : companion ? .replaceTerm("친구") : nil
        return (.init(
            violation: Violation(
                category: .personalInformation, severity: .block, span: text.span(word), excerpt: text.slice(word),
                reason: companion ? "다른 학생의 이름은 기재하지 않음" : reason, suggestion: companion ? "이름 없이 씀" : suggestion),
            rephrasing: rephrasing), end)
    }

    /// Whether the bare name at `name` ends its sentence right after a heading's mark or a role.
    private static func closesHeading(_ text: ScalarText, _ name: Range<Int>) -> Bool {
        var after = name.upperBound
        while after < text.count, text.scalars[after] == " " { after += 1 }
        guard after == text.count || [".", "\n", ")", ","].contains(text.scalars[after]) else { return false }
        var before = name.lowerBound
        while before > 0, text.scalars[before - 1] == " " { before -= 1 }
        guard before > 0 else { return false }
        if ["—", "–", "-", "/", ":", ",", "·"].contains(text.scalars[before - 1]) { return true }
        let previous = text.wordRange(around: before - 1)
        return headingRoles.contains { text.slice(previous).hasSuffix($0) }
    }

    /// Roles a heading names before the student: "학급 부회장 도현", "환경부 차장 수아".
    private static let headingRoles = ["회장", "반장", "부장", "차장", "총무", "서기", "대표", "멘토", "기장", "주장", "담당"]

    /// Who a classmate is to the student, said before their name: "짝인 김도윤이", "같은 반 박서연과",
    /// "옆 자리 이도윤", "전학 온 김태리가".
    private static let relations: Set<String> = [
        "짝인", "짝", "짝꿍", "단짝", "친구", "친구인", "반장인", "부반장인", "모둠원", "모둠원인", "조원", "후배", "선배", "반", "부원", "팀원",
        "자리", "옆자리", "앞자리", "뒷자리", "전학생", "전학생인", "온",
    ]

    /// A full name after who the person is ("짝인 김도윤이 필기를 보여 줌"): without the relation
    /// word, "윤동주의 시", "안중근의 생애" are the people a lesson is about.
    private static func relatedName(_ text: ScalarText, _ index: Int) -> Range<Int>? {
        // Most positions start no surname: that is decided before the word before is looked at.
        guard KoreanNames.surnames.contains(text.scalars[index]), text.isWordStart(index), let previous = text.previousWord(before: index),
              previous.count <= 4, relations.contains(text.slice(previous))
        else { return nil }
        // "자리 배치안": 자리 is a seat only with whose it is ("옆 자리 이도윤").
        if text.slice(previous) == "자리",
           !(text.previousWord(before: previous.lowerBound).map { ["옆", "앞", "뒤", "뒷", "짝"].contains(text.slice($0)) } ?? false) {
            return nil
        }
        var end = index
        while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
        for nameLength in [3, 4] where index + nameLength <= end {
            let name = Array(text.scalars[index..<(index + nameLength)])
            let rest = end - index - nameLength
            guard KoreanNames.isPlausibleName(name), rest == 0 || nameFollowers.match(in: text, at: index + nameLength) == rest,
                  // "반 설문을 돌림": a noun and its object particle, not a name.
                  nameLength != 3 || !objectParticleEnds.contains(name[2])
            else { continue }
            return index..<(index + nameLength)
        }
        return nil
    }

    /// Particles no given name ends in: a three-syllable "name" ending in one is a noun and its particle.
    private static let objectParticleEnds: Set<Unicode.Scalar> = ["을", "를", "의", "과", "와", "로", "에"]

    /// Particles after the 이 spoken with a given name: "지훈이가", "하늘이한테", "서연이랑".
    private static let hypocoristicFollowers = Cues(["는", "가", "를", "의", "한테", "에게", "랑", "와", "도", "하고", "만", "처럼", "보다", "네"])
    /// Syllables of native given names (하늘, 다솜, 아름, 한별, 한결) beyond the common ones.
    private static let nativeNameSyllables: Set<Unicode.Scalar> = Set("늘솜름별결봄".unicodeScalars)
    /// Nouns that end in 이 after a closed syllable, so "-이가" after them is no name: 놀이, 풀이,
    /// 높이, 같이, and the people nouns 어린이, 지은이.
    private static let nounsEndingInYi: Set<String> = [
        "놀이", "풀이", "걸이", "잡이", "꽂이", "돋이", "깎이", "받이", "맞이", "살이", "넓이", "높이", "길이", "깊이", "먹이", "벌이", "갈이", "밀이",
        "떨이", "닫이", "같이", "많이", "굳이", "붙이", "박이", "쓸이", "어린이", "젊은이", "늙은이", "지은이", "옮긴이", "엮은이", "글쓴이", "그린이",
        "펴낸이", "만든이",
    ]

    /// "지훈이가", "하늘이한테": a given name ending in a consonant, the 이 only a name takes after it, and
    /// a particle. After a closed syllable a noun takes 이 or 가, never both, so the form is a name's
    /// unless the word is a noun that ends in 이 itself (놀이, 높이). The range covers name and 이.
    private static func hypocoristicName(_ text: ScalarText, _ index: Int) -> Range<Int>? {
        guard text.isWordStart(index) else { return nil }
        var end = index
        while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
        for stemLength in [2, 3] where index + stemLength < end && text.scalars[index + stemLength] == "이" {
            let stem = Array(text.scalars[index..<(index + stemLength)])
            guard let last = Hangul.decompose(stem[stemLength - 1]), last.final != 0,
                  hypocoristicFollowers.match(in: text, at: index + stemLength + 1) == end - index - stemLength - 1,
                  !nounsEndingInYi.contains(where: { String(scalars: stem + ["이"]).hasSuffix($0) })
            else { continue }
            let isName = stemLength == 2
                ? stem.allSatisfy { KoreanNames.givenSyllables.contains($0) || nativeNameSyllables.contains($0) }
                : KoreanNames.isPlausibleName(stem)
            guard isName, !KoreanNames.ordinaryWords.contains(String(scalars: stem)) else { continue }
            // "예린이랑 같이 발표함" is a classmate; "제목이랑 첫 문단 비교표" joins two nouns. After 랑, 와 or
            // 하고 the name needs what is done with a person next.
            let follower = String(scalars: text.scalars[(index + stemLength + 1)..<end])
            if ["랑", "와", "하고"].contains(follower), !withAPerson.starts(in: text, at: end + 1) { continue }
            return index..<(index + stemLength + 1)
        }
        return nil
    }

    /// What follows "…이랑" when it names a person: together, in a pair, talking, falling out or making up.
    private static let withAPerson = Cues([
        "같이", "함께", "둘이", "셋이", "짝", "서로", "친해", "친하", "싸", "다투", "다퉈", "다툼", "말다툼", "놀", "대화", "얘기", "이야기", "사이",
        "화해", "같은 모둠", "같은 팀", "한 모둠", "한 팀", "팀", "모둠", "협력", "역할",
    ])

    /// ○○ 학생, ○○이는, OO이가: a placeholder standing for the student.
    private static func placeholderAlone(_ text: ScalarText, _ index: Int) -> (range: Range<Int>, placeholder: Bool)? {
        guard index == 0 || !ScalarText.isWordCharacter(text.scalars[index - 1]),
              let length = placeholderCues.match(in: text, at: index), length >= 2
        else { return nil }
        let end = index + length
        // "현직 아나운서 OOO 님 특강": a hidden adult's name.
        if text.hasText(" 님", at: end) || text.hasText("님", at: end) { return (index..<end, true) }
        guard nameOnlyFollowers.starts(in: text, at: end), !text.hasText("학생회", at: end), !text.hasText(" 학생회", at: end) else {
            return nil
        }
        return (index..<end, true)
    }

    /// Titles of adults the student met through an activity: "김OO 감독", "박○○ 작가님".
    static let adultTitles = Cues(["감독", "작가", "교수", "강사", "코치", "박사", "대표", "원장", "기자", "변호사", "의사", "연구원", "선생님"])

    /// A name finding spanning the name and the 학생/군/양 after it (and their particle), so that
    /// dropping it leaves the sentence without its subject: "김민지 학생은 반장으로서" → "반장으로서".
    private static func finding(
        _ text: ScalarText, name: Range<Int>, reason: String, dropAlways: Bool, classmate: Bool = false
    ) -> RuleChecker.ClauseAssessment.Finding {
        var end = name.upperBound
        if end < text.count, text.scalars[end] == "(", let close = text.scalars[end...].prefix(20).firstIndex(of: ")"),
           titles.starts(in: text, at: close + 1)
        {
            end = close + 1  // "최준호(2학년 3반 15번) 학생은": the class and number go with the name.
        }
        let titleEnd: Int?
        if let title = titles.match(in: text, at: end) { end += title; titleEnd = end } else { titleEnd = nil }
        // "김OO 감독 특강": an adult by name and title is an outside expert, not a classmate.
        let titleStart = text.hasText(" ", at: end) ? end + 1 : end
        if let adult = adultTitles.match(in: text, at: titleStart) {
            let word = text.expandedToWord(name.lowerBound..<(titleStart + adult))
            return .init(
                violation: Violation(
                    category: .personalInformation, severity: .block, span: text.span(word), excerpt: text.slice(word),
                    reason: reason, suggestion: "전문가"),
                rephrasing: .replaceTerm("전문가"))
        }
        // "○○이는": the particle written after a placeholder belongs to the excerpt.
        while end < text.count && Hangul.isSyllable(text.scalars[end]) { end += 1 }
        let word = text.expandedToWord(name.lowerBound..<end)
        let excerpt = text.slice(word)
        // "최서윤 학생 초반엔 …": a name and its title with no particle after them is what the line is about.
        let isSubject = subjectParticles.contains { excerpt.hasSuffix($0) } || text.isWordEnd(end) && (end == name.upperBound || end == titleEnd)
        // Said of the student, the name goes and the sentence still says what they did; the student's
        // own (a roster name) or anyone's possession ("지훈이의 발표") cannot be told apart from a
        // classmate's, and another role than subject names a classmate ("하늘이한테 설명해 줌").
        // Without a roster a name opening the sentence is the student's; one after what the student
        // did is someone else's ("아이디어는 주로 이 학생이 내고, 지윤이가 구조를 잡음").
        let opensSentence = text.slice(text.sentenceRange(containing: name.lowerBound).lowerBound..<name.lowerBound)
            .allSatisfy { !$0.isLetter && !$0.isNumber }
        let rephrasing: Rephrasing?
        if classmate {
            rephrasing = .replaceTerm("친구")
        } else if isSubject && !dropAlways && !opensSentence {
            rephrasing = nil
        } else if isSubject {
            rephrasing = .dropTerm
        } else if dropAlways {
            rephrasing = excerpt.hasSuffix("의") ? .dropTerm : nil
        } else {
            rephrasing = excerpt.hasSuffix("의") ? nil : .replaceTerm("친구")
        }
        return .init(
            violation: Violation(
                category: .personalInformation, severity: .block, span: text.span(word), excerpt: excerpt,
                reason: reason, suggestion: suggestion),
            rephrasing: rephrasing)
    }
}
