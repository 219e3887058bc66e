/// Scores, ranks and grades (기재요령 2026 p.18 마; 성적 belongs in its own fields, never in a
/// 서술형 항목): "중간고사에서 98점", "학년 1등", "전교 3위", "상위 5%", "성적이 30점 올라",
/// "수학 1등급". A number is a score only in a 성적 context ("3점 슛", "5점 척도", "4등분",
/// "에너지 효율 1등급" are not), and a placing in a race or game is a competition result
/// ("계주에서 1등으로 들어옴" → 대회·수상).
enum ScoresAndRanks {
    static let scoreReason = "점수·석차·등급 등 시험 성적은 서술형 항목에 기재할 수 없음"
    static let placingReason = "대회·경기의 순위와 성적은 기재할 수 없음"
    static let scoreSuggestion = "점수·석차 대신 학습 과정과 변화를 구체적으로 씀"
    static let placingSuggestion = "순위 대신 참여 과정과 맡은 역할을 씀"

    /// Words that make a number a 성적.
    static let examCues = Cues([
        "시험", "고사", "평가", "성적", "점수", "내신", "수능", "모의", "퀴즈", "성취도", "학업 성취", "과목 평균", "평균 점수", "반 평균", "기말",
        "등수", "석차", "등급",
    ])

    /// A named examination: with a score that changed ("중간고사 점수가 크게 올라"), a result.
    static let examinations = Cues([
        "정기시험", "정기고사", "중간고사", "기말고사", "모의고사", "지필", "수행평가", "학력평가", "모의평가", "단원평가", "쪽지시험",
    ])
    static let scoreChanges = Cues([
        "점수가 크게 올", "점수가 올", "점수가 오르", "점수가 향상", "점수가 상승", "점수가 떨어", "점수가 하락", "성적이 크게 올",
        "성적이 올", "성적이 오르", "성적이 향상", "성적이 상승", "성적이 떨어", "성적이 하락", "등급이 올", "등급이 오르",
        "등급이 향상", "등급이 상승", "등급이 떨어", "점수를 올", "성적을 올", "등급을 올", "점수가 크게 향상", "성적이 크게 향상",
        // Notes drop the particle and add a degree: "성적 많이 오름", "성적 향상", "성적 크게 올랐음".
        "성적 오름", "성적 올", "성적 향상", "성적 상승", "성적 하락", "성적 떨어", "성적 많이 올", "성적 많이 오르", "성적 많이 오름",
        "성적이 많이 올", "성적이 많이 오르", "성적이 많이 오름", "성적 크게 올", "성적이 조금 올", "성적 조금 올",
    ])
    /// The best score of a group, without a number: "학급에서 성적이 가장 높음".
    static let topScores = Cues([
        "성적이 가장", "점수가 가장", "가장 높은 점수", "가장 높은 성적", "성적이 제일", "점수가 제일", "최고 점수를", "최고 성적을",
        "성적이 최상위", "성적이 상위권", "성적이 1위",
    ])

    /// Words right before a rank that name who was ranked: "학년 1등", "반에서 2등", "30명 중 3등".
    static let populations: Set<String> = [
        "전교", "학년", "반", "학급", "전체", "교내", "계열", "과목", "반에서", "학년에서", "전교에서", "학급에서", "전체에서",
        "교내에서", "계열에서", "과목에서",
    ]

    /// A race, a game or a contest: its placings are competition results.
    static let contestCues = Cues([
        "계주", "달리기", "경기", "시합", "체육대회", "운동회", "대회", "리그", "결승", "예선", "토너먼트", "마라톤", "경주",
        "종목", "축구", "농구", "배구", "피구", "줄다리기", "씨름", "육상", "수영", "경연", "챔피언", "게임", "결선", "본선",
        "레이스", "배드민턴", "탁구", "야구", "핸드볼", "발야구", "티볼", "공모전", "올림피아드", "경시", "선수",
    ])

    /// What a ranked student did with the rank: "1등을 함", "1위를 차지", "상위권에 듦".
    static let rankVerbs = Cues([
        "을 함", "를 함", "을 했", "를 했", "을 차지", "를 차지", "을 기록", "를 기록", "에 오르", "에 올", "에 들", "안에 들",
        "이내에 들", "을 받", "를 받", "으로 입상", "로 입상", "을 유지", "를 유지", "을 달성", "를 달성", "으로 들어", "로 들어",
        "으로 통과", "로 통과", "으로 결승", "로 결승", "을 거두", "를 거두", "에 해당", "에 속", "이 됨", "가 됨", "이 되", "가 되",
        "으로 오르", "로 오르", "까지 오르", "까지 올", "으로 올", "로 올", "으로 상승", "로 상승",
    ])

    /// What follows a score that was obtained or changed: "98점을 받아", "30점 올라", "60점에서".
    static let scoreVerbs = Cues([
        "을 받", "를 받", "을 맞", "을 얻", "을 기록", "을 획득", "을 넘", "을 달성", "으로 향상", "으로 상승", "으로 올",
        "으로 오르", "까지 올", "까지 오르", "까지 향상", "이 올", "이 오르", "이 상승", "이 향상", "이 떨어", "이 나와", "이 나옴",
        "이나 올", "이나 오르", "이나 상승", "이나 향상", " 올라", " 올랐", " 오름", " 상승", " 향상", " 하락", " 만점", "만점",
        " 이상", "에서 ", "으로 ", "대",
    ])

    /// After a number these are not scores or ranks: "4등분", "이등변", "1등성", "3점 슛".
    static let notRank = Cues(["분", "변", "성", "신", "호", "급", "식", "위원"])
    static let notScore = Cues(["척도", " 척도", "슛", " 슛", "투시", " 투시", "짜리", "선", "대칭", "근", "자리", "화", "검", " 척"])
    static let notRankUnit = Cues(["치", "원", "해", "로", "도", "상", "성", "험", "반"])

    /// Grades that are not a student's: PAPS is allowed in 체육; energy ratings and storm classes are topics.
    static let gradeExceptions = Cues([
        "PAPS", "팝스", "체력", "심폐지구력", "근력", "근지구력", "유연성", "순발력", "체지방", "BMI", "효율", "에너지",
        "태풍", "허리케인", "지진", "신용", "품질", "한우", "위험", "안전", "소비", "가전", "등급제", "등급 체계", "산불",
    ])

    struct Found {
        let range: Range<Int>
        let category: ViolationCategory
    }

    /// A score in a sentence about a language test is that test's finding, not a second one.
    static let languageTests = Cues([
        "TOEIC", "TOEFL", "TEPS", "HSK", "JPT", "JLPT", "DELF", "DALF", "TestDaF", "OPIc", "IELTS", "G-TELP", "토익", "토플",
        "텝스", "오픽", "아이엘츠", "지텔프", "한자능력검정", "한자급수", "상공회의소한자", "실용한자",
    ])
    private static let upperOrLower = Cues(["상위", "하위"])
    private static let populationWords = Cues(["전교", "학년 ", "반에서", "학급에서", "학년에서"])
    private static let rankChange = Cues(["가 오르", "가 올", "가 떨어", "를 올", "가 상승", "를 받", "가 향상", "가 하락", "을 올"])
    private static let rankIndifference = Cues(["에 연연", "보다", "에 얽매"])
    private static let gradeChange = Cues(["을 받", "이 오르", "이 올", "이 상승", "을 유지", "이 향상", "이 떨어", "이 나", "을 올", "을 얻", "이 하락"])
    private static let achievementGrade = Cues([" A", " B", " C", " D", " E", "가 A", "가 B", "가 C", "는 A", "를 A"])

    static func detect(in text: ScalarText) -> [Violation] {
        find(in: text).map { found in
            Violation(
                category: found.category, severity: .block, span: text.span(found.range),
                excerpt: text.slice(text.expandedToWord(found.range)),
                reason: found.category == .competitionAward ? placingReason : scoreReason,
                suggestion: found.category == .competitionAward ? placingSuggestion : scoreSuggestion)
        }
    }

    /// "가나 퀴즈 12/46", "수행 14/20", a line that is only "28/30": points out of a total, in a 성적
    /// context or standing alone. Not a ratio or a probability ("1/2 확률", "3/10에서 8/10으로 성공률").
    private static func fractionScore(in text: ScalarText, start: Int, end: Int) -> Range<Int>? {
        guard end < text.count, text.scalars[end] == "/", text.isDigit(at: end + 1) else { return nil }
        var close = end + 1
        while text.isDigit(at: close) { close += 1 }
        guard let points = Int(text.slice(start..<end)), let total = Int(text.slice((end + 1)..<close)), total >= 5, points <= total
        else { return nil }
        let sentence = text.sentenceRange(containing: start)
        let rest = text.slice(sentence).filter { !$0.isWhitespace && !$0.isPunctuation }
        let alone = rest.count <= text.slice(start..<close).count + 3
        return examCues.occurs(in: text, sentence) || scoredWork.occurs(in: text, sentence) || alone ? start..<close : nil
    }

    /// Examinations named by their term: "기말 평균 85.4".
    private static let termExams = Cues(["기말", "중간", "학기말", "모의", "내신"])
    private static let countUnits = ["문제", "문항", "점", "개"]
    /// What a count out of a total is a score in: "체육 실기 40점 중 38점", "단어 쪽지시험 10문제 중 9개 맞힘".
    private static let countedWorkCues = Cues(["실기", "쪽지", "테스트", "시험", "평가", "퀴즈", "수행", "고사", "채점"])

    /// "40점 중 38점", "10문제 중 9개": a count out of a total, in a marked piece of work (points always).
    private static func countOutOfTotal(in text: ScalarText, at start: Int) -> Range<Int>? {
        var end = start
        while text.isDigit(at: end) { end += 1 }
        guard let unit = countUnits.first(where: { text.hasText($0 + " 중 ", at: end) }) else { return nil }
        var second = end + unit.unicodeScalars.count + 3
        guard text.isDigit(at: second) else { return nil }
        while text.isDigit(at: second) { second += 1 }
        guard let closing = countUnits.first(where: { text.hasText($0, at: second) }) else { return nil }
        let range = start..<(second + closing.unicodeScalars.count)
        let sentence = text.sentenceRange(containing: start)
        return unit == "점" || countedWorkCues.occurs(in: text, sentence) ? range : nil
    }

    /// Work that is marked: with points out of a total it is a score.
    private static let scoredWork = Cues(["수행", "재시험", "만점", "채점", "점수"])

    static func find(in text: ScalarText) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < text.count {
            if let length = scoreChanges.match(in: text, at: index) ?? topScores.match(in: text, at: index),
               text.isWordStart(index) || index > 0 && text.scalars[index - 1] == " " || !Hangul.isSyllable(text.scalars[max(0, index - 1)])
            {
                let sentence = text.sentenceRange(containing: index)
                let isTop = topScores.starts(in: text, at: index)
                // A grade that went up is a result whatever names it ("수학 성적 많이 오름"); a score
                // needs a named examination ("점수가 올라" may be a game's).
                let isGrade = text.hasText("성적", at: index) || text.hasText("등급", at: index)
                if isTop || isGrade || examinations.occurs(in: text, sentence) {
                    found.append(Found(range: text.expandedToWord(index..<(index + length)), category: .examScore))
                    index += length
                    continue
                }
            }
            if text.isDigit(at: index), index == 0 || !text.isDigit(at: index - 1), let range = countOutOfTotal(in: text, at: index) {
                found.append(Found(range: range, category: .examScore))
                index = range.upperBound
                continue
            }
            // "실험 평가 B", "수행평가 A", "수행 B → A": a letter grade after an assessment.
            if text.hasText("평가 ", at: index) || text.hasText("수행 ", at: index), index + 3 < text.count,
               "ABCDEF".unicodeScalars.contains(text.scalars[index + 3]),
               index + 4 >= text.count || !ScalarText.isASCIIAlphanumeric(text.scalars[index + 4])
            {
                found.append(Found(range: index..<(index + 4), category: .examScore))
                index += 4
                continue
            }
            // "중간 92 → 기말 78": a term examination's mark.
            if (text.hasText("중간 ", at: index) || text.hasText("기말 ", at: index)) && text.isDigit(at: index + 3)
                && (index == 0 || !Hangul.isSyllable(text.scalars[index - 1]))
            {
                var end = index + 3
                while text.isDigit(at: end) { end += 1 }
                found.append(Found(range: index..<end, category: .examScore))
                index = end
                continue
            }
            // "기말 평균 85.4": an examination's average.
            if text.hasText("평균 ", at: index), text.isDigit(at: index + 3),
               termExams.occurs(in: text, max(0, index - 8)..<index) || examinations.occurs(in: text, max(0, index - 8)..<index)
            {
                var end = index + 3
                while text.isDigit(at: end) || end < text.count && text.scalars[end] == "." && text.isDigit(at: end + 1) { end += 1 }
                found.append(Found(range: index..<end, category: .examScore))
                index = end
                continue
            }
            // "등급 4에서 3으로", "등급 2": a grade named before its number.
            if text.hasText("등급 ", at: index), text.isDigit(at: index + 3), index == 0 || !Hangul.isSyllable(text.scalars[index - 1]) {
                var end = index + 3
                while text.isDigit(at: end) { end += 1 }
                found.append(Found(range: index..<end, category: .examScore))
                index = end
                continue
            }
            if text.isDigit(at: index) && !text.isDigit(at: index - 1) {
                var end = index
                while text.isDigit(at: end) || (text.count > end + 1 && text.scalars[end] == "," && text.isDigit(at: end + 1)) {
                    end += 1
                }
                if let fraction = fractionScore(in: text, start: index, end: end) {
                    found.append(Found(range: fraction, category: .examScore))
                    index = fraction.upperBound
                } else if let item = number(in: text, start: index, end: end) {
                    found.append(item)
                    index = max(end, item.range.upperBound)
                } else {
                    index = end
                }
                continue
            }
            if let item = word(in: text, at: index) {
                found.append(item)
                index = item.range.upperBound
                continue
            }
            index += 1
        }
        return found
    }

    /// The number `start..<end` followed by 점, 등, 위, 등급 or %.
    private static func number(in text: ScalarText, start: Int, end: Int) -> Found? {
        // "2학년", "3반" and decimal points are not ours; neither is a digit inside a Latin word.
        if start > 0 && ScalarText.isASCIIAlphanumeric(text.scalars[start - 1]) { return nil }
        let sentence = text.sentenceRange(containing: start)
        let exam = examCues.occurs(in: text, sentence)
        if text.hasText("등급", at: end) {
            let range = start..<(end + 2)
            if gradeExceptions.occurs(in: text, sentence) || languageTests.occurs(in: text, max(sentence.lowerBound, start - 12)..<start) {
                return nil
            }
            return Found(range: range, category: .examScore)
        }
        if text.hasText("등", at: end) && !notRank.starts(in: text, at: end + 1) {
            return rank(in: text, range: start..<(end + 1), sentence: sentence, exam: exam)
        }
        if text.hasText("위", at: end) && !notRankUnit.starts(in: text, at: end + 1) {
            // "북위 37도" has the number after 위; "1위" has it before.
            return rank(in: text, range: start..<(end + 1), sentence: sentence, exam: exam)
        }
        if text.hasText("점", at: end) && !notScore.starts(in: text, at: end + 1) {
            let range = start..<(end + 1)
            // "토플 105점": the language test's finding already covers its score.
            if languageTests.occurs(in: text, max(sentence.lowerBound, start - 12)..<start) { return nil }
            let before = text.previousWord(before: start).map { text.slice($0) }
            if exam || scoreVerbs.starts(in: text, at: end + 1) || before == "평균" || before == "총점" {
                return Found(range: range, category: .examScore)
            }
            return nil
        }
        if text.hasText("%", at: end) || text.hasText("퍼센트", at: end) {
            // "상위 5%", "학년 상위 10% 이내".
            guard let cue = upperOrLower.first(in: text, max(sentence.lowerBound, start - 4)..<start) else { return nil }
            let range = cue..<(end + (text.hasText("%", at: end) ? 1 : 3))
            if exam || populationBefore(text, cue) || populationWords.occurs(in: text, sentence) {
                return Found(range: range, category: .examScore)
            }
        }
        return nil
    }

    private static func rank(in text: ScalarText, range: Range<Int>, sentence: Range<Int>, exam: Bool) -> Found? {
        if contestCues.occurs(in: text, sentence) {
            return Found(range: range, category: .competitionAward)
        }
        if exam || populationBefore(text, range.lowerBound) || rankVerbs.starts(in: text, at: range.upperBound) {
            return Found(range: range, category: .examScore)
        }
        return nil
    }

    private static func populationBefore(_ text: ScalarText, _ position: Int) -> Bool {
        guard let word = text.previousWord(before: position) else { return false }
        let previous = text.slice(word)
        if populations.contains(previous) { return true }
        // "30명 중 3등": a count of people before 중.
        return previous == "중" && text.previousWord(before: word.lowerBound).map { text.slice($0).hasSuffix("명") } == true
    }


    /// Score words without a number: 만점, 등수, 일등, 상위권, 등급 in a 성적 context.
    private static let words = Cues([
        "만점", "감점", "등수", "일등", "꼴등", "꼴찌", "최상위권", "상위권", "중위권", "하위권", "등급", "성취도", "빵점", "전 과목 A", "전과목 A", "올A",
        "올 A", "부분점수", "부분 점수",
    ])

    private static let deductionVerbs = Cues(["됨", "됐", "되었", "되어", "당", "을 받", "받", "을 당", "이 됨", "이 있"])
    private static let deductionCues = Cues(["서술형", "채점에서", "답안"])

    private static func word(in text: ScalarText, at index: Int) -> Found? {
        guard Hangul.isSyllable(text.scalars[index]), let length = words.match(in: text, at: index)
        else { return nil }
        let range = index..<(index + length)
        let term = text.slice(range)
        let sentence = text.sentenceRange(containing: index)
        let exam = examCues.occurs(in: text, sentence)
        switch term {
        case "만점":
            // "10점 만점", "만점을 받음", "수행평가 만점".
            guard text.isWordStart(index) else { return nil }
            let afterScore = index >= 2 && text.hasText("점 ", at: index - 2) && text.isDigit(at: index - 3)
            // "수행 실험보고서 만점": a full mark closing the line is a result, whatever was marked.
            let closing = text.isWordEnd(range.upperBound)
                && text.slice(range.upperBound..<max(range.upperBound, sentence.upperBound)).allSatisfy { ". !)".contains($0) }
            if exam || afterScore || closing || scoreVerbs.starts(in: text, at: range.upperBound) {
                return Found(range: range, category: .examScore)
            }
        case "감점":
            // "서술형에서 풀이 과정 생략해서 감점", "감점을 받음": points the student lost in an
            // assessment; "감점 요인을 분석해 채점 기준을 만듦" is the lesson's own work.
            guard text.isWordStart(index) else { return nil }
            let lost = text.isWordEnd(range.upperBound) && (range.upperBound >= text.count || text.scalars[range.upperBound] == ".")
                || deductionVerbs.starts(in: text, at: range.upperBound)
            if lost || exam && !text.hasText(" 요인", at: range.upperBound) || deductionCues.occurs(in: text, sentence) {
                return Found(range: range, category: .examScore)
            }
        case "등수":
            guard text.isWordStart(index) else { return nil }
            if rankChange.starts(in: text, at: range.upperBound) || (exam && !rankIndifference.starts(in: text, at: range.upperBound)) {
                return Found(range: range, category: .examScore)
            }
        case "일등", "꼴등", "꼴찌":
            guard text.isWordStart(index) else { return nil }
            return rank(in: text, range: range, sentence: sentence, exam: exam)
        case "최상위권", "상위권", "중위권", "하위권":
            guard text.isWordStart(index) else { return nil }
            if exam || populationBefore(text, index) {
                return Found(range: range, category: .examScore)
            }
        case "등급":
            // "수행평가 A등급", "등급이 올라": a grade in a 성적 context, not "등급 분류 기준".
            guard exam, !gradeExceptions.occurs(in: text, sentence),
                  !languageTests.occurs(in: text, max(sentence.lowerBound, index - 12)..<index)
            else { return nil }
            let letter = index > 0 && "ABCDEabcde".unicodeScalars.contains(text.scalars[index - 1])
            if letter || gradeChange.starts(in: text, at: range.upperBound) {
                return Found(range: (letter ? index - 1 : index)..<range.upperBound, category: .examScore)
            }
        case "빵점", "전 과목 A", "전과목 A", "올A", "올 A", "부분점수", "부분 점수":
            // "쪽지시험 빵점", "전 과목 A 성취", "서술형 수행 … 부분점수": a result in any assessment.
            return exam || term.hasPrefix("전") || term.hasPrefix("올") ? Found(range: range, category: .examScore) : nil
        case "성취도":
            // "성취도 A", "성취도가 A".
            if let gradeLength = achievementGrade.match(in: text, at: range.upperBound),
               text.isWordEnd(range.upperBound + gradeLength) || !ScalarText.isASCIIAlphanumeric(text.scalars[range.upperBound + gradeLength])
            {
                return Found(range: index..<(range.upperBound + gradeLength), category: .examScore)
            }
        default:
            break
        }
        return nil
    }
}
