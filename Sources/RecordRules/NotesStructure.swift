/// How teachers' notes are laid out: paragraphs separated by blank lines (or, when there are none,
/// one paragraph per line), sentences inside them, bullets and numbering stripped.
package struct NotesStructure: Sendable {
    package let paragraphs: [String]

    package init(_ notes: String) {
        // "… 라고 함 ㅡ 동기가 좀": ㅡ alone between spaces is the dash typed on a Korean keyboard ("ㅡㅡ" is a frown).
        let normalized = notes.nfc
            .replacingAll("\r\n", with: "\n")
            .replacingAll("\r", with: "\n")
            .replacingAll(" ㅡ ", with: " — ")
        var blocks: [[String]] = [[]]
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).flatMap(InlineItems.items)
        let firstLine = lines.firstIndex { !$0.trimmed.isEmpty }
        for (index, rawLine) in lines.enumerated() {
            // "2학년 자율·자치 – 학급 반장": the section's name is the title; the role after it is content.
            var line = index == firstLine ? Self.withoutSectionLabel(rawLine) : rawLine
            if index == firstLine, index + 1 < lines.count {
                // "자율(학생자치회 복지부장) 2-5 신유나": a title around the role the student held; the role is content.
                if let role = Self.roleInTitle(line) { line = role }
                if Self.isTitle(line) { continue }
                line = Self.withoutTitleParts(line)
                if line.isEmpty { continue }
            }
            if index + 1 < lines.count, Self.isHeading(line, before: lines[index + 1]) { continue }
            if Self.isFieldLine(line) { continue }
            if line.trimmed.isEmpty {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(String(line))
            }
        }
        blocks = blocks.filter { !$0.isEmpty }
        // Notes pasted without blank lines: each line is its own paragraph, except a line that says it
        // goes on from the one above ("+ 질의응답 때 …", "ㄴ 후속으로 …", "└ 결과: …"): what it adds is
        // about that line's activity, and a draft that moved it elsewhere would attach it to another.
        if blocks.count == 1, blocks[0].count > 1 {
            // A mark the first line opens with too is the notes' bullet, not a continuation.
            let bullet = blocks[0][0].unicodeScalars.first { !$0.properties.isWhitespace }
            var lines: [[String]] = []
            for line in blocks[0] {
                if !lines.isEmpty, Self.continuesLineAbove(line), line.unicodeScalars.first(where: { !$0.properties.isWhitespace }) != bullet {
                    lines[lines.count - 1].append(line)
                } else {
                    lines.append([line])
                }
            }
            blocks = lines
        }
        paragraphs = blocks.map { lines in
            lines.map(Self.strippingListMarker).joined(separator: "\n")
        }
    }

    /// A heading over a list ("체육 - 농구 단원", "세포호흡 단원", "[동아리]", "2학기 활동:"): a line of at
    /// most four words that ends in ":", is bracketed, or ends in a word that names a unit of teaching,
    /// with no sentence mark, right above a bulleted or numbered line. It names what the list is
    /// about; it is no sentence of the notes.
    static func isHeading(_ line: String, before next: String) -> Bool {
        let trimmed = line.trimmed
        guard !trimmed.isEmpty, strippingListMarker(trimmed) == trimmed, strippingListMarker(next) != next.trimmed,
              trimmed.split(separator: " ").count <= 4, let last = trimmed.unicodeScalars.last,
              !ScalarText.isSentenceTerminator(last)
        else { return false }
        if last == ":" || last == "]" || last == "】" { return true }
        return headingNouns.contains { trimmed.hasSuffix($0) }
    }

    /// The title a teacher puts over their notes ("민재 생명과학 세특 메모", "한국사 2학년 최유나", "자율활동
    /// 메모 (3반 강예린)", "하린 진로 활동"): the first line, with no bullet, no sentence mark and no
    /// predicate, that calls itself notes, names a class, or is a short line ending in 활동. It names
    /// whose notes these are; it is no sentence of them. A role on that line is content ("2학년 4반
    /// 부회장") and keeps it.
    package static func isTitle(_ line: String) -> Bool {
        var trimmed = line.trimmed
        // "[행특] 2-3 반장 한소율", "[경제 세특 메모 - 3학년 2반 14번]": a bracketed tag opens a title.
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("【") { return !trimmed.contains(where: { ".!?".contains($0) }) }
        // "영어Ⅰ 메모예요.": a title may close like a sentence.
        let callsItselfNotes = trimmed.contains("메모")
        if callsItselfNotes { while let last = trimmed.last, ".!?".contains(last) { trimmed.removeLast() } }
        // "진로활동 2-9 노지호 (상담 3회)": a note in parentheses is no word of the title, unless it names a role
        // ("자율(학생자치회 복지부장) 2-5 신유나" keeps the role as content).
        if let open = trimmed.firstIndex(of: "("), let close = trimmed[open...].firstIndex(of: ")"),
           !trimmed[trimmed.index(after: open)..<close].split(separator: " ").contains(where: { word in roleEnds.contains(where: word.hasSuffix) })
        {
            trimmed = (trimmed[..<open] + " " + trimmed[trimmed.index(after: close)...]).trimmed
        }
        // "문학 - 1학기 수행 관련": a dash between words is no word.
        let words = trimmed.split(whereSeparator: { " ()[]".contains($0) }).map(String.init).filter { !["-", "–", "—"].contains($0) }
        guard !trimmed.isEmpty, strippingListMarker(trimmed) == trimmed, (1...7).contains(words.count),
              let last = trimmed.unicodeScalars.last, !ScalarText.isSentenceTerminator(last), let lastWord = words.last
        else { return false }
        if callsItselfNotes { return true }
        // "자율활동 - 정하린 (1학년 5반 부회장)", "행동특성 - 오민재": the section, then whose notes.
        // "진로 - 게임 기획자" is the career itself: only a name or a class after the dash ("자율활동 - 1학년
        // 7반") makes the line a heading.
        if let dash = trimmed.range(of: " - "), sectionNames.contains(String(trimmed[..<dash.lowerBound])),
           let whose = trimmed[dash.upperBound...].split(whereSeparator: { " ()[]".contains($0) }).first.map(String.init),
           isMaskedName(whose) || whose.unicodeScalars.count == 3 && KoreanNames.isPlausibleName(Array(whose.unicodeScalars))
            || whose.first?.isNumber == true
        {
            return true
        }
        guard !RunOnSentences.endsSentence(lastWord, previous: nil), VerbStem.stem(of: lastWord) == nil,
              !words.contains(where: { word in roleEnds.contains(where: word.hasSuffix) })
        else { return false }
        if words.contains(where: titleWords.contains) { return true }
        // "진로활동 ○○", "행특 OO": a section's name and the student's name masked.
        if words.count <= 3, words.contains(where: sectionNames.contains), words.contains(where: isMaskedName) { return true }
        // "생명과학 탐구반 '바이오메이트'", "방송부 이준서": the club, which NEIS keeps in a field of its own,
        // and whose notes these are.
        if words.count <= 4, words.dropLast().contains(where: { word in clubEnds.contains(where: word.hasSuffix) }),
           lastWord.hasPrefix("'") || lastWord.hasPrefix("‘") || (2...3).contains(lastWord.count) && lastWord.unicodeScalars.allSatisfy(Hangul.isSyllable)
        {
            return true
        }
        // "수학Ⅱ", "화학Ⅰ 실험 기록", "음악 수업 관련", "하린 진로 활동", "미술 - 자화상 단원".
        if words.count == 1 { return true }
        if words.count <= 4, ["활동", "기록", "관련", "단원", "관찰"].contains(where: lastWord.hasSuffix) { return true }
        // "행발 - 2-6", "국어 1-3 김OO": the class by grade and number.
        if words.count <= 4, words.contains(where: isClassCode) { return true }
        // "체육 2학기", "미술 1학기 메모": a subject and the term.
        if words.count <= 3, lastWord.hasSuffix("학기"), lastWord.first?.isNumber == true { return true }
        return words.count <= 5 && words.contains { word in
            guard let unit = word.last, "반학년".contains(unit) else { return false }
            return word.dropLast(unit == "년" ? 2 : 1).allSatisfy(\.isNumber) && word.first?.isNumber == true
        }
    }

    /// The first line without the parts of it that only title the notes: "체육 1-7 / 배구 단원(3~5월)" and
    /// "미술 2학년 최준호 ㅡ 1학기 관찰" are titles throughout (""), "진로활동 2-3 강민서 / 희망: 수의사" keeps
    /// "희망: 수의사". A line with no such separator is returned as it is.
    /// "○○", "OO", "◯◯", "XX", "김○○": a name written with its letters hidden.
    package static func isMaskedName(_ word: String) -> Bool {
        let masks = word.filter { "○◯OXx*＊".contains($0) }
        return masks.count >= 2 && word.count - masks.count <= 1
    }

    static func withoutTitleParts(_ line: String) -> String {
        // "▶ 자율 - 또래 멘토링 멘토": the list mark is no part of the title's first word.
        var parts = [strippingListMarker(line.trimmed).trimmed]
        for separator in titleSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        guard parts.count > 1 else { return line }
        // "김태윤 / 진로 - 게임 기획자": what follows the career section's name is the career hoped for.
        let trimmedParts = parts.map(\.trimmed)
        for (index, part) in trimmedParts.enumerated().dropLast() where part == "진로" && !isTitle(trimmedParts[index + 1]) {
            parts[index + 1] = "진로: " + trimmedParts[index + 1]
        }
        let kept = parts.map(\.trimmed).filter { part in
            // "배구 단원(3~5월)": what the parentheses add is no part of what the words are.
            var depth = 0
            let bare = part.filter { character in
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1); return false }
                return depth == 0
            }
            return !(isTitle(bare) || isTitle(part))
        }
        return kept.count == parts.count ? line : kept.joined(separator: " / ")
    }

    /// The role in parentheses on a title line ("자율(학생자치회 복지부장) 2-5 신유나" → "학생자치회 복지부장"),
    /// nil when the line is not a title once the role is taken out.
    static func roleInTitle(_ line: String) -> String? {
        guard let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        let role = line[line.index(after: open)..<close].trimmed
        // "진로활동 ○○ (건축 쪽 관심, 도시계획이랑 고민 중이라고 함)": an aside of a few words on a title line
        // says something of the student, as a role does.
        guard role.split(separator: " ").contains(where: { word in roleEnds.contains(where: word.hasSuffix) })
            || role.split(separator: " ").count >= 4
        else { return nil }
        let rest = (line[..<open] + " " + line[line.index(after: close)...]).trimmed
        return isTitle(rest) ? role : nil
    }

    private static let unasked: Set<String> = ["누가 시킨 거 아님", "누가 시킨 것 아님", "시킨 거 아님", "아무도 안 시킴", "아무도 시키지 않음", "시키지 않았는데도 함"]

    /// What separates the parts of a title line (a lone "ㅡ" is read as "—" before this).
    private static let titleSeparators = [" / ", " | ", " — ", " – ", " - "]

    /// The first line without a section's name before a dash: "2학년 자율·자치 – 학급 반장" → "학급 반장",
    /// "동아리활동 - 방송부 기자" → "방송부 기자". Any other line is returned as it is.
    static func withoutSectionLabel(_ line: String) -> String {
        // Most first lines have no dash: nothing to look for.
        guard line.unicodeScalars.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return line }
        let trimmed = line.trimmed
        guard let dash = [" - ", " – ", " — "].compactMap({ trimmed.range(of: $0) }).first else { return line }
        let label = trimmed[..<dash.lowerBound].split(separator: " ").filter { word in
            !(word.hasSuffix("학년") || word.hasSuffix("학기") || word.allSatisfy { $0.isNumber || $0 == "-" })
        }.joined(separator: " ")
        let rest = trimmed[dash.upperBound...].trimmed
        guard sectionNames.contains(label), !rest.isEmpty, rest.split(separator: " ").count <= 4,
              rest.split(separator: " ").contains(where: { word in roleEnds.contains(where: word.hasSuffix) })
        else { return line }
        return rest
    }

    /// The student's name as the header of the notes gives it: "[2-3 김서윤 / 국어]", "1-5 박준호 행특 메모",
    /// "2-2 자율활동 — 서예린". A first line that names a class ("2-3", "3반", "2학년") and a word that
    /// reads as a full name (surname and two given syllables); the checker then treats it as the roster
    /// does, so "예린이 낸 것" later in the notes is the student's name too.
    package static func headerNames(of notes: String) -> [String] {
        guard let line = notes.split(separator: "\n").first(where: { !$0.trimmed.isEmpty }) else { return [] }
        let tokens = line.split(whereSeparator: { " /[]()【】–—:·,|".contains($0) }).map(String.init)
        let namesAClass = tokens.contains { token in
            isClassCode(token) || token.first?.isNumber == true && ["반", "학년"].contains(where: token.hasSuffix)
        }
        // "자율 메모 (김서연)", "행특 관찰 - 박준호": a short title line that names what the notes are.
        let titled = tokens.count <= 6 && tokens.contains { token in
            sectionNames.contains(token) || titleWords.contains(token) || ["메모", "관찰", "자율", "동아리", "진로"].contains(token)
        }
        guard namesAClass || titled else { return [] }
        return tokens.flatMap { $0.split(separator: "-").map(String.init) }.filter { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.count == 3 && KoreanNames.isPlausibleName(scalars) && !subjectNames.contains(word) && !sectionNames.contains(word)
                && !titleWords.contains(word)
        }
    }

    /// The given name the notes open on as their subject: "수아는 반장으로서 …", "서준이 2학기 부반장.",
    /// when that name comes back later in the notes ("수아 아이디어였어요", "서준 모둠은"). A teacher
    /// writing about one student starts with who it is; a word that only looks like a name ("주제는",
    /// "정보는") is an ordinary noun, and one that does not recur is not taken for a name.
    package static func openingName(of notes: String) -> String? {
        guard let first = notes.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) else { return nil }
        let word = String(first.prefix { Hangul.isSyllable($0.unicodeScalars.first ?? " ") })
        for particle in ["이는", "이가", "는", "은", "가", "이"] where word.hasSuffix(particle) {
            let name = String(word.dropLast(particle.count))
            let scalars = Array(name.unicodeScalars)
            let plausible = scalars.count == 2 && scalars.allSatisfy(KoreanNames.givenSyllables.contains)
                || scalars.count == 3 && KoreanNames.isPlausibleName(scalars)
            guard plausible, !KoreanNames.ordinaryWords.contains(name), !StudentNames.ordinaryGivenNames.contains(name),
                  !subjectNames.contains(name), !sectionNames.contains(name)
            else { continue }
            // "서준이 …": after a closed syllable 이 is the subject particle a noun takes too; the
            // name still has to recur.
            let recurrences = notes.components(separatedBy: name).count - 1
            return recurrences >= 2 ? name : nil
        }
        return nil
    }

    /// A class by grade and number: "2-3", "1-10".
    static func isClassCode(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// Subjects of three syllables that read like a name ("한국사", "미적분").
    private static let subjectNames: Set<String> = [
        "한국사", "미적분", "물리학", "세계사", "경제학", "심리학", "기하학", "지리학", "생명과", "정보과", "국어과", "영어과", "수학과", "과학과",
        "사회과", "체육과", "음악과", "미술과", "진로반", "방송부", "자율반",
    ]

    private static let titleWords: Set<String> = ["세특", "행특", "행발", "특기사항", "누가기록", "관찰기록"]
    private static let sectionNames: Set<String> = [
        "자율활동", "자율 활동", "자치활동", "동아리", "동아리활동", "동아리 활동", "진로활동", "진로 활동", "행동특성", "행특", "세특", "교과 세특",
        "자율·자치", "자율/자치", "자율자치", "자율·자치활동", "자율·자치 활동", "자율 자치", "창체", "진로", "봉사활동",
    ]
    private static let clubEnds = ["동아리", "부", "반"]
    private static let roleEnds = ["장", "회장", "부장", "위원", "대표", "도우미", "담당", "멘토", "리더"]

    /// A line that fills a field NEIS keeps elsewhere or that names what the notes are about
    /// ("동아리: 환경탐구반 (2학년 부원)", "과목: 화학", "기간: 3~7월"): a label and a value of at most
    /// six words with no sentence mark. It is no sentence of the record.
    static func isFieldLine(_ line: String) -> Bool {
        guard line.utf8.contains(UInt8(ascii: ":")) else { return false }
        let trimmed = strippingListMarker(line.trimmed)
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        let label = trimmed[..<colon].trimmed
        let value = trimmed[trimmed.index(after: colon)...].trimmed
        guard fieldLabels.contains(label), !value.isEmpty, value.split(separator: " ").count <= 6,
              let last = value.unicodeScalars.last, !ScalarText.isSentenceTerminator(last)
        else { return false }
        let lastWord = String(value.split(separator: " ").last ?? "")
        return !RunOnSentences.endsSentence(lastWord, previous: nil) && VerbStem.stem(of: lastWord) == nil
    }

    private static let fieldLabels: Set<String> = [
        "동아리", "동아리명", "부서", "과목", "단원", "학생", "이름", "성명", "학번", "반", "번호", "날짜", "일시", "기간", "학년", "교과",
        "종목", "장소",
    ]

    private static let headingNouns = ["단원", "영역", "수업", "활동", "시간", "내용", "주제", "프로젝트", "관련", "차시", "학기"]

    /// The sentences of a paragraph: lines and sentence terminators both end a sentence, and so does
    /// a sentence-final word inside a run typed without marks (`RunOnSentences`).
    package static func sentences(of paragraph: String) -> [String] {
        let paragraph = paragraph.includes("주제") ? numberedTopicsListed(paragraph) : paragraph
        // " / " between spaces separates what a line lists ("생명과학 실험 동아리 / 주제: …"); "원/달러" does not.
        let text = ScalarText(paragraph.includes(" / ") ? slashesOutsideParentheses(paragraph) : paragraph)
        let sentences = text.sentenceRanges().map { text.slice($0) }.map(strippingListMarker)
            .flatMap(RunOnSentences.split).filter { !$0.isEmpty && !isFieldLine($0) }
        return withHeadingsJoined(withAftertoughtsFirst(sentences))
    }

    /// "주제1: 동물원 폐지해야 하는가 — 반대측 / 자료 가져옴" → "주제: 동물원 폐지해야 하는가 / 반대측 / 자료
    /// 가져옴": a numbered topic is a topic, and the dash after it ends the topic as a slash ends an item.
    static func numberedTopicsListed(_ paragraph: String) -> String {
        paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("주제"), let colon = trimmed.firstIndex(of: ":") else { return String(line) }
            let number = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<colon].filter { $0 != " " }
            guard !number.isEmpty, number.count <= 2, number.allSatisfy(\.isNumber) else { return String(line) }
            var rest = String(trimmed[trimmed.index(after: colon)...])
            if let dash = [" — ", " – ", " - "].lazy.compactMap({ rest.range(of: $0) }).first {
                rest.replaceSubrange(dash, with: " / ")
            }
            return "주제:" + rest
        }.joined(separator: "\n")
    }

    /// "대걸레 빨아놓고 감. 아무도 안 시켰는데" → "아무도 안 시켰는데 대걸레 빨아놓고 감": a clause left open
    /// after a sentence, in a few words, is the circumstance of that sentence, said after it.
    static func withAftertoughtsFirst(_ sentences: [String]) -> [String] {
        guard sentences.count > 1 else { return sentences }
        var result: [String] = []
        for sentence in sentences {
            // Both kinds are a few words: longer sentences are kept as they are without a look.
            guard sentence.utf8.count <= 64, !result.isEmpty else {
                result.append(sentence)
                continue
            }
            var open = sentence
            while open.hasSuffix(".") { open.removeLast() }
            // "노트를 단톡방에 올림. 누가 시킨 거 아님": done unasked, on the student's own initiative.
            if let previous = result.last, unasked.contains(open) {
                result[result.count - 1] = "스스로 " + previous
                continue
            }
            if let previous = result.last, open.split(separator: " ").count <= 5,
               ["는데", "은데", "인데", "던데"].contains(where: open.hasSuffix)
            {
                var said = previous
                while said.hasSuffix(".") { said.removeLast() }
                result[result.count - 1] = open + " " + said + "."
                continue
            }
            result.append(sentence)
        }
        return result
    }

    /// What a heading of a few words names the setting of: "4월 기후 단원. 강수 분포도 보다가 질문함."
    private static let settingHeads = [
        "단원", "수업", "시간", "차시", "활동", "프로젝트", "실험", "탐구", "토론", "토의", "발표", "수행", "수행평가", "주간", "행사", "캠페인",
        "체험", "특강", "교육", "회의", "모둠활동", "글쓰기", "감상", "감상문", "독서", "실습", "축제", "발표회",
    ]

    /// The sentences with each heading joined to the sentence after it as a label ("4월 기후 단원: 강수
    /// 분포도 보다가 …"), which the record reads as that sentence's setting. A heading is a line of at
    /// most four words without a predicate ending in a setting noun; one with nothing after it stays.
    static func withHeadingsJoined(_ sentences: [String]) -> [String] {
        guard sentences.count > 1 else { return sentences }
        var result: [String] = []
        var index = 0
        while index < sentences.count {
            let sentence = sentences[index]
            // A heading is a few words: anything longer is read as it is, without looking further.
            guard index + 1 < sentences.count, sentence.utf8.count <= 72 else {
                result.append(sentence)
                index += 1
                continue
            }
            var heading = sentence
            while heading.hasSuffix(".") || heading.hasSuffix(":") { heading.removeLast() }
            // "목공 실습 - 스마트폰 거치대.": a setting and what it was about, a heading as well.
            if heading.includes(" - ") || heading.includes(" – ") || heading.includes(" — "),
               let dash = [" - ", " – ", " — "].compactMap({ heading.range(of: $0) }).first
            {
                let about = heading[dash.upperBound...].split(separator: " ")
                if (1...3).contains(about.count), let last = about.last, !RunOnSentences.endsSentence(String(last), previous: nil),
                   VerbStem.stem(of: String(last)) == nil, !about.contains(where: { $0.hasSuffix("을") || $0.hasSuffix("를") })
                {
                    heading = heading[..<dash.lowerBound] + "(" + about.joined(separator: " ") + ")"
                }
            }
            // "6월 모둠 토론(온라인 수업 확대 찬반)": what the parentheses note is no part of the heading's length.
            var depth = 0
            let bare = heading.filter { character in
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1); return false }
                return depth == 0
            }
            let words = bare.split(separator: " ")
            if index + 1 < sentences.count, (1...4).contains(words.count), let last = words.last,
               settingHeads.contains(where: { last == $0 || last.hasSuffix($0) && last.count <= $0.count + 3 }),
               !heading.contains(":"), !sentences[index + 1].contains(": "),
               !sentences[index + 1].split(separator: " ").prefix(3).contains(where: { $0.hasSuffix("에서") })
            {
                result.append(heading + ": " + sentences[index + 1])
                index += 2
                continue
            }
            result.append(sentence)
            index += 1
        }
        return result
    }

    /// The paragraph with each " / " outside parentheses as a line break: "농도(0 / 0.1 / 0.5%)" lists
    /// values of one sentence.
    private static func slashesOutsideParentheses(_ paragraph: String) -> String {
        var result = ""
        var depth = 0
        var quoted = false
        var rest = Substring(paragraph)
        // "화자의 정서를 '기다림 / 두려움 / 슬픔'으로", "0:00 / 0:45 / 1:30": inside quotes, or between
        // Latin words or numbers, a slash lists items of one sentence.
        func listsItems(_ before: String, _ after: Substring) -> Bool {
            let left = before.split(whereSeparator: { $0 == "\n" }).last.map(String.init) ?? before
            let right = after.prefix { $0 != "\n" }.components(separatedBy: " / ").first ?? ""
            // "However / On the other hand", "0:00 / 0:45": Latin words or numbers on both sides.
            let latinOrNumber = { (character: Character?) in character.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
            let bothLatin = latinOrNumber(left.split(separator: " ").last?.first) && latinOrNumber(right.first)
            // Korean words on both sides stay lines of their own: "김도현 / 2-5 / 한빛고" is a header whose
            // parts the rules judge one by one, "비교 / 결과 발표" two steps.
            return bothLatin
        }
        while let first = rest.first {
            if first == "(" { depth += 1 } else if first == ")" { depth = max(0, depth - 1) }
            if "'‘’\"“”".contains(first) { quoted.toggle() }
            if depth == 0, !quoted, rest.hasPrefix(" / ") {
                // "질문 2개: 공사비를 얼마나 올리나 / 법규상 기준은?": the questions of one line.
                let line = String(result.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
                let listsQuestions = line.includes("질문") && line.includes(": ")
                result += listsQuestions || listsItems(result, rest.dropFirst(3)) ? ", " : "\n"
                rest = rest.dropFirst(3)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    private static let bulletScalars = Set("-*•·○●▪◦■□▶▷→➢✓✔ㄴ>+└↳".unicodeScalars)

    /// Marks a teacher opens a line with to add to the line above: "+", "ㄴ", "└", "↳", "→".
    private static let continuationScalars = Set("+ㄴ└↳→".unicodeScalars)

    /// Whether the line opens with a continuation mark followed by a space or text ("+ 질의응답", "ㄴ후속").
    static func continuesLineAbove(_ line: String) -> Bool {
        let scalars = Substring(line).unicodeScalars.drop(while: { $0.properties.isWhitespace })
        guard let first = scalars.first, continuationScalars.contains(first), let next = scalars.dropFirst().first else { return false }
        // "ㄴ" is also the first jamo of a word typed before it is composed; only a mark followed by a space
        // or a syllable counts ("ㄴㄴ" is "no").
        return next == " " || Hangul.isSyllable(next)
    }

    /// Removes a leading bullet or number: "- ", "• ", "1.", "2)", "(3)", "①", "가.".
    static func strippingListMarker(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars.drop(while: { $0.properties.isWhitespace })
        if let first = scalars.first {
            if bulletScalars.contains(first) {
                scalars = scalars.dropFirst()
            } else if (0x2460...0x2473).contains(first.value) || (0x3260...0x327F).contains(first.value),
                      scalars.dropFirst().first != "번"  // "②번 초안에": a reference, not a marker
            {
                scalars = scalars.dropFirst()
            } else {
                var probe = scalars
                let hadParenthesis = probe.first == "("
                if hadParenthesis { probe = probe.dropFirst() }
                let digits = probe.prefix(while: { (0x30...0x39).contains($0.value) })
                let marker = digits.isEmpty ? probe.prefix(1).filter { "가나다라마바사".unicodeScalars.contains($0) } : Substring(digits).unicodeScalars[...]
                if !marker.isEmpty {
                    let afterMarker = probe.dropFirst(marker.count)
                    if let next = afterMarker.first, next == ")" || (next == "." && (afterMarker.dropFirst().first.map { $0 == " " } ?? true)) {
                        scalars = afterMarker.dropFirst()
                    }
                }
            }
        }
        return String(scalars: scalars).trimmed
    }
}
