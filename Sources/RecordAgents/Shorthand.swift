import RecordRules

/// Teacher shorthand written out as record prose with the teacher's own words: a label becomes the
/// setting it names ("현대시 단원: …" → "현대시 단원에서 …"), a reading list a sentence ("읽은 책: 『…』"
/// → "『…』을 읽음"), speech its written particles ("친구한테" → 친구에게, "칭찬이랑" → 칭찬과, "처음엔" →
/// 처음에는), signs the words they stand for ("A vs B", "A + B" → "A와 B"), a clause closed in the middle
/// of a line joins what follows ("각색 문제 다룸, 원작과 …" → "각색 문제 다루며 원작과 …"), and a quote
/// written after its verb goes before it ("문구 정함 '말 한마디가 ~'" → "문구 '말 한마디가 …'를 정함").
/// Nothing is added that the line does not say.
enum Shorthand {
    static func writtenOut(_ sentence: String) -> String {
        // Each pass runs only where the line has what it rewrites: most notes lines have no quote,
        // sign, comma or label, and drafting runs this on every sentence of every version.
        var words = Self.labelSpaced(ObserverFrames.unframed(sentence)).split(separator: " ").map(String.init)
        if words.count > 2, isDayOfMonth(words[0]) { words.removeFirst() }
        if let question = questionQuoted(words) { words = question }
        words = WordSpacing.spaced(words, quoted: quotedWords(words))
        let quoted = quotedWords(words)
        words = spokenWordsWrittenOut(words, quoted: quoted)
        if words.contains(where: joiningSigns.contains) { words = signsAsParticles(words, quoted: quotedWords(words)) }
        if sentence.utf8.contains(UInt8(ascii: "/")) || sentence.utf8.contains(UInt8(ascii: "+")) { words = words.map(listSignsWrittenOut) }
        if sentence.utf8.contains(UInt8(ascii: ",")) { words = closedClausesJoined(words, enclosed: enclosedWords(words)) }
        var text = words.joined(separator: " ")
        if text.utf8.contains(UInt8(ascii: "(")) { text = text.replacingAll(" (", with: "(") }
        if text.utf8.contains(UInt8(ascii: ",")) { text = trailingCountAsNote(text) }
        if let asked = questionsListed(text) { text = asked }
        // "'우주에서 로켓은 어떻게 가요?' 좋은 질문": the teacher's verdict on the question closes nothing.
        for verdict in [" 좋은 질문임", " 좋은 질문", " 질문 좋았음", " 질문 좋음"] where text.includes("?") {
            let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
            if bare.hasSuffix(verdict) { text = String(bare.dropLast(verdict.count)) }
        }
        if text.utf8.contains(UInt8(ascii: ":")) || text.includes(" - ") || text.includes(" – ") || text.includes(" — ")
            || text.includes(", ")
        {
            // "주제 : 물벼룩 …" is written as "주제: …".
            text = labelAsSetting(text.includes(" : ") ? text.replacingAll(" : ", with: ": ") : text)
        }
        if let last = text.unicodeScalars.last, quoteScalars.contains(last) {
            // "질문 2개 - "…?"": the dash only introduces the quote.
            for dash in [" - \"", " – \"", " — \"", " - '", " – '", " — '"] where text.includes(dash) {
                text = text.replacingAll(dash, with: " " + String(dash.last!))
            }
            text = questionsQuoted(text) ?? quoteGivenItsVerb(quoteBeforeItsVerb(text))
        }
        var placed = text.split(separator: " ").map(String.init)
        if placed.contains(where: { sightWords.keys.contains($0) }) { placed = observerSeeing(placed) }
        if placed.count >= 2, placed[placed.count - 2] == "안" { placed = longNegation(placed) }
        let placedQuoted = quotedWords(placed)
        var marked = SubjectParticles.marked(objectsMarked(placed, quoted: placedQuoted), quoted: placedQuoted)
        if text.utf8.contains(UInt8(ascii: "(")) { marked = countsBesideTheirThings(marked) }
        let written = marked.joined(separator: " ")
        return written.includes("설문") || written.includes("폭탄") || written.includes("늘어") || written.includes("바탕으로")
            ? spokenPhrasesWrittenOut(written) : written
    }

    /// "탐구:왜 겨울에 …" → "탐구: 왜 겨울에 …": a label typed against what it names; "8:00" stays.
    private static func labelSpaced(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return text }
        var result = ""
        var previous: Character = " "
        var pendingColon = false
        for character in text {
            if pendingColon {
                pendingColon = false
                if character != " ", character.unicodeScalars.allSatisfy({ Hangul.isSyllable($0) || "'‘\"“『「".unicodeScalars.contains($0) }) {
                    result.append(" ")
                }
            }
            result.append(character)
            if character == ":", previous.unicodeScalars.allSatisfy(Hangul.isSyllable) { pendingColon = true }
            previous = character
        }
        return result
    }

    /// "아연판으로 바꾸면 반응속도 달라지나?": a question the line asks in the student's words, without
    /// quotes, is the student's question; quoted, it closes as one ("'…?'라고 질문함") instead of a noun
    /// form of its ending ("달라지나임").
    private static func questionQuoted(_ words: [String]) -> [String]? {
        guard words.count >= 2, var last = words.last, last.hasSuffix("?") else { return nil }
        while last.hasSuffix("?") { last.removeLast() }
        guard questionEndings.contains(where: last.hasSuffix),
              !words.contains(where: { word in word.contains(where: { "'\"‘’“”「」『』".contains($0) }) })
        else { return nil }
        var quoted = words
        // "탐구 질문: 왜 …까?": the label before the question is no part of it.
        let start = words.prefix(4).lastIndex(where: { $0.hasSuffix(":") }).map { $0 + 1 } ?? 0
        guard start < quoted.count else { return nil }
        quoted[quoted.count - 1] = last + "?'"
        quoted[start] = "'" + quoted[start]
        return quoted
    }

    /// Endings of a question in speech: "달라지나", "될까", "맞냐", "하는지", "인가", "돼요".
    private static let questionEndings = ["나", "까", "냐", "니", "는지", "은지", "인지", "인가", "는가", "은가", "요"]

    /// "특강 듣고 질문 2개 "…?"" → "특강 듣고 "…?" 등 질문 2개를 함": the quote is one of the questions the
    /// student asked; "질문 "…?"" → ""…?"라는 질문을 함". Nil when the quote follows no 질문.
    private static func questionsQuoted(_ text: String) -> String? {
        guard let open = text.firstIndex(where: { "'\"‘“".contains($0) }), open > text.startIndex else { return nil }
        let quote = String(text[open...])
        var words = text[..<open].split(separator: " ").map(String.init)
        var count = ""
        if let last = words.last, last.first?.isNumber == true, ["개", "가지"].contains(String(last.drop(while: \.isNumber))) {
            count = last
            words.removeLast()
        }
        guard words.last == "질문" else { return nil }
        words.removeLast()
        let lead = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return lead + quote + (count.isEmpty ? "라는 질문을 함" : " 등 질문 " + count + Hangul.particle(after: count, withFinal: "을", withoutFinal: "를") + " 함")
    }

    /// "특강 듣고 질문 2개: 공사비를 얼마나 올리나, 법규상 기준은?" → "특강 듣고 '공사비를 얼마나 올리나',
    /// '법규상 기준은?' 등 질문 2개를 함": the questions a line lists after its label, as asked.
    private static func questionsListed(_ text: String) -> String? {
        guard text.includes("질문"), let colon = text.range(of: ": ") else { return nil }
        var lead = text[..<colon.lowerBound].split(separator: " ").map(String.init)
        var count = ""
        if let last = lead.last, last.first?.isNumber == true, ["개", "가지"].contains(String(last.drop(while: \.isNumber))) {
            count = last
            lead.removeLast()
        }
        // "탐구 질문: 왜 …까" is the question the student looked into, not questions asked.
        guard lead.last == "질문", lead.count >= 2, lead[lead.count - 2] != "탐구" else { return nil }
        lead.removeLast()
        var questions = text[colon.upperBound...].split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        guard !questions.isEmpty, questions.allSatisfy({ !$0.contains("'") && !$0.contains("\"") }) else { return nil }
        questions = questions.map { question in
            var bare = question
            while bare.hasSuffix(".") { bare.removeLast() }
            return "'" + bare + "'"
        }
        let closing = count.isEmpty ? " 등의 질문을 함" : " 등 질문 " + count + Hangul.particle(after: count, withFinal: "을", withoutFinal: "를") + " 함"
        return lead.joined(separator: " ") + " " + questions.joined(separator: ", ") + closing
    }

    /// Spoken phrases of more than one word: "설문 돌림" → "설문 조사를 실시함", "질문 폭탄" → "질문을 연이어 함".
    private static let spokenPhrases: [(String, String)] = [
        ("설문을 돌림", "설문 조사를 실시함"), ("설문 돌림", "설문 조사를 실시함"), ("설문을 돌려서", "설문 조사를 실시해서"),
        ("설문 돌려서", "설문 조사를 실시해서"), ("설문을 돌리고", "설문 조사를 실시하고"), ("설문 돌리고", "설문 조사를 실시하고"),
        ("설문을 돌려", "설문 조사를 실시해"), ("설문 돌려", "설문 조사를 실시해"), ("설문을 돌리며", "설문 조사를 실시하며"),
        ("질문 폭탄임", "질문을 연이어 함"), ("이거 바탕으로", "이를 바탕으로"), ("그거 바탕으로", "이를 바탕으로"), ("질문 폭탄", "질문을 연이어 함"), ("물고 늘어짐", "끈질기게 따져 물음"),
        ("물고 늘어지며", "끈질기게 따져 물으며"),
    ]

    private static func spokenPhrasesWrittenOut(_ text: String) -> String {
        var result = text
        for (spoken, written) in spokenPhrases where result.includes(spoken) {
            result = result.replacingAll(spoken, with: written)
        }
        return result
    }

    /// "4/8", "5/20~5/22", "3/28(목)": the day a teacher dated a line by, which the record, read as the
    /// year's account, does not give.
    static func isDayOfMonth(_ word: String) -> Bool {
        guard let first = word.first, first.isNumber else { return false }
        if !word.contains("/") { return isDottedDate(word) }
        var core = Substring(word)
        if core.hasSuffix(")"), let open = core.lastIndex(of: "("), core.distance(from: open, to: core.endIndex) <= 4 { core = core[..<open] }
        return core.split(separator: "~").allSatisfy { day in
            let parts = day.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
        }
    }

    /// "04.22", "2025.04.08", "2025. 4. 8." written as one word: a date by its month and day, the year
    /// before them or not. A value ("3.14", "0.5") fails the month or the day.
    private static func isDottedDate(_ word: String) -> Bool {
        var core = Substring(word)
        while core.hasSuffix(".") || core.hasSuffix(",") { core = core.dropLast() }
        if core.hasSuffix(")"), let open = core.lastIndex(of: "("), core.distance(from: open, to: core.endIndex) <= 4 { core = core[..<open] }
        var parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        if parts.count == 3 {
            guard [2, 4].contains(parts[0].count) else { return false }
            parts.removeFirst()
        }
        guard let month = Int(parts[0]), let day = Int(parts[1]), parts[1].count <= 2 else { return false }
        // "3.5" reads as a value as readily as a date: a date keeps its zero ("03.05") or has two digits.
        return (1...12).contains(month) && (1...31).contains(day) && (parts[0].count == 2 || parts[1].count == 2)
    }

    /// "설명해 주는 모습 여러 번 봤어요" → "설명해 주는 모습을 여러 번 보임", "연습하는 것 여러 번 봄" →
    /// "연습하는 모습을 여러 번 보임": what the teacher saw is what the student showed; the record's
    /// subject is always the student.
    private static func observerSeeing(_ words: [String]) -> [String] {
        guard let last = words.last, let sight = words.lastIndex(where: sightWords.keys.contains),
              words.count - sight <= 4, seeingForms.contains(where: { last.hasPrefix($0) }), sight > 0,
              // "돕는 모습", "설명해 주던 모습": the student's act, seen; not "실험 모습 사진을 봄".
              let modifier = words[sight - 1].unicodeScalars.last.flatMap(Hangul.decompose),
              modifier.final == Hangul.Final.nieun || words[sight - 1].hasSuffix("던"),
              !words[(sight + 1)..<(words.count - 1)].contains(where: { $0.hasSuffix("을") || $0.hasSuffix("를") })
        else { return words }
        var result = words
        result[sight] = sightWords[words[sight]] ?? "모습을"
        result[result.count - 1] = "보임" + String(last.drop { !".!?~".contains($0) })
        return result
    }

    private static let seeingForms = ["봤", "보았", "봄", "봐"]
    /// What the teacher says they saw, and the record's word for it.
    private static let sightWords = [
        "모습": "모습을", "모습을": "모습을", "모습도": "모습도", "것": "모습을", "것을": "모습을", "것도": "모습도", "거": "모습을", "걸": "모습을",
        "거도": "모습도",
    ]

    /// "한 번도 안 늦음" → "한 번도 늦지 않음": a record negates in the written form.
    private static func longNegation(_ words: [String]) -> [String] {
        let (last, tail) = splitTrailingMarks(words[words.count - 1])
        guard last.unicodeScalars.allSatisfy(Hangul.isSyllable),
              let stem = VerbStem.stem(of: last) ?? VerbStem.stem(ofBarePast: last) ?? stem(ofNounForm: last)
        else { return words }
        // "포기 안 함" → "포기하지 않음": 하다 goes onto the action noun it negates.
        if stem == "하", words.count >= 3, case let noun = words[words.count - 3], noun.count >= 2,
           noun.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(noun), !isVerbForm(noun)
        {
            return words.dropLast(3) + [words[words.count - 3] + "하지", "않음" + tail]
        }
        return words.dropLast(2) + ["\(stem)지", "않음" + tail]
    }

    /// "늦음" → 늦, "빠짐" → 빠지, "만듦" → 만들: the stem of a predicate's noun form.
    private static func stem(ofNounForm word: String) -> String? {
        if word.hasSuffix("음"), word.count >= 2 { return String(word.dropLast()) }
        guard let last = word.unicodeScalars.last, let syllable = Hangul.decompose(last) else { return nil }
        let final: Int
        switch syllable.final {
        case Hangul.Final.mieum: final = Hangul.Final.none
        case Hangul.Final.rieulMieum: final = Hangul.Final.rieul
        default: return nil
        }
        return String(word.unicodeScalars.dropLast()) + String(Character(syllable.with(final: final).scalar))
    }

    private static let quoteScalars = Set("'\"’”".unicodeScalars)

    // MARK: speech

    /// Spoken words and their written forms, whole words only.
    private static let spokenWords: [String: String] = [
        "제일": "가장", "젤": "가장", "엄청": "매우", "되게": "매우", "진짜": "매우", "맨날": "매일", "근데": "그런데",
        "쌤": "선생님", "얘기": "이야기", "게": "것이", "거는": "것은", "거를": "것을", "거도": "것도", "걸": "것을", "건": "것은", "땐": "때는", "거라고": "것이라고", "거라는": "것이라는", "애들": "친구들",
        "애": "학생", "애예요": "학생이에요", "애임": "학생임", "애다": "학생이다", "애였다": "학생이었다",
        "애들이": "친구들이", "애들은": "친구들은", "애들도": "친구들도", "애들의": "친구들의",
        "아이예요": "학생이에요", "아이임": "학생임", "아이다": "학생이다", "아이였음": "학생이었음", "아이였다": "학생이었다",
        "그걸로": "그것으로", "그걸": "그것을", "그게": "그것이", "이걸로": "이것으로", "이걸": "이것을", "이게": "이것이",
        "폰": "스마트폰", "반티": "학급 티셔츠", "확통": "확률과 통계", "사문": "사회·문화", "생윤": "생활과 윤리", "윤사": "윤리와 사상",
        "완전": "매우", "너무": "매우", "엄청나게": "매우", "꽤": "상당히", "확": "크게",
        // Classmates called 애 in speech: "다른 애가 발표함" → "다른 친구가 발표함".
        "애가": "친구가", "애는": "친구는", "애를": "친구를", "애에게": "친구에게", "애한테": "친구에게", "애도": "친구도", "애랑": "친구와",
        "초과돼서": "초과되어", "돼서": "되어", "안돼서": "안 되어",
        "단톡": "학급 단체 대화방", "단톡방": "학급 단체 대화방", "단톡방에서": "학급 단체 대화방에서", "단톡에": "학급 단체 대화방에",
        "재밌어함": "흥미로워함", "재밌어했음": "흥미로워했음", "재밌게": "재미있게", "재밌는": "재미있는", "재밌다고": "재미있다고",
        "잼": "측정함", "꼴찌": "최하위", "담임쌤": "담임 선생님", "얘": "이 학생", "얘가": "이 학생이", "얘는": "이 학생은",
        // Slang for putting to use, and the class as "our class".
        "써먹음": "활용함", "써먹었음": "활용했음", "써먹고": "활용하고", "써먹어": "활용해", "써먹는": "활용하는", "써먹어서": "활용해서",
        "써먹으며": "활용하며", "얘기로": "이야기로", "얘기를": "이야기를", "얘기함": "이야기함", "얘기하며": "이야기하며", "쌤한테": "선생님께", "쌤에게": "선생님께", "쌤께": "선생님께", "쌤이": "선생님이", "쌤은": "선생님은", "쌤도": "선생님도", "걸로": "것으로", "보더니": "보고", "울반": "학급", "우리반": "학급", "우리반과": "학급과", "우리반의": "학급의", "우리반에서": "학급에서", "우리반은": "학급은", "우리반이": "학급이", "우리반도": "학급도", "애니": "애니메이션", "넘": "매우", "젤로": "가장",
    ]
    /// Softeners a record leaves out ("성격이 좀 무뚝뚝함").
    /// "본인 왈 '…'": 왈 (and 曰) only marks the quote that follows.
    private static let fillers: Set<String> = ["좀", "막", "약간", "걍", "왈", "曰"]
    /// Last syllables of the spoken particles `writtenParticle` rewrites.
    private static let spokenParticleEnds = Set("테서는도랑엔턴선".unicodeScalars)
    /// Nouns that end in 랑 or 엔 themselves.
    private static let notSpokenParticle: Set<String> = ["사랑", "자랑", "파랑", "노랑", "이랑", "빨랑", "유엔", "엔", "오픈엔"]

    private static func spokenWordsWrittenOut(_ words: [String], quoted: [Bool]) -> [String] {
        var result: [String] = []
        for (index, word) in words.enumerated() {
            guard !quoted[index] else {
                result.append(word)
                continue
            }
            let (core, tail) = splitTrailingMarks(word)
            // "본인이 알람 3개를 맞춤": the student named as the subject; a record's subject is always them.
            // After a time ("상담 후 본인이 …"); "본인은 경찰이 꿈이래요" reports the student's words and keeps them.
            if core == "본인이", tail.isEmpty, index > 0, index + 2 < words.count, words[index - 1].hasSuffix("후") || words[index - 1].hasSuffix("뒤") {
                continue
            }
            // "사서쌤을", "영양쌤께", "보건쌤도": a teacher named by subject and 쌤 is that subject's 선생님.
            if let ssaem = core.range(of: "쌤"), ssaem.lowerBound != core.startIndex, core.distance(from: core.startIndex, to: ssaem.lowerBound) >= 2 {
                var after = String(core[ssaem.upperBound...])
                if after == "한테" || after == "에게" { after = "께" }
                result.append(String(core[..<ssaem.lowerBound]) + " 선생님" + after + tail)
                continue
            }
            // "본인이 알아서 정함", "다 알아서 함": the student did it on their own.
            if (core == "본인이" || core == "다") && index + 1 < words.count && words[index + 1] == "알아서" { continue }
            if core == "알아서", index + 1 < words.count { result.append("스스로" + tail); continue }
            // "부식돼서" → "부식되어"; "만들었더니" → "만들자", "했더니" → "하자": spoken joints as written.
            if core.hasSuffix("돼서"), core.count >= 3 {
                result.append(String(core.dropLast(2)) + "되어" + tail)
                continue
            }
            if core.hasSuffix("했더니"), core.count >= 3 {
                result.append(String(core.dropLast(3)) + "하자" + tail)
                continue
            }
            // A stem closed by a consonant stands whole before 었더니 ("만들었더니", "찾았더니").
            if core.hasSuffix("었더니") || core.hasSuffix("았더니"), core.count >= 4,
               let end = core.dropLast(3).unicodeScalars.last, (Hangul.finalIndex(end) ?? 0) != 0 {
                result.append(String(core.dropLast(3)) + "자" + tail)
                continue
            }
            // "탐구보고서 썼고요, …": the polite 요 after a connective is speech.
            if core.count >= 3, core.hasSuffix("고요"), index + 1 < words.count, VerbStem.stem(of: String(core.dropLast()), at: .connective) != nil {
                result.append(String(core.dropLast()) + tail)
                continue
            }
            // Spoken words are at most four syllables: longer ones need only the particle check.
            guard core.utf8.count <= 12 else {
                result.append(writtenParticle(core) + tail)
                continue
            }
            if fillers.contains(core) && tail.isEmpty && index + 1 < words.count { continue }
            // "애가 진짜 밝아요": 애 opening the line is the student the notes are about, whom a record
            // does not name as its subject; "다른 애가" is a classmate.
            if index == 0, ["애가", "애는", "얘가", "얘는"].contains(core), words.count > 2 { continue }
            // "말 거는", "전화 거는": 걸다, not a spoken 것은.
            if core == "거는" || core == "거를", index > 0, ["말", "전화", "시비", "장난", "농담", "내기", "기대"].contains(words[index - 1]) {
                result.append(word)
                continue
            }
            if core == "거" {
                // "듣는 거 잘함": the thing done, the object of the closing predicate; "정리한 거 인상적":
                // the subject of an evaluation.
                let closing = words.last.map { String($0.filter { !$0.isPunctuation }) } ?? ""
                let evaluated = closing.hasSuffix("적") || closing.hasPrefix("인상") || closing.hasPrefix("좋") || closing.hasPrefix("돋보")
                    || closing.hasPrefix("훌륭") || closing.hasPrefix("대단") || closing.hasPrefix("참신") || closing.hasPrefix("놀라")
                    // "허점 짚는 거 날카로움": a quality said of the doing ("-로움", "-스러움", "-다움").
                    || SentenceForms.descriptivePredicates.contains(closing) || ["로움", "러움", "다움"].contains(where: closing.hasSuffix)
                // "누가 시킨 거 아님": what is denied is the subject of 아니다.
                let denied = closing.hasPrefix("아님") || closing.hasPrefix("아니")
                // "창문 여는 거 1년 내내 자발적으로 함": what the closing doing is done to, further off.
                let next = words[min(index + 1, words.count - 1)]
                let doneFurtherOff = index < words.count - 2 && (closing.hasSuffix("함") || isTransitive(closing)) && !evaluated
                    && !["같", "처럼", "보다", "만", "도", "이", "은", "는", "아니"].contains(where: next.hasPrefix)
                result.append((index == words.count - 2 ? (evaluated || denied ? "것이" : "것을") : doneFurtherOff ? "것을" : "것") + tail)
            } else if var written = spokenWords[core] {
                // "학급 단톡" names the class once.
                if written.hasPrefix("학급 "), let previous = result.last, ["학급", "반", "우리 반"].contains(previous) { written.removeFirst(3) }
                result.append(written + tail)
            } else {
                result.append(writtenParticle(core) + tail)
            }
        }
        return result
    }

    /// The word with a spoken particle in its written form: 한테 → 에게, (이)랑 → 와/과, 엔 → 에는.
    private static func writtenParticle(_ word: String) -> String {
        guard let last = word.unicodeScalars.last, spokenParticleEnds.contains(last), word.unicodeScalars.count >= 2,
              !notSpokenParticle.contains(word),
              // "장기자랑", "첫사랑", "하늘파랑": a compound that ends in one of them.
              !["자랑", "사랑", "파랑", "노랑"].contains(where: word.hasSuffix)
        else { return word }
        for (spoken, written) in [("한테서", "에게서"), ("한테는", "에게는"), ("한테도", "에게도"), ("한테", "에게")] where word.hasSuffix(spoken) {
            let base = String(word.dropLast(spoken.count))
            return base.isEmpty ? word : (base == "애들" ? "친구들" : base) + written
        }
        if word.hasSuffix("랑") {
            var base = String(word.dropLast())
            // "경험(전학 와서 겪은 편견)이랑": after a note the spoken particle still says whether the noun
            // before the note ends in a consonant (이랑 → 과) or not (랑 → 와).
            if base.hasSuffix(")이") { return String(base.dropLast()) + "과" }
            if base.hasSuffix(")") { return base + "와" }
            if base.hasSuffix("이"), base.count >= 2,
               let before = base.unicodeScalars.dropLast().last, (Hangul.finalIndex(before) ?? 0) != 0
            {
                base.removeLast()
            }
            return base + Hangul.particle(after: base, withFinal: "과", withoutFinal: "와")
        }
        if word.hasSuffix("부턴"), word.count > 2 {
            return String(word.dropLast()) + "터는"  // "중반부턴" → 중반부터는
        }
        // "지필에선": the spoken 에선 is written 에서는.
        if word.hasSuffix("에선"), word.count > 2 { return String(word.dropLast()) + "서는" }
        if word.hasSuffix("엔"), let before = word.unicodeScalars.dropLast().last,
           Hangul.isSyllable(before) || (0x30...0x39).contains(before.value)
        {
            return String(word.dropLast()) + "에는"
        }
        return word
    }

    // MARK: signs

    /// "버블정렬 vs 선택정렬", "근거 두 개 + 반론": the two things named together.
    private static let joiningSigns: Set<String> = ["vs", "VS", "Vs", "vs.", "+", "&"]

    private static func signsAsParticles(_ words: [String], quoted: [Bool]) -> [String] {
        var result: [String] = []
        for (index, word) in words.enumerated() {
            if joiningSigns.contains(word), !quoted[index], index > 0, index + 1 < words.count, let previous = result.popLast() {
                // "사진 찍어 옴 + 신문 기사 옮겨 적음": two doings go on from one to the next, not "옴과".
                if isClosedDoing(previous) {
                    result.append(ClauseForms.connective(previous, preferGo: true))
                    continue
                }
                result.append(previous + Hangul.particle(after: previous, withFinal: "과", withoutFinal: "와"))
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// "옴", "적음", "정리함", "만듦": a doing closed in its noun form; "발표", "그림" (a picture) are not.
    private static func isClosedDoing(_ word: String) -> Bool {
        guard word.count >= 1, word.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.notNouns.contains(word) else { return false }
        if word.hasSuffix("함") || word.hasSuffix("됨") { return word.count >= 2 }
        return ["옴", "줌", "씀", "봄", "적음", "찾음", "읽음", "만듦", "붙임", "모음", "남김", "옮김", "들음", "받음"].contains(where: word.hasSuffix)
    }

    /// "피켓 문구를 모아서(29개)" → "피켓 문구 29개를 모아서": a count a note puts after the doing is
    /// the number of the things it was done to.
    private static func countsBesideTheirThings(_ words: [String]) -> [String] {
        var result = words
        for index in words.indices.dropFirst() {
            let word = result[index]
            guard word.hasSuffix(")"), let open = word.lastIndex(of: "("), open > word.startIndex else { continue }
            let count = String(word[word.index(after: open)..<word.index(before: word.endIndex)])
            let verb = String(word[..<open])
            let object = result[index - 1]
            // People counted ("(32명)") are whom it was done with, not the things done to.
            guard isCountOfThings(count), !count.hasSuffix("명"), isVerbForm(verb) || verb.hasSuffix("고"),
                  let particle = ["을", "를"].first(where: object.hasSuffix), object.count > 1
            else { continue }
            let noun = String(object.dropLast(particle.count))
            result[index - 1] = noun + " " + count + Hangul.particle(after: count, withFinal: "을", withoutFinal: "를")
            result[index] = verb
        }
        return result
    }

    /// "20cm/40cm/60cm" → "20cm, 40cm, 60cm", "(보수/진보/경제지)" → "(보수·진보·경제지)", "베이킹소다+구연산" →
    /// "베이킹소다와 구연산": signs a note lists with, in the record's punctuation. Dates ("9/12"), fractions
    /// ("18/20"), units ("km/h") and single letters ("O/X") stay as they are.
    private static func listSignsWrittenOut(_ word: String) -> String {
        var core = Substring(word)
        var lead = "", tail = ""
        while let first = core.first, "(『「'\"‘“[".contains(first) { lead.append(first); core = core.dropFirst() }
        while let last = core.last, ")』」'\"’”].,".contains(last) { tail = String(last) + tail; core = core.dropLast() }
        for sign in ["/", "+"] where core.contains(sign) {
            let parts = core.split(separator: Character(sign), omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ $0.count >= 2 }), !isDayOfMonth(String(core)),
                  !parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
                  // "m/s", "km/h": a unit's letters after the sign.
                  !parts.dropFirst().contains(where: { $0.allSatisfy { $0.isASCII && $0.isLetter } && $0.count <= 2 })
            else { continue }
            let allHangul = parts.allSatisfy { $0.unicodeScalars.allSatisfy(Hangul.isSyllable) }
            if sign == "+" {
                guard allHangul, parts.count == 2 else { continue }
                let first = String(parts[0])
                return lead + first + Hangul.particle(after: first, withFinal: "과", withoutFinal: "와") + " " + parts[1] + tail
            }
            return lead + parts.joined(separator: allHangul ? "·" : ", ") + tail
        }
        return word
    }

    // MARK: objects

    /// Action nouns with 하다 a bare noun before is the object of: "원고 작성함", "자료 조사하고", "주제 발표함".
    private static let objectTakingActionNouns = [
        "작성", "제작", "제출", "분석", "조사", "비교", "측정", "기록", "제안", "운영", "계산", "검색", "수집", "활용", "사용",
        "구성", "설계", "공유", "소개", "완성", "표시", "요약", "인용", "추천", "개선", "수정", "보완", "점검", "진행", "담당",
        "자청", "시작", "발표", "편집", "촬영", "기획", "설명", "해석", "정의", "도출", "제시", "발견", "관찰", "탐색",
        "보강", "인터뷰", "스크랩", "실시", "개발", "구현", "시연", "번역", "낭독", "암기", "모집", "배포", "게시", "검토", "해결",
        "조정", "선정", "확보", "입력", "반영", "예측", "증명", "유도", "설치", "녹음", "녹화", "복원", "재현", "검증",
        "교육", "방지", "신설", "개설", "발행", "송출", "보급", "연결", "모델링", "구상", "배치", "배정", "요청", "시청", "감상",
        "탐구", "체험", "계획", "홍보", "평가", "실천", "참고", "적용", "응용", "첨삭", "연습", "복습", "학습", "공부", "조율",
        "중재", "주도", "지원", "설득", "분류", "정렬", "시각화", "코딩", "예상", "추론", "정독", "필사", "완주", "극복", "자원",
        "유지", "비치", "리팩토링", "진열", "업로드", "이용",
    ]

    /// Verbs that take the bare noun before them as their object ("가설 세우고" → "가설을 세우고",
    /// "의견 정리해서" → "의견을 정리해서"), by how their forms begin. Not 보다 (보고서), 하다, or
    /// action nouns a modifier may stand before ("모둠 발표함").
    private static let transitiveStarts = [
        "세우", "세워", "세움", "세웠", "찾", "받", "만들", "만듦", "만든", "맡", "바꿔", "바꾸", "바꿈", "바꾼", "바꿨", "불러", "부르",
        "그려", "그리고", "그렸", "그린", "고쳐", "고치", "고침", "고친", "읽", "모아", "모으", "모은", "모았", "나눠", "나누", "나눈",
        "옮겨", "옮기", "옮김", "적어", "적고", "적음", "적은", "정해", "정하", "정함", "정한", "정했", "써서", "쓰고", "쓰며", "씀", "쓴",
        "썼", "가르쳐", "가르치", "알려", "알리", "이끌", "이끎", "이끈", "지켜", "지키", "지킴", "챙겨", "챙기", "외워", "외우", "외움",
        "풀어", "풀고", "풂", "푼", "풀었", "냄", "냈", "낸", "내고", "내며", "내어", "내서", "듣고", "남겨", "남기", "남김", "붙여", "붙이", "꺼내", "꺼냄", "꺼낸", "꺼냈",
        "골라", "고르", "고름", "고른", "골랐", "던짐", "던져", "던지", "세고", "세서", "세어", "셈", "셌", "구하", "구해", "구함",
        "구한", "구했", "들고", "봐줌", "봐주", "봐줬", "도와", "도왔", "돕고", "채워", "채우", "채움", "채운", "갖춰", "갖추", "갖춤",
        "정리해", "정리하", "정리함", "정리한", "정리했", "확인해", "확인하", "확인함", "확인한", "확인했", "설명해", "설명하", "설명함",
        "설명한", "설명했", "관리해", "관리하", "관리함", "준비해", "준비하", "준비함", "준비했", "다루", "다뤄", "다룸", "다룬", "다뤘",
        "살펴", "살피", "살핌", "살핀", "엮어", "엮고", "엮음", "엮은", "꾸며", "꾸미", "꾸밈", "꾸민", "펼쳐", "펼치", "펼침", "펼친",
        "키워", "키우", "키움", "키운", "넓혀", "넓히", "넓힘", "넓힌", "올려", "올리", "올림", "올린",
        "돌려", "돌리", "돌림", "돌린", "찍어", "찍고", "찍음", "찍은", "가져", "뽑아", "뽑고", "뽑음", "뽑은", "짜고", "짬", "짠", "얹어", "얹음",
        "정할", "세울", "바꿀", "고칠", "모을", "나눌", "옮길", "그릴", "외울", "지킬", "짚어", "짚고", "짚음", "짚은", "짚었", "짚으",
        // "설명 잘함", "중재 잘함": what the student does well is done to the noun before it.
        "잘함", "잘하", "잘했", "잘해",
    ] + objectTakingActionNouns.flatMap { noun in ["해", "하", "함", "한", "했"].map { noun + $0 } }
    /// `transitiveStarts` by their first scalar, compared scalar by scalar (the drafting hot path).
    private static let transitiveStartsByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(
        grouping: transitiveStarts.map { Array($0.unicodeScalars) }, by: { $0[0] })

    /// Words before a verb that are no object: times, counts and manners.
    private static let notObjects: Set<String> = [
        "오늘", "매일", "매번", "처음", "나중", "이번", "지난번", "주말", "이후", "이전", "다음", "그다음", "아침", "점심", "저녁", "방과후", "항상", "자주", "가끔",
        "혼자", "함께", "스스로", "다시", "직접", "꼭", "또", "더", "잘", "못", "안", "많이", "같이", "먼저", "일찍", "미리", "계속",
        "모두", "끝까지", "열심히", "따로", "바로", "서로", "새로", "이미", "아직", "거의", "모둠", "학급", "반", "팀", "조", "개인",
        "반드시", "절대", "결코", "틀림없이", "늘", "언제나", "특히", "가장", "정말", "아주", "조금", "좀", "약간", "충분히", "제대로", "우선",
        "꼬박", "꼬박꼬박", "빠짐없이", "착실히", "차근차근", "하나하나", "일일이", "골고루", "고루",
        "번", "회", "개", "명", "가지", "차례", "장", "쪽", "권", "편", "분", "일", "주", "달", "년", "줄", "때", "후", "전", "중", "동안", "내내", "간", "만에", "초",
        // Times and the connective forms of verbs that end like nouns: "밤새 고침", "매달 써서", "예시를 들어 반박".
        "밤새", "밤새워", "새벽", "매달", "매주", "매월", "매년", "매학기", "들어", "골라", "모아", "찾아", "맞춰", "나눠", "바꿔", "세워",
        "붙여", "펼쳐", "옮겨", "살펴", "알아", "받아", "넣어", "읽어", "만들어",
        // "「황소」 보고 씀": having seen it, not a report.
        "보고",
    ]

    /// Endings of adverbs and of words with a delimiter: "꼼꼼히", "쉽게", "논리적", "한 줄씩", "작품마다".
    private static let nonParticleEndings = ["히", "게", "적", "씩", "마다", "까지", "부터", "처럼", "보다", "조차", "밖에", "께", "는데", "은데", "인데", "지만", "끼리"]
    /// Nouns that end like a verb's infinitive.
    private static let nounsLikeInfinitives: Set<String> = [
        "영어", "국어", "단어", "용어", "언어", "고려", "숭어", "올해", "이해", "아이디어", "소프트웨어", "하드웨어", "투어", "플레이어", "레이어", "커리어",
    ]

    /// A verb before the verb ("세워서 씀", "그려 설명함", "정리해 발표함"): no object.
    static func isVerbForm(_ word: String) -> Bool {
        if nounsLikeInfinitives.contains(word) { return false }
        // "들어보고", "찾아보고": 보다 as the auxiliary of trying, never the noun 보고 (report).
        if word.count >= 3, ["어보고", "아보고", "여보고", "해보고", "워보고", "와보고", "봐서", "봤고"].contains(where: word.hasSuffix) { return true }
        // "듣고 고쳐 옴", "만들며": a connective of a verb.
        if word.count >= 2, ["고", "며"].contains(where: word.hasSuffix), VerbStem.stem(of: word, at: .connective) != nil,
           !VerbStem.nounsLikeConnectives.contains(where: word.hasSuffix)
        {
            return true
        }
        // "지나니까", "하다가", "보더니": clause endings.
        // "불만이었으나", "어려웠으나": a contrast already written.
        if ["니까", "다가", "더니", "자마자", "면서", "었으나", "았으나", "였으나", "했으나"].contains(where: word.hasSuffix) && word.count >= 3 { return true }
        if ["서", "하고", "하며", "하면서", "되어", "되고", "지만", "는데", "다고", "라고", "려고", "도록", "게끔"].contains(where: word.hasSuffix) && word.count >= 2 {
            return !["교과서", "보고서", "설명서", "계획서", "신청서", "독서", "순서", "도서", "문서", "증명서", "답안서", "의견서", "건의서", "각서"]
                .contains(where: word.hasSuffix)
        }
        if word.count >= 3 && word.hasSuffix("해") { return true }
        guard let last = word.unicodeScalars.last, let syllable = Hangul.decompose(last), syllable.final == 0 else { return false }
        return ["어", "아", "여", "워", "와", "려", "쳐", "켜", "겨", "져", "혀", "춰", "꿔", "눠", "둬"].contains(String(Character(last)))
    }

    /// Closings that say what came out, not what the student did.
    private static let resultClosings = ["나옴", "나왔", "나타남", "나타났", "줄어듦", "줄었", "늘어남", "늘었", "바뀜", "바뀌었", "높아짐", "낮아짐", "커짐", "작아짐"]
    private static let measuringNouns: Set<String> = ["계산", "측정", "조사", "분석", "실험", "비교", "관찰", "설문", "검사", "재측정"]

    /// Single-syllable nouns a verb takes as its object: "책 읽음", "표 만들고", "시 외움".
    private static let shortObjects: Set<String> = ["답", "글", "책", "시", "곡", "표", "길", "말", "점"]

    /// "하루 전에", "수업 후에": when, which a noun before it measures; never a place between an object
    /// and its verb.
    private static let timesPlaced: Set<String> = ["전에", "후에", "뒤에", "중에", "때에", "안에", "내에", "만에", "사이에", "동안에"]

    /// People a clause may modify ("모르는 친구"), who are no object of the verb a place word follows.
    private static let peopleNouns = ["친구", "친구들", "급우", "급우들", "후배", "후배들", "선배", "동생", "동생들", "학생", "학생들", "부원", "조원", "팀원", "모둠원"]

    /// Manner words that stand between an object and its verb.
    private static let mannerWords: Set<String> = ["직접", "스스로", "먼저", "다시", "꼼꼼히", "함께", "같이", "미리", "새로", "따로", "혼자", "자주", "끝까지",
                                                   "꾸준히", "열심히", "매일", "매주", "손수", "일일이", "모두", "전부", "다"]

    /// "근거 2개", "기사 5건", "12명": things counted, which a verb after them takes as its object
    /// ("2개를 보강함"). Counts of times ("3번", "2회") say how often, never what.
    private static func isCountOfThings(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        return !digits.isEmpty && thingCounters.contains(String(word.dropFirst(digits.count)))
    }

    private static let thingCounters: Set<String> = ["개", "명", "건", "편", "장", "권", "가지", "곳", "종", "문항", "쪽", "개의", "점"]

    private static func objectsMarked(_ words: [String], quoted: [Bool]) -> [String] {
        var result = words
        // "『숨결이 바람 될 때』 읽고": a title read takes its particle after its closing mark.
        for index in words.indices.dropLast() where words[index + 1].hasPrefix("읽") {
            var word = words[index]
            // "『아몬드』(손원평) 읽고": the author's note after the title; the particle follows the note.
            let note = word.hasSuffix(")") ? word.lastIndex(of: "(").map { String(word[$0...]) } ?? "" : ""
            if !note.isEmpty { word = String(word.dropLast(note.count)) }
            guard let close = word.last, "』」".contains(close), word.count >= 2 else { continue }
            let before = word.dropLast()
            guard let lastLetter = before.last, lastLetter.unicodeScalars.allSatisfy(Hangul.isSyllable) || lastLetter.isNumber else { continue }
            result[index] = word + note + Hangul.particle(after: String(before), withFinal: "을", withoutFinal: "를")
        }
        // "「그날」 골라", "'우리 동네 입지 분석' 정리함": a title or a quoted name before a verb that takes an
        // object is that object.
        for index in words.indices.dropLast() where result[index] == words[index] && !quoted[index + 1] {
            let word = words[index]
            // The quote's last word: "「그날」", "Water'" of "'Save Water'".
            guard let close = word.last, "』」》'\"’”".contains(close), word.count >= 2, quoted[index],
                  words[index + 1].unicodeScalars.first.flatMap({ transitiveStartsByFirst[$0] })?
                    .contains(where: { words[index + 1].unicodeScalars.starts(with: $0) }) == true,
                  !words[index + 1].hasPrefix("읽"), !words[index + 1].hasPrefix("정해"), !words[index + 1].hasPrefix("정하")
            else { continue }
            let inner = word.dropLast()
            // A Latin title's particle depends on how it is read aloud, which the letters do not tell.
            guard let letter = inner.last, letter.unicodeScalars.allSatisfy(Hangul.isSyllable) || letter.isNumber else { continue }
            result[index] = word + Hangul.particle(after: String(inner), withFinal: "을", withoutFinal: "를")
        }
        for index in words.indices.dropLast() where !quoted[index] && !quoted[index + 1] {
            // "오차 원인(날씨, 시험기간) 스스로 분석": the particle follows the note and agrees with the noun
            // the note is about.
            let noted = parenthesizedHead(words, endingAt: index)
            let noun = noted ?? words[index]
            // "인물 관계도 직접 그려서", "역할 자주 맡음": a manner word between the object and its verb.
            let skipsManner = index + 2 < words.count && mannerWords.contains(words[index + 1]) && !quoted[index + 2]
            // "일반항을 유도하는 과정 칠판에 설명함": a noun a clause modifies, then where or to whom, then
            // the verb: the noun is what the verb was done to.
            var verbIndex = index + (skipsManner ? 2 : 1)
            if !skipsManner, index > 0, isModifier(words[index - 1]), !timesOfDay.contains(noun) {
                while verbIndex < min(index + 3, words.count - 1), !quoted[verbIndex], words[verbIndex].count >= 2,
                      // "속도 등으로 나눠서": 등 closes a list the noun ends, it is no place.
                      !words[verbIndex].hasPrefix("등"),
                      placeEndings.contains(where: words[verbIndex].hasSuffix) && !timesPlaced.contains(words[verbIndex]) || mannerWords.contains(words[verbIndex]) {
                    verbIndex += 1
                }
            }
            // "모르는 친구 질문에 설명해줌": a person before a word that says to what is whose that word is
            // ("친구의 질문에"), never what the verb was done to.
            if verbIndex > index + 1, peopleNouns.contains(where: noun.hasSuffix) { continue }
            let next = words[verbIndex]
            // "중재 잘 함": 잘 and its verb read as one ("잘함").
            var verb = next == "잘" && verbIndex + 1 < words.count ? next + words[verbIndex + 1] : next
            // "과정 칠판에 설명": an action noun closing the note after where it was done is its verb.
            if verbIndex > index + 1, verbIndex == words.count - 1, objectTakingActionNouns.contains(next) { verb = next + "함" }
            // "만들기에서는": a nominalised verb names an activity, it takes no object here.
            guard let first = verb.unicodeScalars.first, let starts = transitiveStartsByFirst[first],
                  let start = starts.first(where: { verb.unicodeScalars.starts(with: $0) }),
                  verb.unicodeScalars.dropFirst(start.count).first != "기",
                  noun.unicodeScalars.count >= 2 || shortObjects.contains(noun) || noun == "수" && isCountedNoun(words, before: index),
                  noun.unicodeScalars.allSatisfy(Hangul.isSyllable) || isCountOfThings(noun), !notObjects.contains(noun), !SentenceForms.notNouns.contains(noun),
                  // "화면만 보고 읽음": after an object or a 만, the word is that object's verb.
                  index == 0 || !["만", "을", "를"].contains(where: words[index - 1].hasSuffix),
                  !SentenceForms.endsInParticle(noun), !nonParticleEndings.contains(where: noun.hasSuffix), !isVerbForm(noun),
                  // "방관자였던 적은": a verb's form before a noun modifies it and takes no particle.
                  !isModifier(noun),
                  // "학교 지킴이 선생님": a noun made of a verb and -이 names a person, it is no verb.
                  !isPersonNounOfVerb(verb)
            else { continue }
            // "발언 적은 친구들": 적은 before a person is how few, said of the noun before it.
            if verb == "적은", verbIndex + 1 < words.count, peopleNouns.contains(where: words[verbIndex + 1].hasPrefix) {
                result[index] = words[index] + Hangul.particle(after: noun, withFinal: "이", withoutFinal: "가")
                continue
            }
            // An action noun before an action noun is one compound ("관측 스케치"), not its object.
            if Style.isVerbalNoun(noun), Style.endsWithVerbalNoun(String(verb.prefix(2))) { continue }
            // "남겨두기 시작함": -기 before 시작하다 is how the beginning is said, not an object.
            if noun.hasSuffix("기"), verb.hasPrefix("시작") { continue }
            // "답 찾아서 다음 시간 공유": a time placed by 다음·지난 says when, never what.
            if SentenceForms.isPlacedTime(words, at: index) {
                result[index] = words[index] + "에"
                continue
            }
            // "사진을 찍어 대화방 공유함": where a thing is posted takes 에, not a second object.
            if postingVerbs.contains(where: verb.hasPrefix), postedOnto.contains(where: noun.hasSuffix) {
                result[index] = words[index] + "에"
                continue
            }
            result[index] = words[index] + Hangul.particle(after: noun, withFinal: "을", withoutFinal: "를")
        }
        // "미술관 가서", "과학관 갔다가": where the student went takes 에.
        for index in words.indices.dropLast() where !quoted[index]
            && (goingWords.contains(words[index + 1]) || index + 2 < words.count && mannerWords.contains(words[index + 1]) && goingWords.contains(words[index + 2]))
        {
            let place = result[index]
            guard place == words[index], place.count >= 2, place.unicodeScalars.allSatisfy(Hangul.isSyllable),
                  placeEnds.contains(where: place.hasSuffix), !SentenceForms.endsInParticle(place)
            else { continue }
            result[index] = place + "에"
        }
        return result
    }

    /// The noun a parenthesized note closing at `index` is about: "원인" of "원인(날씨, 시험기간)".
    private static func parenthesizedHead(_ words: [String], endingAt index: Int) -> String? {
        guard words[index].hasSuffix(")") else { return nil }
        for start in stride(from: index, through: max(0, index - 6), by: -1) {
            guard let open = words[start].firstIndex(of: "(") else { continue }
            let head = String(words[start][..<open])
            return head.isEmpty ? nil : head
        }
        return nil
    }

    /// "세포 수 세고": 수 as the number of the things the noun before it names.
    private static func isCountedNoun(_ words: [String], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = words[index - 1]
        // "할 수", "볼 수": after a modifier in ㄹ, 수 is what the student can do.
        guard let last = previous.unicodeScalars.last, let syllable = Hangul.decompose(last), syllable.final != Hangul.Final.rieul else { return false }
        return previous.count >= 2 && previous.unicodeScalars.allSatisfy(Hangul.isSyllable) && !SentenceForms.endsInParticle(previous)
            && !isModifier(previous) && !isVerbForm(previous)
    }

    /// "지킴이", "도우미", "길잡이": a verb's noun form with -이, or a word made so, names a person or a
    /// thing by what it does; it is no verb.
    private static func isPersonNounOfVerb(_ word: String) -> Bool {
        let core = word.hasSuffix(",") ? String(word.dropLast()) : word
        if ["도우미", "잡이"].contains(where: core.hasSuffix) { return true }
        let scalars = Array(core.unicodeScalars)
        guard scalars.count >= 2, scalars.last == "이", let before = Hangul.decompose(scalars[scalars.count - 2]) else { return false }
        return before.final == Hangul.Final.mieum
    }

    /// Whether the word is a form of a verb that takes an object ("알려줌", "설명함", "고침").
    private static func isTransitive(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, let starts = transitiveStartsByFirst[first] else { return false }
        return starts.contains { word.unicodeScalars.starts(with: $0) }
    }

    /// Endings of where or to whom a thing is done: "칠판에", "모둠원들에게", "표로".
    private static let placeEndings = ["에게", "한테", "에서", "에", "으로", "로"]
    /// Nouns a clause modifies that say when, never what: "쉬는 시간", "남는 때".
    private static let timesOfDay: Set<String> = ["시간", "때", "날", "동안", "중", "후", "전", "틈", "순간", "시기", "학기", "주", "달"]

    /// "유도하는", "정리한", "만든", "찾을": a verb's form before the noun it modifies.
    private static func isModifier(_ word: String) -> Bool {
        guard word.count >= 2, let last = word.unicodeScalars.last, let syllable = Hangul.decompose(last) else { return false }
        if word.hasSuffix("는") || word.hasSuffix("던") { return VerbStem.stem(of: String(word.dropLast()) + "다", at: .sentenceFinal) != nil }
        // A past modifier: 한, 만든, 찾은 (ㄴ under the last syllable), and not a noun that ends so (연구원, 동안).
        guard syllable.final == Hangul.Final.nieun else { return false }
        return word.hasSuffix("한") && word.count >= 3 && Style.isVerbalNoun(String(word.dropLast())) || ["은", "든", "운", "른"].contains(where: word.hasSuffix) && word.count >= 2
    }

    private static let postingVerbs = ["공유", "게시", "올려", "올리", "올림", "붙여", "붙이", "붙임", "업로드"]
    /// Where things are posted: 대화방, 게시판, 채널, 드라이브, 홈페이지, 벽.
    private static let postedOnto = ["대화방", "단톡방", "게시판", "채널", "드라이브", "홈페이지", "카페", "밴드", "벽", "패들렛", "실", "복도", "입구", "교실", "현관"]

    private static let goingWords: Set<String> = ["가서", "가서는", "가서도", "갔다가", "가", "감", "갔음", "다녀옴", "다녀와서", "방문함", "옴", "와서", "왔음", "찾아옴", "찾아와서"]
    /// Last syllables of the places a student goes to: 미술관, 도서관, 연구소, 공원, 시장, 현장, 교무실.
    private static let placeEnds = ["관", "소", "원", "장", "센터", "시장", "공원", "현장", "기관", "교무실", "과학실", "도서실", "음악실", "미술실", "실험실", "방송실"]

    // MARK: clauses closed mid-line


    /// "다룸, 원작과 비교하는 …" → "다루며 원작과 비교하는 …": a clause the teacher closed before a comma
    /// continues into the next one, as the line goes on. Lists inside parentheses or quotes stay lists.
    /// Whether the comma at `index` is inside a list that a head noun closes: "조경, 동물 보호, 식품 분야의",
    /// "토론, 발표 등을".
    private static func isNounList(_ words: [String], from index: Int) -> Bool {
        guard let last = words[(index + 1)...].firstIndex(where: { !$0.hasSuffix(",") }) else { return false }
        let heads = ["분야", "영역", "등", "관련", "같은", "방면", "계열", "사례", "문제", "자료", "요소", "측면"]
        // The list's last item and the head noun after it: "개인정보 수집 사례를". A head that opens
        // what follows the comma ("추론, 관련 자료 찾아봄") closes no list.
        let closing = words[(last + 1)...].prefix(2)
        return closing.contains { word in heads.contains(where: word.hasPrefix) } || words[last].hasSuffix("의")
    }

    private static func closedClausesJoined(_ words: [String], enclosed: [Bool]) -> [String] {
        var result = words
        for (index, word) in words.enumerated() where index > 0 && index + 1 < words.count && !enclosed[index] && word.hasSuffix(",") {
            let core = String(word.dropLast())
            // "조경, 동물 보호, 식품 분야의 직업": the items of a list of fields are no doings.
            // An action that has its object or a quote before it is a doing: "때문이라고 추론, 관련 자료 찾아봄".
            if Style.isVerbalNoun(core), isNounList(words, from: index),
               !["라고", "다고", "을", "를"].contains(where: words[index - 1].hasSuffix) { continue }
            if isClosedClause(core) {
                // "질문 많음, 호기심 많음" → "질문이 많으며 …".
                result.replaceSubrange(...index, with: SentenceForms.subjectMarked(Array(result[..<index]) + [core], predicate: core))
                result[index] = ClauseForms.connective(core, preferGo: true)
                // "밝아지며 웃음 많아지며": a second 며 in a row is said with 고.
                if result[index].hasSuffix("며"), result[..<index].contains(where: { $0.hasSuffix("며") }) {
                    result[index] = ClauseForms.goForm(core) ?? result[index]
                }
            } else if SentenceForms.isRole(core) || core == "역할" && index >= 2, !enclosed[index + 1], index + 2 < words.count,
                      words[(index + 1)...].contains(where: { !$0.hasSuffix(",") && isPredicateWord($0) }), isOnlyComma(index, in: words)
            {
                // "학급 도서부장, 학급문고 대출 장부를 엑셀로 바꿈" → "학급 도서부장을 맡아 …": the role, then
                // what the student did in it.
                result[index] = core + Hangul.particle(after: core, withFinal: "을", withoutFinal: "를") + " 맡아"
            } else if isNamedActivity(core), isOnlyComma(index, in: words), !enclosed[index + 1],
                      words[(index + 1)...].contains(where: isPredicateWord)
            {
                // "전개 지도 만들기, 우리 지역 기록 찾아서 추가함": the activity, then what the student did in it.
                result[index] = core + " 활동에서"
            } else if ["찬성측", "반대측", "찬성 측", "반대 측"].contains(where: core.hasSuffix) || (core == "측" && index > 0),
                      words[(index + 1)...].contains(where: { !$0.hasSuffix(",") && isPredicateWord($0) })
            {
                // "생명윤리 토론(…) 반대측, 사례 들어 논증함" → "… 반대측을 맡아 사례 들어 논증함": the side taken.
                result[index] = core + "을 맡아"
                if let setting = result[index - 1] as String?, setting.hasSuffix(")") || Style.endsWithVerbalNoun(setting) || setting.hasSuffix("토론") {
                    result[index - 1] = setting + "에서"
                }
            } else if isQuality(core), !enclosed[index + 1], words[(index + 1)...].contains(where: { !$0.hasSuffix(",") && isPredicateWord($0) }),
                      isOnlyComma(index, in: words)
            {
                // "노트 정리 꼼꼼, 풀이 과정 …" → "노트 정리가 꼼꼼하고 …"; "리시브 자세 안정적," → "…가 안정적이고".
                // Not inside a list of items ("… 모둠장, 연표 정리 우수, …"), each of which is a sentence.
                result[index] = core + (core.hasSuffix("적") ? "이고" : "하고")
                let subject = result[index - 1]
                if subject.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(subject), !SentenceForms.notNouns.contains(subject) {
                    result[index - 1] = subject + Hangul.particle(after: subject, withFinal: "이", withoutFinal: "가")
                }
            } else if Style.isVerbalNoun(core) || core == "담당", !enclosed[index + 1],
                      words[(index + 1)...].contains(where: { !$0.hasSuffix(",") && isPredicateWord($0) })
            {
                // "기사 분석, 공급곡선 이동으로 설명함", "분리수거 담당, 1년 내내 빠짐없이 함": an action, then
                // the next one; "교육 참여," takes 에 ("교육에 참여하고"). What a measuring found is its
                // result ("구간 속력 계산, 이론값보다 8% 작게 나옴" → "계산한 결과 …"), not a second doing.
                let found = words.last.map { last in resultClosings.contains { last.hasPrefix($0) } } ?? false
                result[index] = core + (found && measuringNouns.contains(core) ? "한 결과" : found ? "하여" : "하고")
                if let marked = SentenceForms.objectMarked(Array(result[..<index]), before: core) {
                    // "양식 개선 제안," → "양식 개선을 제안하고".
                    result.replaceSubrange(..<index, with: marked)
                }
                let previous = result[index - 1]
                if ["참여", "참가"].contains(core), previous.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(previous) {
                    result[index - 1] = previous + "에"
                }
            }
        }
        // "적극적, 질문 많음" → "적극적이고 질문 많음": a quality that opens the line.
        if let first = words.first, first.hasSuffix(","), words.count > 1, !enclosed[0], case let core = String(first.dropLast()), isQuality(core),
           !words.dropFirst().contains(where: { $0.hasSuffix(",") }), words.dropFirst().contains(where: isPredicateWord)
        {
            result[0] = core + (core.hasSuffix("적") ? "이고" : "하고")
        }
        return result
    }

    /// "만들기", "꾸미기": an activity named by a verb's 기 form.
    private static func isNamedActivity(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix("기") && VerbStem.stem(of: String(word.dropLast()) + "다", at: .sentenceFinal) != nil
    }

    /// Whether the word at `index` is the line's one comma: a line of several ("… 모둠장, 연표 정리 우수, …")
    /// lists items, each a sentence of its own.
    private static func isOnlyComma(_ index: Int, in words: [String]) -> Bool {
        words.indices.allSatisfy { $0 == index || !words[$0].hasSuffix(",") }
    }

    /// A quality said without its predicate: the root of a 하다 adjective ("꼼꼼") or a -적 noun ("적극적").
    private static func isQuality(_ word: String) -> Bool {
        Style.isDescriptiveRoot(word) || word.count >= 3 && word.hasSuffix("적") && word.unicodeScalars.allSatisfy(Hangul.isSyllable)
    }

    private static func isPredicateWord(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last(where: Hangul.isSyllable) else { return false }
        return Style.isNounEnding(last) && !Style.isVerbalNoun(word) || VerbStem.stem(of: word) != nil
    }

    private static func isClosedClause(_ word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy(Hangul.isSyllable), let last = word.unicodeScalars.last,
              Style.isNounEnding(last), !Style.isVerbalNoun(word), !Style.isNounEndingInMieum(word),
              !SentenceForms.isEvaluation(word)
        else { return false }
        return word.count >= 2 || ["씀", "함", "됨", "옴", "둠", "냄", "줌"].contains(word)
    }

    // MARK: notes

    /// "하천 pH 측정, 4~6월 월 1회" → "하천 pH 측정(4~6월 월 1회)": a count or period after the last
    /// comma of a line without a predicate says how often or how long, as a note in parentheses does.
    private static func trailingCountAsNote(_ text: String) -> String {
        guard let (beforeComma, phraseAsWritten) = parts(of: text, around: ", ", last: true),
              // "(우리 반 28명 대상, 문항 12개)": a comma inside a note is the note's own.
              beforeComma.filter({ $0 == "(" }).count == beforeComma.filter({ $0 == ")" }).count
        else { return text }
        // "총 6회.": the full stop closes the line, not the note.
        let phrase = String(phraseAsWritten.reversed().drop { $0 == "." }.reversed())
        // "사진 12장", "4~6월 월 1회", "2일간 약 150명": a count first or last.
        let lastWordStart = phrase.split(separator: " ").last?.unicodeScalars.first
        guard let first = phrase.unicodeScalars.first,
              (0x30...0x39).contains(first.value) || lastWordStart.map({ (0x30...0x39).contains($0.value) }) == true,
              phrase.split(separator: " ").count <= 4, !phrase.contains("("),
              !SentenceForms.hasPredicate(phrase), !SentenceForms.hasPredicate(beforeComma),
              // "…방식으로 수정, 2차에서 컵 잡기 성공": an event of its own, not a count of what came before.
              !Style.endsWithVerbalNoun(String(phrase.split(separator: " ").last ?? ""))
        else { return text }
        let before = beforeComma
        // "요오드 적정(0.01M 용액), 3회 반복 평균": one note, not two.
        if before.hasSuffix(")") { return before.dropLast() + ", " + phrase + ")" }
        return before + "(" + phrase + ")"
    }

    // MARK: labels

    /// Labels that name what was read: "읽은 책: 『침묵의 봄』, 『…』".
    private static let readingLabels: Set<String> = [
        "읽은 책", "읽은 도서", "책", "독서", "도서", "독서 기록", "추천 도서", "진로 독서", "독서 활동", "독서 연계", "독서연계", "연계 독서",
        "Reading", "reading", "추천 예", "추천 도서 예",
    ]
    /// Labels of what the student pledged, resolved or aimed at, and how a record says it; `lead` puts
    /// the label first ("공약으로 … 내세움").
    private static let pledgeLabels: [String: (verb: String, lead: Bool)] = [
        "공약": ("내세움", true), "선거 공약": ("내세움", false), "다짐": ("다짐함", false), "각오": ("다짐함", false),
        "목표": ("목표로 세움", false), "학기 목표": ("목표로 세움", false),
    ]

    /// Labels that name a hoped-for career: "진로 희망: 환경공학자".
    static let hopeLabels: Set<String> = [
        "진로 희망", "희망 진로", "희망진로", "장래 희망", "장래희망", "진로희망", "희망 직업", "희망직업", "희망 분야", "희망", "꿈", "진로",
    ]
    /// Labels a sentence reads as well without: "결과: 응답자 31% …", "실험: 요오드 적정 …" (the rest
    /// names the experiment itself), "활동1: …".
    private static let bareLabels: Set<String> = [
        "결과", "결론", "내용", "특징", "느낀 점", "소감", "비고", "실험", "활동", "추가", "보고서", "발표", "토론", "프로젝트", "탐구",
        "과제", "수행평가", "기타", "특이사항", "참고", "관찰", "모습", "태도", "성과", "과정", "방법", "자격", "좋은 점", "잘한 점",
        "장점", "강점", "눈에 띈 점", "인상적인 점", "결과물", "산출물", "그 외", "그외", "계기", "수업태도",
        // The qualities a homeroom teacher files observations under ("책임감: 학급 출결 도우미 …"): the
        // observation shows the quality; the heading adds no fact.
        "책임감", "배려", "배려심", "규칙 준수", "학업 태도", "수업 태도", "생활 태도", "갈등 중재", "리더십", "협동", "협동심", "협업",
        "성실", "성실성", "인성", "교우 관계", "자기 관리", "자기주도성", "공동체 의식", "나눔", "소통", "의사소통", "공감",
        // The headings of a teacher's summary ("성격: 유머 있고 잘 웃음", "종합: 남을 돕는 데서 보람 느끼는 학생").
        "성격", "성향", "종합", "총평", "종합 의견", "종합의견", "한 줄 평", "한줄평", "정리", "요약", "특이점", "평가", "인상", "자처", "역할",
        "본인 말", "본인 왈", "학생 말",
    ]
    /// "1학년때부터 유지", "중학교 때부터 쭉": since when a hope has held; nil for any other note.
    private static func heldSince(_ note: String) -> String? {
        let words = note.split(separator: " ").map(String.init)
        guard let since = words.firstIndex(where: { $0.hasSuffix("부터") }), since < 3,
              words[(since + 1)...].allSatisfy(["유지", "일관", "쭉", "계속", "꾸준히", "변함없음", "같음", "동일", "유지함", "일관됨"].contains)
        else { return nil }
        return words[...since].joined(separator: " ").replacingAll("년때", with: "년 때").replacingAll("교때", with: "교 때")
    }

    /// "1학년 땐 유치원 교사였음" → "1학년 때는 유치원 교사를 희망했으나", "1학년 땐 프로그래머에서 기획
    /// 쪽으로 바뀜" → "1학년 때는 프로그래머를 희망했으나"; nil for any other note.
    private static func earlierHope(_ note: String) -> String? {
        var words = note.split(separator: " ").map(String.init)
        // "사회복지사였다가 바뀜": the hope it was, before the change the career says.
        if words.last == "바뀜", let was = words.firstIndex(where: { $0.hasSuffix("였다가") || $0.hasSuffix("이었다가") }) {
            words = Array(words[...was])
            words[was] = String(words[was].dropLast(2)) + "음"
        }
        // "프로그래머에서 기획 쪽으로 바뀜": the hope it changed from, before the change the career says.
        if let last = words.last, ["바뀜", "바뀌었음", "변경", "변경됨", "바꿈"].contains(last),
           let from = words.firstIndex(where: { $0.hasSuffix("에서") && $0.count > 2 })
        {
            words = Array(words[...from])
            words[from] = String(words[from].dropLast(2)) + "였음"
        }
        guard let time = words.firstIndex(where: { ["땐", "때는", "때", "때엔"].contains(where: $0.hasSuffix) }), time + 1 < words.count,
              let last = words.last, let ending = ["이었음", "였음", "이었다", "였다", "이었어요", "였어요"].first(where: last.hasSuffix)
        else { return nil }
        let hope = (words[(time + 1)..<(words.count - 1)] + [String(last.dropLast(ending.count))]).joined(separator: " ")
        guard !hope.isEmpty else { return nil }
        let when = words[..<time].joined(separator: " ")
        let whenWord = String(words[time].dropLast(words[time].hasSuffix("땐") ? 1 : words[time].hasSuffix("때는") ? 2 : words[time].hasSuffix("때엔") ? 2 : 1))
        return ([when, whenWord].filter { !$0.isEmpty }.joined(separator: " ") + " 때는 ").replacingAll("  ", with: " ")
            + hope + Hangul.particle(after: hope, withFinal: "을", withoutFinal: "를") + " 희망했으나"
    }

    /// Labels naming what the student is drawn to: "관심 분야: 금리, 물가" → "금리, 물가에 관심을 가짐".
    private static let interestLabels: Set<String> = ["관심 분야", "관심사", "관심", "관심 주제", "흥미 분야"]
    /// Labels naming what the student drew on: "자료: 통계청 가계 동향" → "…을 자료로 활용함".
    private static let sourceLabels: Set<String> = ["자료", "참고 자료", "활용 자료", "근거 자료", "출처"]
    /// Ends of labels that name a cause: "오차 원인", "실패 이유".
    private static let causeLabelEnds = ["원인", "이유", "요인"]
    /// Labels naming what the student took on: "역할: 기록 담당" → "기록 담당을 맡음".
    private static let roleLabels: Set<String> = ["역할", "맡은 역할", "담당", "직책"]
    /// Labels ending in what a meeting decided on: "학급회의 '교실 휴대폰 보관함' 안건".
    private static let agendaHeads = ["안건", "의제", "논제"]
    /// Labels naming what the student worked on: "주제: 중력 가속도 구하기" → "중력 가속도 구하기를 주제로 탐구함".
    /// "1학기", "2학기", "9월", "여름방학": a label that only says when.
    static func isTimeLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        // "4월 초", "5월 말", "1학기 중반", "3월 첫 주": a month or term and where in it.
        if (2...3).contains(words.count), isTimeLabel(String(words[0])),
           partsOfAPeriod.contains(words.dropFirst().joined(separator: " "))
        {
            return true
        }
        guard words.count == 1, let word = words.first else { return false }
        if ["여름방학", "겨울방학", "방학 중", "학기 초", "학기 말", "학기말", "학기초"].contains(String(word)) { return true }
        let digits = word.prefix { $0.isNumber }
        return !digits.isEmpty && ["학기", "월"].contains(String(word.dropFirst(digits.count)))
    }

    /// Where in a month or term: "초", "중순", "첫 주".
    private static let partsOfAPeriod: Set<String> = [
        "초", "중순", "말", "중", "초반", "중반", "후반", "말쯤", "초쯤", "첫 주", "둘째 주", "셋째 주", "넷째 주", "마지막 주",
    ]

    /// Works a quoted title can be the topic of, and what the student did with it.
    /// Pieces of work a topic label may name, and how the record says the piece was made.
    private static let topicWorks: KeyValuePairs<String, String> = ["보고서": "작성함", "에세이": "씀", "논설문": "씀", "프로젝트": "수행함", "발표": "함"]

    private static let workVerbs: KeyValuePairs<String, String> = [
        "보고서": "작성함", "탐구": "탐구함", "발표": "발표함", "프로젝트": "수행함", "글쓰기": "글을 씀", "에세이": "글을 씀", "토론": "토론함",
    ]

    private static let topicLabels: Set<String> = ["주제", "탐구 주제", "연구 주제", "발표 주제", "보고서 주제"]
    /// Labels of a question looked into: "진로 주제탐구: …", "탐구 질문: …".
    private static let inquiryLabels = ["주제탐구", "주제 탐구", "탐구 질문", "탐구질문", "탐구 주제", "탐구주제", "연구 주제", "탐구"]
    /// Labels naming when or in which lesson: "현대시 단원: …" → "현대시 단원에서 …".
    private static let lessonHeads = ["단원", "시간", "수업", "차시", "영역"]
    /// Labels naming something written or made, read as the activity of making it: "비평문 쓰기: …" →
    /// "비평문 쓰기 활동에서 …".
    private static let workHeads = ["쓰기", "읽기", "만들기", "그리기", "하기", "에세이", "보고서", "감상문", "독후감", "포트폴리오", "글쓰기", "신문"]
    /// Action nouns that finish a piece of work: a label ending in one is no setting.
    private static let finishedWork: Set<String> = ["제출", "작성", "완성", "제작", "게시", "출품"]
    /// Separators after a label: a colon, or a dash between spaces.
    private static let separators = [": ", " - ", " – ", " — "]

    /// A leading label of up to five words, with no predicate, read as what it names; the line as it
    /// is when it has none.
    private static func labelAsSetting(_ text: String) -> String {
        if let read = bookLed(text) { return read }
        guard let (label, marked) = leadingLabel(of: text) else { return text }
        // "10월 독서 연계: 『아몬드』 읽고 …": the month before a reading label is when it was read.
        if let (time, reading) = timeLed(label), readingLabels.contains(reading) {
            let read = labelAsSetting(reading + ": " + marked)
            // "6월 진로 독서 활동으로 …" keeps the label whole; "10월에 『아몬드』를 읽고 …" only its time.
            if read != reading + ": " + marked { return time + (read.hasPrefix(reading) ? " " : "에 ") + read }
        }
        // What follows a label is said whole, its full stop after whatever the label adds.
        var rest = marked
        while let last = rest.last, last == "." { rest.removeLast() }
        let head = String(withoutParentheses(label).split(separator: " ").last ?? "")
        // "탐구보고서 '택시 요금은 연속함수인가' - 구간을 나눠 그래프를 그림": what was done in the titled work.
        if isTitledWorkLabel(label), SentenceForms.hasPredicate(rest) { return label + "에서 " + rest }
        if readingLabels.contains(label), isTitleList(rest) {
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 읽음"
        }
        if readingLabels.contains(label), let (title, more) = leadingTitle(of: rest) {
            // "읽은 책: 『…』 - 정렬 알고리즘을 비교해 발표함" → "『…』을 읽고 정렬 알고리즘을 …".
            let object = title + Hangul.particle(after: title, withFinal: "을", withoutFinal: "를")
            return more.hasPrefix("읽") ? object + " " + more : object + " 읽고 " + more
        }
        // "독서 연계: 조세희 『…』 읽고 발표": the rest says the reading itself.
        if readingLabels.contains(label), rest.includes("읽") { return quotedTopicLed(rest) }
        // "… 멀티탭 OFF": a line that ends in Latin letters has no predicate either.
        let predicated = rest.split(separator: " ").last.map { $0.unicodeScalars.contains(where: Hangul.isSyllable) } == true
            && SentenceForms.hasPredicate(rest)
        if roleLabels.contains(label), !predicated, !Style.endsWithVerbalNoun(String(rest.split(separator: " ").last ?? "")) {
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 맡음"
        }
        if roleLabels.contains(label) { return rest }
        // "학급 '디지털 도우미' 자처: 친구들 도와줌": the role the student took on, then what they did in it.
        if ["자처", "자원"].contains(head), label.split(separator: " ").count >= 2, predicated {
            let role = String(label.dropLast(head.count)).trimmed
            return role + Hangul.particle(after: role, withFinal: "을", withoutFinal: "를") + " " + head + "하여 " + rest
        }
        // "공약: 아침 음악 틀기, 질문 게시판" → "공약으로 아침 음악 틀기, 질문 게시판을 내세움": what the student
        // pledged or aimed at, said as the pledge, never as done.
        if let closing = pledgeLabels[label], !predicated {
            let object = rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를")
            return closing.lead ? label + "으로 " + object + " " + closing.verb : object + " " + closing.verb
        }
        if interestLabels.contains(label), !predicated {
            return rest + " 분야에 관심을 가짐"
        }
        if sourceLabels.contains(label), !predicated {
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 자료로 활용함"
        }
        if agendaHeads.contains(where: label.hasSuffix), predicated {
            // "학급회의 '교실 휴대폰 보관함' 안건 - 반대 의견 냄" → "… 안건에 대해 반대 의견을 냄".
            return label + "에 대해 " + rest
        }
        let question = ["는가", "한가", "인가", "할까", "될까", "?"].contains(where: rest.hasSuffix) || Style.endsAsAQuestion(rest)
        // "주제탐구: 대항해시대 향신료 무역 — '후추 한 줌이 왜 금값이었을까?'": the field, then the question
        // asked in it.
        if topicLabels.contains(label) || inquiryLabels.contains(where: label.hasSuffix),
           let dash = [" - ", " — ", " – "].lazy.compactMap({ rest.range(of: $0) }).first,
           case let field = rest[..<dash.lowerBound].trimmed, !field.isEmpty, !field.contains("'"),
           case var asked = rest[dash.upperBound...].trimmed, asked.count > 3, let first = asked.first, "'‘\"“".contains(first),
           let last = asked.last, "'’\"”".contains(last)
        {
            asked = String(asked.dropFirst().dropLast()).trimmed
            while asked.hasSuffix("?") { asked.removeLast() }
            return field + Hangul.particle(after: field, withFinal: "을", withoutFinal: "를") + " 주제로 '" + asked + "'라는 질문을 탐구함"
        }
        // "탐구 질문: '왜 … 바뀔까?'": a quoted topic is said without its question mark, which would end the
        // record's sentence inside the quote.
        if topicLabels.contains(label) || inquiryLabels.contains(where: label.hasSuffix),
           let first = rest.first, "'‘\"“".contains(first), let last = rest.last, "'’\"”".contains(last), rest.count > 3,
           rest.dropFirst().dropLast().allSatisfy({ !"'‘’\"“”".contains($0) })
        {
            var inner = String(rest.dropFirst().dropLast()).trimmed
            let asked = inner.hasSuffix("?")
            while inner.hasSuffix("?") { inner.removeLast() }
            let verb = inquiryLabels.contains(where: label.hasSuffix) || !asked ? " 주제로 탐구함" : " 주제로 토론함"
            return String(first) + inner + String(last) + Hangul.particle(after: inner, withFinal: "을", withoutFinal: "를") + verb
        }
        if topicLabels.contains(label) || inquiryLabels.contains(where: label.hasSuffix) && question && !rest.hasPrefix("'") {
            if predicated { return rest }
            // "주제: 동물원 폐지해야 하는가" is a debate's resolution, put as a question: it was debated.
            if question, !rest.hasPrefix("'") {
                let question = rest.hasSuffix("?") ? String(rest.dropLast()) : rest
                // "진로 주제탐구: … 왜 자주 빗나갈까" is a question the student looked into.
                let verb = inquiryLabels.contains(where: label.hasSuffix) ? " 주제로 탐구함" : " 주제로 토론함"
                return "'" + question + "'" + Hangul.particle(after: question, withFinal: "을", withoutFinal: "를") + verb
            }
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 주제로 탐구함"
        }
        // "진로 탐색 보고서 주제: 고령화 사회에서 방문간호의 역할" → "… 역할을 주제로 진로 탐색 보고서를
        // 작성함": the topic of a piece of work the label names; never a role the student played.
        if !predicated, label.hasSuffix(" 주제"), let work = Self.topicWorks.first(where: { String(label.dropLast(" 주제".count)).hasSuffix($0.key) }) {
            let piece = String(label.dropLast(" 주제".count))
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 주제로 " + piece
                + Hangul.particle(after: piece, withFinal: "을", withoutFinal: "를") + " " + work.value
        }
        // "2학기: 도시계획가로 구체화", "여름방학: …": a time is when the rest happened.
        if Self.isTimeLabel(label) { return label + "에는 " + rest }
        // "4월 진로 탐색 보고서: '항생제 내성균 문제'": the quoted title is what the work was about.
        if !predicated, !label.includes("주제"), let first = rest.first, let last = rest.last, "'\"‘“".contains(first), "'\"’”".contains(last),
           rest.dropFirst().dropLast().allSatisfy({ !"'\"‘’“”".contains($0) }), let verb = Self.workVerbs.first(where: { head.hasSuffix($0.key) })?.value
        {
            let topic = rest + Hangul.particle(after: String(rest.dropLast()), withFinal: "을", withoutFinal: "를") + " 주제로 "
            // A report is written on its topic; an activity takes place with it.
            if head.hasSuffix("보고서") { return topic + label + Hangul.particle(after: label, withFinal: "을", withoutFinal: "를") + " 작성함" }
            return label + "에서 " + topic + verb
        }
        // "2차:", "1회차:", "3단계:": a count of meetings or steps says nothing the rest does not.
        if let digitsEnd = label.firstIndex(where: { !$0.isNumber }), digitsEnd > label.startIndex,
           ["차", "회차", "번째", "단계", "차시"].contains(String(label[digitsEnd...]))
        {
            return rest
        }
        // "활동1:", "2학기 활동 2:": a numbered label says nothing the rest does not.
        // "2학기 팀 프로젝트:" is a setting: only a number on the label's last word counts ("실험1", "활동 2").
        if label.split(separator: " ").last?.contains(where: \.isNumber) == true,
           SentenceForms.activityHeads.contains(where: { withoutParentheses(label).includes($0) }) {
            return rest
        }
        // "진로: 초등교사 희망": the rest already says the hope.
        if hopeLabels.contains(label), rest.hasSuffix(" 희망"), rest.split(separator: " ").count <= 3 {
            let career = String(rest.dropLast(" 희망".count))
            return career + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망함"
        }
        if hopeLabels.contains(label), Style.isVerbalNoun(String(rest.split(separator: " ").last ?? "")) {
            // "진로 희망: 약사에서 신약 개발 연구원으로 구체화" → "진로 희망을 약사에서 … 구체화함".
            return label + Hangul.particle(after: label, withFinal: "을", withoutFinal: "를") + " " + rest + "함"
        }
        let noteOpen = Self.openingOfTrailingNote(rest)
        let withoutTrailingNote = String(rest[..<(noteOpen ?? rest.endIndex)]).trimmed
        if hopeLabels.contains(label), !withoutTrailingNote.isEmpty, !SentenceForms.hasPredicate(withoutTrailingNote),
           // "진로: 탐색 중", "진로: 미정": no career to hope for.
           !withoutTrailingNote.hasSuffix("중"), !withoutTrailingNote.includes("미정")
        {
            // "간호사 (1학년 때부터 일관)" → "간호사(1학년 때부터 일관)를 희망함": the note stays on the
            // career, the particle follows the career.
            if let open = noteOpen, open > rest.startIndex,
               let earlier = earlierHope(String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]))
            {
                // "간호사 (1학년 땐 유치원 교사였음)" → "1학년 때는 유치원 교사를 희망했으나 간호사를 희망함": the
                // note is the hope before, not something said of the career.
                let career = String(rest[..<open]).trimmed
                return earlier + " " + career + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망함"
            }
            if let open = noteOpen, open > rest.startIndex {
                let career = String(rest[..<open]).trimmed
                let note = String(rest[rest.index(after: open)...].dropLast()).trimmed
                // "약사 (1학년때부터 유지)" → "1학년 때부터 꾸준히 약사를 희망함": how long it has held.
                if let since = Self.heldSince(note) {
                    return since + " 꾸준히 " + career + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망함"
                }
                // "기자 (데이터 저널리즘 관심)" → "기자를 희망하며 데이터 저널리즘에 관심을 가짐": the field within it.
                for interest in [" 관심", "에 관심", " 관심 있음", "에 관심 있음", " 관심 많음"] where note.hasSuffix(interest) && note.count > interest.count + 1 {
                    let field = String(note.dropLast(interest.count)).trimmed
                    return career + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망하며 " + field + "에 관심을 가짐"
                }
                return career + rest[open...] + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망함"
            }
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " 희망함"
        }
        if causeLabelEnds.contains(where: label.hasSuffix), !predicated {
            // "오차 원인: 감자 조각 크기 불균일" → "감자 조각 크기 불균일을 오차 원인으로 꼽음".
            return rest + Hangul.particle(after: rest, withFinal: "을", withoutFinal: "를") + " " + label
                + Hangul.particle(after: label, withFinal: "으로", withoutFinal: "로") + " 꼽음"
        }
        if Style.isVerbalNoun(head), !predicated, label.split(separator: " ").count >= 2, isListOfThings(rest) {
            // "전기 절약 캠페인 기획: 쉬는 시간 소등, 멀티탭 끄기" → "전기 절약 캠페인(쉬는 시간 소등, 멀티탭
            // 끄기)을 기획함": what was planned, with its parts.
            let object = String(label.dropLast(head.count)).trimmed
            return object + "(" + rest + ")" + Hangul.particle(after: object, withFinal: "을", withoutFinal: "를") + " " + head + "함"
        }
        if ["소감", "느낀 점", "소감문"].contains(label), let first = rest.first, "\"“'".contains(first), let last = rest.last, "\"”'".contains(last) {
            return rest + "라는 소감을 밝힘"
        }
        if let first = rest.first, "\"“'".contains(first), let last = rest.last, "\"”'".contains(last) {
            if ["질문", "학생 질문", "한 질문"].contains(label) { return rest + "라는 질문을 함" }
            // "4/3 수업 중 질문: '…?'" → "수업 중 '…?'라는 질문을 함": the setting stays before the question.
            if head == "질문", label.split(separator: " ").count >= 2 {
                return String(label.dropLast(head.count)).trimmed + " " + rest + "라는 질문을 함"
            }
            // "확통 주제탐구: "로또 1등 확률 vs 벼락 맞을 확률"" → "…"을 주제로 탐구함".
            if ["주제탐구", "주제 탐구", "탐구 주제", "주제"].contains(where: label.hasSuffix) {
                let quote = String(rest.dropFirst().dropLast())
                return rest + Hangul.particle(after: quote, withFinal: "을", withoutFinal: "를") + " 주제로 탐구함"
            }
        }
        // "결과물: 카드뉴스 8장 + 학급 발표 5분": what the work came to, with no doing to carry it, is
        // said of the work ("결과물은 … 임"), never as a fragment.
        if ["결과물", "산출물"].contains(label), !predicated, [" + ", ", ", "과 ", "와 ", " 및 "].contains(where: rest.includes),
           !Style.endsWithVerbalNoun(String(rest.split(separator: " ").last ?? ""))
        {
            return label + "은 " + rest + "임"
        }
        if bareLabels.contains(label) { return rest }
        // "1인 1역: 학급 도서 관리": the class role every student holds, and what it was.
        if label == "1인 1역" || label == "1인1역" { return "1인 1역으로 " + rest }
        // "반장으로서: 응원 쪽지를 붙임": the capacity the rest was done in.
        if label.hasSuffix("로서"), label.split(separator: " ").count <= 2 { return label + " " + rest }
        // "탐구 보고서 제출: 해바라기 씨 … 세어 봄": a finished piece of work and what it held, two
        // sentences (SentenceForms), never "보고서 제출에서".
        if finishedWork.contains(head), predicated || SentenceForms.endsInAuxiliary(rest), label.split(separator: " ").count >= 2 { return text }
        if head.hasSuffix("독서") {
            // "진로 독서: 유현준 『도시는 무엇으로 사는가』" names what was read.
            if let last = rest.last, "』」".contains(last), let open = rest.lastIndex(where: { "『「".contains($0) }) {
                let title = String(rest[open...])
                return label + " 활동으로 " + rest + Hangul.particle(after: title, withFinal: "을", withoutFinal: "를") + " 읽음"
            }
            return label + " 활동으로 " + (bookLed(rest) ?? (rest.includes("읽") ? quotedTopicLed(rest) : rest))
        }
        if lessonHeads.contains(where: head.hasSuffix) {
            // "현대시 단원의 「쉽게 씌어진 시」 감상문에서 …": one 에서 to a sentence.
            return label + (rest.includes("에서 ") ? "의 " : "에서 ") + quotedTopicLed(rest)
        }
        if workHeads.contains(where: head.hasSuffix) { return label + " 활동에서 " + quotedTopicLed(rest) }
        if SentenceForms.activityHeads.contains(where: head.hasSuffix) || Style.endsWithVerbalNoun(head) || head.hasSuffix("평가")
            || head.hasSuffix("부스") || head.hasSuffix("주간") || settingHeads.contains(where: head.hasSuffix)
        {
            // "교내 진로활동: 4월 '기획서 쓰기'에서 …": one 에서 to a sentence, the wider setting first.
            let opening = rest.split(separator: " ").prefix(8)
            return label + (opening.contains { $0.hasSuffix("에서") } ? " 중 " : "에서 ") + quotedTopicLed(rest)
        }
        // "모의 창업 프로그램 팀장 - 원가 계산표를 만듦" → "모의 창업 프로그램에서 팀장을 맡아 원가 계산표를 만듦".
        if roleHeads.contains(head), label.split(separator: " ").count >= 2, !text.includes(": ") {
            let setting = String(label.dropLast(head.count)).trimmed
            return setting + "에서 " + head + Hangul.particle(after: head, withFinal: "을", withoutFinal: "를") + " 맡아 " + rest
        }
        // "후속: 『…』과 비교 서평 작성" → "후속 활동으로 …": what came after, not where.
        if ["후속", "후속 활동", "심화", "심화 활동"].contains(label) { return (label.hasSuffix("활동") ? label : label + " 활동") + "으로 " + rest }
        // "학급 환경부장: 분리수거 요일표 만듦" → "학급 환경부장을 맡아 …": the role, then what the student did in it.
        if SentenceForms.isRole(head), predicated || closesOnNounForm(rest) {
            return label + Hangul.particle(after: label, withFinal: "을", withoutFinal: "를") + " 맡아 " + rest
        }
        // "라인트레이서 - 센서 값이 튐": one word before a dash names what the rest happened in.
        if !text.includes(": "), label.split(separator: " ").count == 1 { return label + "에서 " + rest }
        // "자기소개 스피치: …, 억양이 자연스러움", "갈등 상황: 두 친구 말다툼 때 …": a short noun label over
        // what the student did names where it happened; a record has no labels.
        // "2학기 영작: …": a month or term opening the label is part of the setting, its digits no count.
        if predicated || closesOnNounForm(rest), label.split(separator: " ").count <= 3, let last = head.unicodeScalars.last, Hangul.isSyllable(last),
           !(timeLed(label)?.1 ?? label).contains(where: \.isNumber)
        {
            var words = rest.split(separator: " ").map(String.init)
            // "갈등 상황: 4/25 두 친구 …": the day is no part of the record, after a label as at a line's start.
            if words.count > 2, isDayOfMonth(words[0]) { words.removeFirst() }
            return label + (words.prefix(8).contains { $0.hasSuffix("에서") } ? " 중 " : "에서 ") + words.joined(separator: " ")
        }
        return text
    }

    /// "… 조용히 쌤한테 알림": a line closing on a noun form (ㅁ under its last syllable) has a predicate.
    private static func closesOnNounForm(_ rest: String) -> Bool {
        rest.unicodeScalars.last.map { Hangul.finalIndex($0) == Hangul.Final.mieum } ?? false
    }

    /// "10월 독서 연계" → ("10월", "독서 연계"): a label that opens on a month or term, and the rest of it.
    private static func timeLed(_ label: String) -> (String, String)? {
        let words = label.split(separator: " ")
        guard words.count >= 2, isTimeLabel(String(words[0])) else { return nil }
        return (String(words[0]), words.dropFirst().joined(separator: " "))
    }

    /// "마이클 샌델 『정의란 무엇인가』 - 트롤리 딜레마 변형 사례를 만들어 옴" → "『정의란 무엇인가』(마이클
    /// 샌델)를 읽고 트롤리 …": a book, its author before it, and a dash before what the student did with it.
    /// nil for any other text.
    static func bookLed(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "『"), let close = text[open...].firstIndex(of: "』") else { return nil }
        let after = text[text.index(after: close)...]
        guard let dash = [" - ", " – ", " — "].first(where: { after.hasPrefix($0) }) else { return nil }
        let author = text[..<open].trimmed
        // At most an author's name before the title (no particle, no predicate): "조지 오웰", "N.H. 클라인바움".
        guard author.split(separator: " ").count <= 3, !SentenceForms.hasPredicate(author), !author.contains(":"), !author.contains(","),
              !["에서", "으로", "로", "을", "를", "은", "는", "의", ":"].contains(where: author.hasSuffix)
        else { return nil }
        let more = String(after.dropFirst(dash.count)).trimmed
        guard !more.isEmpty else { return nil }
        let title = String(text[open...close])
        let inner = String(text[text.index(after: open)..<close])
        let credited = author.isEmpty ? title : title + "(" + author + ")"
        return credited + Hangul.particle(after: inner, withFinal: "을", withoutFinal: "를") + " 읽고 " + more
    }

    /// "윤동주 「쉽게 씌어진 시」 재구성 활동", "'역사 속 인물 인터뷰' 모둠 발표", "개인정보 단원 '공공데이터
    /// 익명화' 조사": a title inside a label that ends on an activity, which the rest happened in.
    private static func isQuotedActivityLabel(_ label: String) -> Bool {
        guard let last = label.last, !"'\"』」’”".contains(last), let head = label.split(separator: " ").last.map(String.init) else { return false }
        return SentenceForms.activityHeads.contains(where: head.hasSuffix) || Style.endsWithVerbalNoun(head) || settingHeads.contains(where: head.hasSuffix)
    }

    /// The text with each title or quotation as one word: "'역사 속 인물 인터뷰' 모둠 발표" is three words.
    private static func withoutQuotedWords(_ text: String) -> String {
        var result = ""
        var closer: Character?
        for character in text {
            if let open = closer {
                if character == open { closer = nil }
                continue
            }
            let pairs: [Character: Character] = ["'": "'", "‘": "’", "\"": "\"", "“": "”", "『": "』", "「": "」"]
            if let close = pairs[character] {
                closer = close
                result.append("T")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Roles a label can end in: "모의 창업 프로그램 팀장 - …" is where the student led.
    private static let roleHeads: Set<String> = ["팀장", "모둠장", "조장", "부장", "차장", "회장", "부회장", "반장", "부반장", "총무", "서기", "리더", "대표"]

    /// Heads of labels that name where the rest happened, beyond the activity heads: "수행 영어 프레젠테이션: …".
    private static let settingHeads = ["프레젠테이션", "발표회", "재구성 활동", "캠프", "특강", "실습", "비교표"]

    /// "'항생제 내성균 증가와 자연선택' - 뉴스 기사 + 진화 단원 연결" → "'…'을 주제로 뉴스 기사 …": a quoted
    /// title before a dash is what the rest was about; a book title (『…』) is what was read. Any other
    /// text as it is.
    static func quotedTopicLed(_ rest: String) -> String {
        guard let first = rest.first, "'‘\"“『「".contains(first) else { return rest }
        let closers: [Character: Character] = ["'": "'", "‘": "’", "\"": "\"", "“": "”", "『": "』", "「": "」"]
        guard let closer = closers[first], let close = rest.dropFirst().firstIndex(of: closer) else { return rest }
        let after = rest[rest.index(after: close)...]
        guard let dash = [" - ", " – ", " — "].first(where: { after.hasPrefix($0) }) else { return rest }
        let title = String(rest[...close])
        let inner = String(rest[rest.index(after: rest.startIndex)..<close])
        let particle = Hangul.particle(after: inner, withFinal: "을", withoutFinal: "를")
        let more = String(after.dropFirst(dash.count))
        guard !more.isEmpty else { return rest }
        return title + particle + (first == "『" ? " 읽고 " : " 주제로 ") + more
    }

    /// The label and the rest when the line starts with one: a colon or spaced dash after at most five
    /// words without a predicate, or a comma after a lesson ("사회 불평등 단원, 모둠장").
    private static func leadingLabel(of text: String) -> (String, String)? {
        var best: (String, String)?
        for separator in separators {
            guard let (before, after) = parts(of: text, around: separator) else { continue }
            let label = before.trimmed
            if best.map({ label.count < $0.0.count }) ?? true { best = (label, after.trimmed) }
        }
        if best == nil, let (label, after) = parts(of: text, around: ", ") {
            // "사회 불평등 단원, 모둠장", "지역 독립운동가 조사 프로젝트, 우리 동네 …".
            if lessonHeads.contains(where: label.hasSuffix) || (label.split(separator: " ").count >= 2
                && ["프로젝트", "활동", "수업", "캠페인", "행사", "체험"].contains(where: label.hasSuffix))
            {
                best = (label, after.trimmed)
            }
        }
        guard let (label, rest) = best, !rest.isEmpty, !label.isEmpty,
              // "4월 운동량 보존 수업 중 질문: '…?'": a question's setting may take a word more.
              withoutQuotedWords(withoutParentheses(label)).split(separator: " ").count <= (label.hasSuffix("질문") ? 6 : 5),
              !label.contains(where: { "'\"『』「」".contains($0) }) || agendaHeads.contains(where: label.hasSuffix)
                // "학급 '디지털 도우미' 자처: …": a quoted role the student took on.
                || label.hasSuffix(" 자처") || label.hasSuffix(" 자원")
                // "윤동주 「쉽게 씌어진 시」 재구성 활동: …": a title inside a label that names an activity.
                || isQuotedActivityLabel(label) || isTitledWorkLabel(label),
              label.filter({ $0 == "(" }).count == label.filter({ $0 == ")" }).count,
              // A title's own words ("'…연속함수인가'") are no predicate of the label.
              isTitledWorkLabel(label) || !SentenceForms.hasPredicate(label)
        else { return nil }
        return (label, rest)
    }

    /// "11월 탐구보고서 '택시 요금은 연속함수인가'": a piece of work and the title it was given, the
    /// title closing the label.
    private static func isTitledWorkLabel(_ label: String) -> Bool {
        guard let last = label.last, "'\"’”".contains(last),
              let open = label.firstIndex(where: { "'\"‘“".contains($0) }), open > label.startIndex,
              let work = label[..<open].split(separator: " ").last
        else { return false }
        return titledWorkHeads.contains(where: work.hasSuffix)
    }

    private static let titledWorkHeads = workHeads + ["보고서", "발표", "프로젝트", "탐구", "토론", "주제", "논제", "캠페인"]

    /// Where the parenthesis closing the text opens, nested ones counted ("건축 (… 건축학(설계)으로 좁혀짐)"
    /// opens before "…"); nil when the text does not end in one.
    static func openingOfTrailingNote(_ text: String) -> String.Index? {
        guard text.hasSuffix(")") else { return nil }
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == ")" { depth += 1 }
            if text[index] == "(" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The text before and after the first (or last) occurrence of `separator`.
    private static func parts(of text: String, around separator: String, last: Bool = false) -> (String, String)? {
        let utf8 = Array(text.utf8)
        let needle = Array(separator.utf8)
        guard !needle.isEmpty, utf8.count >= needle.count else { return nil }
        let positions = stride(from: 0, through: utf8.count - needle.count, by: 1)
        let found = last ? positions.reversed().first { utf8[$0..<($0 + needle.count)].elementsEqual(needle) }
            : positions.first { utf8[$0..<($0 + needle.count)].elementsEqual(needle) }
        guard let start = found else { return nil }
        return (String(decoding: utf8[..<start], as: UTF8.self), String(decoding: utf8[(start + needle.count)...], as: UTF8.self))
    }

    static func withoutParentheses(_ text: String) -> String {
        var depth = 0
        return String(text.filter { character in
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1); return false }
            return depth == 0
        })
    }

    /// "쉬는 시간 소등, 빈 교실 멀티탭 OFF": comma-separated items of a few words, none a clause of its
    /// own.
    private static func isListOfThings(_ text: String) -> Bool {
        let items = text.split(separator: ",").map { $0.trimmed }
        return items.count >= 2 && items.allSatisfy { item in
            let words = item.split(separator: " ").map(String.init)
            guard let last = words.last, words.count <= 4 else { return false }
            let hangulLast = last.unicodeScalars.contains(where: Hangul.isSyllable)
            return !(hangulLast && SentenceForms.hasPredicate(item)) && !words.contains(where: isVerbForm)
        }
    }

    /// A title the text starts with, and what follows it (a dash or comma after it dropped).
    private static func leadingTitle(of text: String) -> (String, String)? {
        let pairs: [(Character, Character)] = [("『", "』"), ("「", "」"), ("《", "》"), ("<", ">")]
        guard let first = text.first, let pair = pairs.first(where: { $0.0 == first }),
              let close = text.firstIndex(of: pair.1)
        else { return nil }
        let title = String(text[...close])
        var more = text[text.index(after: close)...].trimmed
        for mark in ["-", "–", "—", ",", ":"] where more.hasPrefix(mark) { more = String(more.dropFirst()).trimmed }
        return more.isEmpty ? nil : (title, more)
    }

    /// "『침묵의 봄』, 『지구를 위한다는 착각』": titles only, with an author in parentheses allowed.
    private static func isTitleList(_ text: String) -> Bool {
        let titles = text.split(separator: ",").map { $0.trimmed }
        return !titles.isEmpty && titles.allSatisfy { title in
            guard let first = title.first, "『「《<\"'“‘".contains(first) else { return false }
            let closers: Set<Character> = ["』", "」", "》", ">", "\"", "'", "”", "’"]
            guard let close = title.lastIndex(where: closers.contains) else { return false }
            let after = title[title.index(after: close)...].trimmed
            return after.isEmpty || (after.hasPrefix("(") && after.hasSuffix(")"))
        }
    }

    // MARK: quotes

    /// "포스터 문구 정함 '말 한마디가 ~'": a quote after the verb that chose it is that verb's object.
    private static func quoteBeforeItsVerb(_ text: String) -> String {
        guard let last = text.last, ["'", "\"", "’", "”"].contains(last) else { return text }
        let body = text.dropLast()
        guard let open = body.lastIndex(where: { ["'", "\"", "‘", "“"].contains($0) }), open > text.startIndex else { return text }
        let before = text[..<open].trimmed
        guard let space = before.lastIndex(of: " ") else { return text }
        // "질문함: "…?"": the colon only introduced the quote.
        var verb = String(before[before.index(after: space)...])
        while verb.hasSuffix(":") { verb.removeLast() }
        // "물 건네며 "괜찮아"": a quote after a clause that goes on is what the student said while doing it.
        if ["며", "면서", "고"].contains(where: verb.hasSuffix), verb.count >= 2, VerbStem.stem(of: verb, at: .connective) != nil {
            return text
        }
        guard SentenceForms.hasPredicate(verb), !Style.isVerbalNoun(verb) else { return text }
        var quote = String(text[open...])
        // A trailing "~" inside the quote stands for the rest of it.
        quote = quote.replacingAll(" ~" + String(last), with: "…" + String(last)).replacingAll("~" + String(last), with: "…" + String(last))
        let inside = quote.dropFirst().dropLast()
        // "질문함 "…?"" → ""…?"라고 질문함": what was said is quoted with 라고, what was chosen takes 을/를.
        let said = ["질문", "물어", "물음", "말함", "말했", "답함", "답했", "대답", "외침", "외쳤"].contains(where: verb.hasPrefix)
        let particle = said ? "라고" : Hangul.particle(after: String(inside), withFinal: "을", withoutFinal: "를")
        return before[..<space] + " " + quote + particle + " " + verb
    }

    /// "상담 때 "식물은 … 좋아요"", "소감: "…되고 싶다"": a line that ends in what the student said,
    /// with no verb, is said to have been said; what the words before it name says how.
    private static func quoteGivenItsVerb(_ text: String) -> String {
        guard let last = text.last, ["\"", "”"].contains(last), let open = text.dropLast().lastIndex(where: { ["\"", "“"].contains($0) })
        else { return text }
        let before = String(text[..<open]).trimmed
        // "'…?'": a question asked.
        let said = text.dropLast().hasSuffix("?") ? "라고 질문함" : "라고 말함"
        if before.isEmpty { return text + said }
        let lastWord = String(before.split(separator: " ").last ?? "")
        guard !SentenceForms.hasPredicate(before) || Style.isVerbalNoun(lastWord), !lastWord.hasSuffix("라고") else { return text }
        for (cue, verb) in quoteVerbs where before.hasSuffix(cue) {
            var setting = String(before.dropLast(cue.count)).trimmed
            if setting.isEmpty { return text[open...] + verb }
            // "발표 주장 "…"" → "발표에서 "…"라고 주장함".
            if let last = setting.split(separator: " ").last, Style.isVerbalNoun(String(last)) || SentenceForms.activityHeads.contains(String(last)) {
                setting += "에서"
            }
            return setting + " " + text[open...] + verb
        }
        return text + said
    }

    /// Words before a quote that say what it was, and how the record says so.
    private static let quoteVerbs: [(String, String)] = [
        ("소감:", "라는 소감을 밝힘"), ("소감", "라는 소감을 밝힘"), ("주장", "라고 주장함"), ("다짐", "라고 다짐함"), ("질문", "라고 질문함"),
    ]

    // MARK: word positions

    /// Each word's trailing marks (",", ".", ")") apart from its core.
    private static func splitTrailingMarks(_ word: String) -> (String, String) {
        guard let last = word.unicodeScalars.last, ",.)".unicodeScalars.contains(last) else { return (word, "") }
        let core = word.reversed().drop(while: { ",.)".contains($0) })
        let coreText = String(core.reversed())
        return (coreText, String(word.dropFirst(coreText.count)))
    }

    /// Whether each word is inside quotes (or is one): a quotation keeps the words it quotes.
    static func quotedWords(_ words: [String]) -> [Bool] {
        marks(words, opening: quoteOpenings, closing: quoteClosings)
    }

    private static let quoteOpenings: Set<Character> = ["'", "\"", "‘", "“", "「", "『", "《"]
    private static let quoteClosings: Set<Character> = ["'", "\"", "’", "”", "」", "』", "》"]
    private static let enclosureOpenings = quoteOpenings.union(["("])
    private static let enclosureClosings = quoteClosings.union([")"])
    private static let markScalars = Set(enclosureOpenings.union(enclosureClosings).flatMap(\.unicodeScalars))

    /// Whether each word is inside quotes or parentheses.
    private static func enclosedWords(_ words: [String]) -> [Bool] {
        marks(words, opening: enclosureOpenings, closing: enclosureClosings)
    }

    /// For each word, whether it is inside (or opens or closes) a pair of the given marks. Straight
    /// quotes open and close by turns.
    private static func marks(_ words: [String], opening: Set<Character>, closing: Set<Character>) -> [Bool] {
        guard words.contains(where: { $0.unicodeScalars.contains(where: markScalars.contains) }) else {
            return Array(repeating: false, count: words.count)
        }
        var depth = 0
        var straightOpen: Set<Character> = []
        return words.map { word in
            let startedInside = depth > 0
            var touched = false
            for character in word {
                if character == "'" || character == "\"" {
                    touched = true
                    if straightOpen.contains(character) {
                        straightOpen.remove(character)
                        depth = max(0, depth - 1)
                    } else {
                        straightOpen.insert(character)
                        depth += 1
                    }
                } else if opening.contains(character) {
                    touched = true
                    depth += 1
                } else if closing.contains(character) {
                    touched = true
                    depth = max(0, depth - 1)
                }
            }
            return startedInside || touched || depth > 0
        }
    }
}
