/// 음슴체: every sentence ends in a noun form, i.e. its last Hangul syllable ends in ㅁ (함, 임, 음, 됨)
/// or ㄻ (만듦, 이끎, 앎), followed by a period.
package enum Style {
    /// "… 왜 자주 빗나갈까", "물웅덩이가 늦게 마를까?": a question put in the ㄹ까 form, whatever marks follow.
    package static func endsAsAQuestion(_ text: some StringProtocol) -> Bool {
        let syllables = Array(text.unicodeScalars.filter(Hangul.isSyllable))
        return syllables.count >= 2 && syllables[syllables.count - 1] == "까"
            && Hangul.finalIndex(syllables[syllables.count - 2]) == Hangul.Final.rieul
    }

    /// Misspelt noun forms and their correct spelling.
    package static let misspellings: [(wrong: String, right: String)] = [
        ("만듬", "만듦"), ("이끔", "이끎"), ("힘듬", "힘듦"), ("베품", "베풂"), ("됌", "됨"), ("않함", "않음"),
        ("몇일", "며칠"), ("되요", "돼요"), ("어떻해", "어떡해"), ("설레임", "설렘"), ("바램", "바람"),
        // The past tense typed without its vowel's second stroke: "만들엇어요", "찾앗음".
        ("엇어요", "었어요"), ("엇음", "었음"), ("엇다", "었다"), ("앗어요", "았어요"), ("앗음", "았음"), ("앗다", "았다"),
        // Noun forms of 줄다/늘다 made as if they had no ㄹ: "지각 2회로 줄음", "대출 건수 늘음".
        (" 줄음", " 줄어듦"), (" 늘음", " 늘어남"), ("로 줄음", "로 줄어듦"), ("로 늘음", "로 늘어남"), ("게 늘음", "게 늘어남"), ("게 줄음", "게 줄어듦"),
    ]

    /// Sino-Korean action nouns that take 하다: a bare "보고서 작성" becomes "보고서 작성함".
    static let verbalNouns: Set<String> = [
        "참여", "탐구", "분석", "발표", "작성", "설계", "측정", "조사", "정리", "토론", "실험", "관찰", "기록", "제작", "언급", "약속",
        "담당", "자원", "착용", "풀이", "분실", "복원", "멘토링", "드로잉", "스케치", "인터뷰", "모니터링", "코딩", "디버깅", "리허설",
        "제안", "설명", "해결", "협력", "협업", "주도", "기획", "운영", "진행", "수행", "참가", "봉사", "학습", "연구",
        "비교", "검토", "검증", "적용", "활용", "표현", "소개", "발견", "개선", "보완", "완성", "제출", "수집", "구성",
        "구상", "구현", "개발", "계획", "도출", "추론", "해석", "이해", "요약", "인용", "발의", "의논", "논의", "경청",
        "배려", "지원", "안내", "홍보", "관리", "점검", "준비", "연습", "반복", "노력", "도전", "시도", "성장", "발전",
        "향상", "변화", "기여", "공유", "소통", "상담", "탐색", "체험", "견학", "방문", "참관", "감상", "독서", "시청",
        "질문", "답변", "평가", "재측정", "분리수거", "청소", "정돈", "실천", "응원", "지도", "제시", "편집", "촬영",
        "연주", "공연", "전시", "창작", "코딩", "프로그래밍", "모델링", "시뮬레이션", "인터뷰", "설문", "통계", "계산",
        "증명", "풀이", "작곡", "번역", "토의", "회의", "선정", "선택", "결정", "수립", "조율", "중재", "격려", "칭찬",
        "기증", "나눔", "모금", "캠페인", "인용", "비판", "성찰", "반성", "회고", "점검", "확인", "수정", "보고", "시범", "경험", "지적", "입론", "반박", "자청", "인솔", "부착", "게시", "추가", "배치", "배부", "정비", "측량", "계량", "손질", "재배", "분류", "선별", "교정", "첨삭", "낭독", "암송", "시연", "녹음", "채점", "스케치", "채색", "조립", "납땜", "설치", "배포", "공지",
        // More action nouns teachers end a 개조식 line with ("평균값 사용", "그래프로 시각화"); never
        // nouns that are also roles or things (담당, 주장, 구조, 기술), which take 임.
        "사용", "이용", "응용", "입력", "출력", "저장", "전달", "전송", "답사", "조성", "협의", "협동", "대화", "대답",
        "응답", "판단", "추측", "예측", "예상", "검사", "진단", "보호", "구출", "대피", "신고", "통역", "해설",
        "복습", "예습", "암기", "필사", "필기", "메모", "연출", "각색", "구연", "공감", "동의", "반대", "찬성", "설득",
        "건의", "요청", "정정", "수선", "수리", "정화", "세척", "소독", "배식", "실습", "훈련", "수련", "산책", "완주",
        "완료", "종료", "시작", "착수", "개최", "주최", "주관", "참석", "출석", "등록", "가입", "신청", "추천", "선출", "임명",
        "위촉", "분담", "협조", "보조", "마무리", "채수", "채집", "표집", "구입", "마련", "확보", "확장", "축소", "변경", "전환", "교체", "대체",
        "개편", "보관", "정산", "집계", "합산", "산출", "환산", "변환", "대조", "분해", "합성", "배합", "혼합",
        "희석", "가열", "냉각", "여과", "증류", "관측", "탐사", "채집", "발굴", "복원", "보존", "재현", "모방", "묘사", "서술",
        "진술", "논증", "추리", "검색", "열람", "구독", "탐독", "정독", "완독", "발췌", "구분", "식별", "판별",
        "명시", "제기", "게재", "연재", "취재", "중계", "녹화", "청취", "통솔", "지휘", "섭외",
        "연락", "협상", "타협", "화해", "환영", "축하", "양보", "헌혈", "기부", "후원", "시각화", "구체화",
        "체계화", "일반화", "단순화", "자동화", "생활화", "내면화", "도식화", "수치화", "정교화", "최적화", "문서화", "구조화",
        "모형화", "제공", "공개", "개방", "접수", "배달", "운반", "이동", "정렬", "나열", "배열", "열거", "표시", "강조", "요구",
        "주목", "집중", "몰입", "참고", "참조", "분배", "배분", "배정", "편성", "조정", "조절", "통제", "예방", "대응", "대처",
        "극복", "해소", "완화", "감소", "증가", "유지", "지속", "반영", "수용", "채택", "도입", "적립", "저축", "절약", "재활용",
        "성공", "실패", "통과", "합격", "달성", "입상", "희망", "편곡", "설문조사", "재구성", "발제", "추정", "추론", "가정", "예시", "정의", "적정", "혼동", "급감", "급증", "정착", "소등", "스크랩", "단축", "출제", "제한", "연결",
        "취득", "적발", "수료", "퀴즈", "체크", "피드백", "리뷰", "염색", "배양", "처리",
        // Actions a line ends on after a reason or a time ("연기 나서 중단", "전 학년 실시", "피켓 들고 인사").
        "중단", "실시", "인사", "시행", "재개", "연기", "취소", "출전", "귀가", "복귀", "정지", "보류", "재시도", "재도전",
        "재작성", "재제출", "퇴고", "재검토", "개작", "요약정리", "발송", "회수", "수거",
        "추출", "확정", "공모", "출마", "자습", "디자인", "첨부", "작도", "합류", "작업", "제조", "고안", "창안", "취합",
        // Teaching, preventing and founding close a line as doings too: "후배 교육", "재발 방지", "코너 신설".
        "교육", "방지", "신설", "개설", "창설", "결성", "조직", "상영", "송출", "방송", "발행", "편찬", "모집", "강의", "보급", "판매",
        "대여", "반납", "작사", "낭송", "합주", "교열", "감수", "도달", "돌파",
        // Putting things where others use them, and reworking code ("동아리실에 비치", "딕셔너리로 리팩토링").
        "비치", "진열", "리팩토링", "리팩터링", "업로드", "업데이트", "분리", "통합", "병합", "압축", "보정", "검산", "재배치", "재정리", "재녹음", "재촬영", "재출력", "리드",
    ]

    /// The last Hangul syllable of a sentence, ignoring trailing punctuation, quotes and spaces.
    static func lastSyllable(of sentence: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        sentence.last(where: { Hangul.isSyllable($0) })
    }

    /// The sentence without a parenthesis that closes it (and its full stop), nested ones counted.
    static func withoutTrailingNote(_ sentence: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var end = sentence.endIndex
        while end > sentence.startIndex, sentence[end - 1] == "." || sentence[end - 1] == " " { end -= 1 }
        guard end > sentence.startIndex, sentence[end - 1] == ")" else { return sentence }
        var depth = 0
        var index = end
        while index > sentence.startIndex {
            index -= 1
            if sentence[index] == ")" { depth += 1 }
            if sentence[index] == "(" {
                depth -= 1
                if depth == 0 { return index > sentence.startIndex ? sentence[sentence.startIndex..<index] : sentence }
            }
        }
        return sentence
    }

    package static func isNounEnding(_ syllable: Unicode.Scalar) -> Bool {
        guard let final = Hangul.finalIndex(syllable) else { return false }
        return final == Hangul.Final.mieum || final == Hangul.Final.rieulMieum
    }

    /// Rewrites one sentence into 음슴체: the final predicate becomes its noun form; a sentence that
    /// ends in a bare noun gets 함 (action nouns) or 임. Always ends with a period.
    package static func convertSentence(_ sentence: String) -> String {
        var body = Substring(sentence.nfc)
        while let last = body.unicodeScalars.last,
              last.properties.isWhitespace || ScalarText.isSentenceTerminator(last) || last == "~"
        {
            body = body.dropLast()
        }
        var text = String(body)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            return placingTrailingNote(String(text[open...]), of: String(text[..<open]).trimmed)
        }
        for (wrong, right) in misspellings where text.hasSuffix(wrong) {
            text = String(text.dropLast(wrong.count)) + right
        }
        // What the teacher saw or heard, said as the record says it: "정리했더라고요" → 정리했다 → 정리함,
        // "사과했대요" → 사과했다 → 사과함.
        for (hearsay, plain) in hearsayEndings where text.hasSuffix(hearsay) && text.count > hearsay.count {
            return convertSentence(String(text.dropLast(hearsay.count)) + plain)
        }
        if let reported = pastReported(text) { return convertSentence(reported) }
        // "본인은 '다음에 하겠다'고": a quote the line reports, cut before its verb.
        if text.hasSuffix("고"), let before = text.unicodeScalars.dropLast().last, "'\"’”".unicodeScalars.contains(before) {
            return text + " 함."
        }
        // "본인도 알람 3개 맞춘다고": what the student said, cut before its verb.
        if text.hasSuffix("다고") || text.hasSuffix("라고"), text.split(separator: " ").last.map({ $0.count >= 3 }) == true {
            return text + " 함."
        }
        if let counted = closingCount(text) ?? closingSurvey(text) ?? closingWritingSize(text) ?? closingQuote(text) { return counted }
        if let value = closingValue(text) { return value }
        let scalars = Array(text.unicodeScalars)
        let wordLength = scalars.reversed().prefix(while: Hangul.isSyllable).count
        guard wordLength > 0 else {
            // "증가량 약 88%", "사용 언어 Python": a value closes on 임 as a noun does.
            if let last = scalars.last, ScalarText.isASCIIAlphanumeric(last) || last == "%" { return text + "임." }
            return text.isEmpty ? text : text + "."
        }
        let word = String(scalars: scalars.suffix(wordLength))
        let prefix = String(scalars: scalars.dropLast(wordLength))
        // "주제가 '순간변화율'이었어요": the copula after a quote closes on 임, whatever the quote ends in.
        if let mark = prefix.unicodeScalars.last, "'\"’”』」".unicodeScalars.contains(mark), quotedCopulas.contains(word) { return prefix + "임." }
        // "이야기 나눔", "의견을 나눔": 나누다's noun form, not the action noun of "재능 나눔".
        // Only a thing given away makes it the action noun: "재능 나눔", "물품 나눔"; "역할 다시 나눔" is 나누다.
        let sharedWith = word == "나눔" && !["재능", "물품", "지식", "음식", "도서", "책", "나눔"].contains(where: prefix.trimmed.hasSuffix)
        // "꼼꼼", "성실": the root of a 하다 adjective, though it ends like a noun form.
        if descriptiveRoots.contains(word) { return prefix + word + "함." }
        if let lastScalar = word.unicodeScalars.last, isNounEnding(lastScalar), !verbalNouns.contains(word) || sharedWith {
            // "만들었음", "하였음": past noun forms become the plain form the rest of the record uses.
            if word.hasSuffix("음"), let stem = VerbStem.stem(of: String(word.dropLast()) + "다", at: .sentenceFinal),
               !statives.contains(stem),
               let tense = String(word.dropLast()).unicodeScalars.last, Hangul.finalIndex(tense) == Hangul.Final.ssangSiot,
               let base = Hangul.decompose(tense), base.medial != Hangul.Medial.i
            {
                return prefix + VerbStem.nounForm(ofStem: stem) + "."
            }
            return text + "."
        }
        if pastTimes.contains(where: prefix.includes), let past = pastState(word) {
            return prefix + past + "."
        }
        if let stem = VerbStem.stem(of: word, at: .sentenceFinal) ?? VerbStem.stem(ofBarePast: word) {
            return prefix + VerbStem.nounForm(ofStem: stem) + "."
        }
        if let stem = VerbStem.stem(of: word, at: .connective) {
            return prefix + VerbStem.nounForm(ofStem: stem) + "."
        }
        if passiveNouns.contains(word), prefix.hasSuffix("로 ") {
            return prefix + word + "됨."  // "학교 대표 2명 중 1명으로 선발" → 선발됨
        }
        if word == "주제", prefix.count > 1 { return topicExplored(prefix.trimmed, note: "") }
        // "모둠 토론에서 순자 측", "반대측": the side the student took in a debate.
        if word == "측" || (word.hasSuffix("측") && ["찬성측", "반대측", "긍정측", "부정측"].contains(word)) {
            return prefix + word + "을 맡음."
        }
        // "이니셜로 쓰는 배려", "배우려는 자세": a quality the act before it shows, shown.
        if shownQualities.contains(word), let modifier = prefix.split(separator: " ").last.flatMap({ $0.unicodeScalars.last }),
           modifier == "던" || Hangul.finalIndex(modifier) == Hangul.Final.nieun
        {
            return prefix + word + Hangul.particle(after: word, withFinal: "을", withoutFinal: "를") + " 보임."
        }
        // "부회장 출마하여 당선", "회장으로 선출": what happened to the student, with nothing done to an object
        // ("주제 선정", "책 추천" are the student's doing).
        if ["당선", "선출", "임명", "위촉", "발탁"].contains(word),
           !prefix.split(separator: " ").contains(where: { $0.hasSuffix("을") || $0.hasSuffix("를") })
        {
            return prefix + word + "됨."
        }
        if let made = closingMadeThing(prefix: prefix, word: word) { return made }
        return prefix + word + (endsWithVerbalNoun(word) || descriptiveRoots.contains(word) ? "함." : "임.")
    }

    /// Units a count of finished work is given in, and the verb for the work when none is known.
    private static let workUnits: Set<String> = ["장", "쪽", "편", "점", "문항", "줄", "컷", "곡", "매"]
    /// Work a count closes on and how a record says it was made ("드로잉 5장을 그림").
    private static let countedWork: [(noun: String, verb: String)] = [
        ("드로잉", "그림"), ("만화", "그림"), ("스케치", "그림"), ("콘티", "완성함"), ("코드", "작성함"), ("오답노트", "작성함"),
        ("오답 노트", "작성함"), ("PPT", "만듦"), ("슬라이드", "만듦"), ("사진", "찍음"), ("작품", "완성함"), ("시", "씀"), ("글", "씀"),
        ("원고", "씀"), ("대본", "씀"), ("악보", "완성함"), ("문제", "만듦"),
    ]
    /// What is measured or counted in a result ("평균 4.6%", "비행거리 48m"); the first say what the
    /// student achieved and take 기록함, the rest say what the data showed and take 나타남.
    private static let achievedMeasures: Set<String> = ["비행거리", "비거리", "기록", "최고 기록", "최고기록", "거리"]
    private static let shownMeasures: Set<String> = [
        "평균", "오차", "결과", "수익률", "정확도", "성공률", "확률", "효율", "농도", "온도", "속도", "속력", "길이", "높이", "무게", "질량",
        "부피", "비율", "찬성", "반대", "응답률", "증가율", "감소율", "변화율", "측정값", "이론값", "평균값",
    ]

    /// "비행거리 48m" → "비행거리 48m를 기록함", "평균 오차 4.6%" → "평균 오차가 4.6%로 나타남", "최종 보고서 8쪽" →
    /// "최종 보고서 8쪽을 작성함", "관찰 드로잉 5장" → "관찰 드로잉 5장을 그림"; nil for any other sentence.
    static func closingValue(_ text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, let value = words.last, let first = value.first, first.isNumber || first == "-" && value.count > 1 else {
            return nil
        }
        let unit = String(value.drop { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" })
        guard !unit.isEmpty, unit.count <= 3, !unit.contains("~") else { return nil }
        let object = text + Hangul.particle(after: value, withFinal: "을", withoutFinal: "를")
        if workUnits.contains(unit) {
            // The work counted is the phrase the count closes ("관찰 드로잉 5장"), not a thing a verb
            // before it took ("사진 넣어서 A4 6장" counts pages, not photos taken).
            let recent = words.dropLast().suffix(6).reversed().prefix { VerbStem.stem(of: String($0), at: .connective) == nil }.reversed().joined(separator: " ")
            if let verb = madeThings.first(where: { recent.includes($0.key) })?.value ?? countedWork.first(where: { recent.includes($0.noun) })?.verb {
                return object + " " + verb + "."
            }
            return nil
        }
        let noun = words[words.count - 2].trimmingCharacters(in: [":"])
        if achievedMeasures.contains(noun) { return object + " 기록함." }
        // "6월 측정 12개" → "6월 측정에서 12개를 기록함": the test the result was taken in.
        if ["측정", "재측정", "체력측정", "실기"].contains(noun) {
            return words.dropLast().joined(separator: " ") + "에서 " + value + Hangul.particle(after: value, withFinal: "을", withoutFinal: "를") + " 기록함."
        }
        guard shownMeasures.contains(noun) else { return nil }
        let subject = words.dropLast(2).joined(separator: " ") + (words.count > 2 ? " " : "") + noun + Hangul.particle(after: noun, withFinal: "이", withoutFinal: "가")
        return subject + " " + value + Hangul.particle(after: value, withFinal: "으로", withoutFinal: "로") + " 나타남."
    }

    /// Things a student makes and the verb a record says it with: a note that ends on one ("메뉴별 잔반
    /// 그래프", "pH별 색 변화 비교표") reports that the student made it, not that the student is it.
    private static let madeThings: [String: String] = [
        "보고서": "작성함", "계획서": "작성함", "소감문": "씀", "감상문": "씀", "에세이": "씀", "독서록": "씀", "일지": "씀", "편지": "씀",
        "비교표": "작성함", "계획표": "작성함", "정리표": "작성함", "연표": "작성함", "도표": "작성함", "역할표": "만듦", "당번표": "만듦",
        "체크리스트": "만듦", "설문지": "만듦", "그래프": "그림", "마인드맵": "그림", "포스터": "제작함", "카드뉴스": "제작함", "영상": "제작함",
        "모형": "제작함", "발표 자료": "만듦", "측정기": "제작함", "장치": "제작함", "키트": "제작함", "앱": "만듦", "웹페이지": "만듦", "챗봇": "만듦",
    ]
    /// Roles a count says how often the student took ("토론 사회 2회").
    private static let countedRoles: Set<String> = ["사회", "사회자", "진행자", "발표자", "서기", "모둠장", "조장", "팀장", "멘토", "심판"]

    /// "메뉴별 잔반 그래프" → "메뉴별 잔반 그래프를 그림", "전봉준 역" → "전봉준 역을 맡음", "칠판 풀이 3회" →
    /// "칠판 풀이를 3회 함", "실제 상자 접어서 검증까지" → "… 검증까지 함"; nil for any other closing word.
    private static func closingMadeThing(prefix: String, word: String) -> String? {
        guard !prefix.trimmed.isEmpty else { return nil }
        let object = { (noun: String) in noun + Hangul.particle(after: noun, withFinal: "을", withoutFinal: "를") }
        if let verb = madeThings[word] ?? madeThings.first(where: { $0.key.count >= 3 && word.hasSuffix($0.key) })?.value {
            return prefix + object(word) + " " + verb + "."
        }
        if word == "역" || word == "역할" { return prefix + object(word) + " 맡음." }
        // "인문 독서토론반", "로봇 동아리": the group the student took part in.
        if word.count >= 3, word.hasSuffix("반") || word.hasSuffix("동아리"), let first = word.first, !first.isNumber {
            return prefix + word + "에서 활동함."
        }
        // "천연 지시약(적양배추, 강황) 만들기" → "천연 지시약(…)을 만듦": an activity named by its verb.
        if word.count >= 2, word.hasSuffix("기"), !VerbStem.nounsLikeNominals.contains(where: word.hasSuffix),
           let stem = VerbStem.stem(of: String(word.dropLast()) + "다", at: .sentenceFinal)
        {
            var before = prefix.trimmed
            let noun = before.hasSuffix(")") ? String(before[..<(before.lastIndex(of: "(") ?? before.endIndex)]) : before
            if let last = noun.split(separator: " ").last, let end = last.unicodeScalars.last, Hangul.isSyllable(end),
               !["을", "를", "에", "로", "서", "와", "과", "의", "고", "며"].contains(where: last.hasSuffix),
               // "4주 나눠 읽기": a verb before the doing says how it was done; the object is further back.
               !["눠", "워", "춰", "쳐", "혀", "겨", "려"].contains(where: last.hasSuffix)
            {
                before += Hangul.particle(after: String(last), withFinal: "을", withoutFinal: "를")
            }
            return before + " " + VerbStem.nounForm(ofStem: stem) + "."
        }
        if word.hasSuffix("까지"), endsWithVerbalNoun(String(word.dropLast(2))) { return prefix + word + " 함." }
        return nil
    }

    /// "칠판 풀이 3회" → "칠판 풀이를 3회 함", "토론 사회 2회" → "토론 사회를 2회 맡음": a count closing a note
    /// says how often the action (or role) before it was done; nil for any other sentence.
    static func closingCount(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, var count = words.last, let first = count.first, first.isNumber,
              ["회", "번", "차례"].contains(String(count.drop { $0.isNumber })) else { return nil }
        // "멘토링 주 1회": how often, then what.
        if words.count >= 3, frequencyUnits.contains(words[words.count - 2]) {
            count = words[words.count - 2] + " " + count
            words.remove(at: words.count - 2)
        }
        let noun = words[words.count - 2]
        guard noun.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return nil }
        let isRole = countedRoles.contains(noun)
        guard isRole || endsWithVerbalNoun(noun), !["에서", "을", "를", "이", "가", "은", "는", "에", "로", "와", "과"].contains(where: noun.hasSuffix) || isRole
        else { return nil }
        let object = noun + Hangul.particle(after: noun, withFinal: "을", withoutFinal: "를")
        return (words.dropLast(2) + [object, count, isRole ? "맡음." : "함."]).joined(separator: " ")
    }

    /// "'불편한 교실 공간' 설문 22명" → "'불편한 교실 공간' 설문 조사를 22명에게 실시함": a survey and how many
    /// answered it, said as the survey conducted.
    static func closingSurvey(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, let count = words.last, count.first?.isNumber == true, count.hasSuffix("명"),
              count.dropLast().allSatisfy(\.isNumber), ["설문", "설문조사"].contains(words[words.count - 2])
        else { return nil }
        words.removeLast(2)
        return (words + ["설문", "조사를", count + "에게", "실시함."]).joined(separator: " ")
    }

    /// A line that ends in a quote or a title with no verb after it, closed as what the words before it
    /// make of it: "공약 '급식 잔반 줄이기 챌린지'" → "'…'를 공약으로 내세움", "진로 탐구 보고서 '…'" →
    /// "'…'를 주제로 진로 탐구 보고서를 작성함", "본인은 \"…\"" → "…라고 말함", "독서 활동으로 『…』" →
    /// "…을 읽음". Nil when the text does not end in one.
    static func closingQuote(_ text: String) -> String? {
        guard let close = text.unicodeScalars.last, let open = quotePairs[close],
              let start = text.unicodeScalars.dropLast().lastIndex(of: open)
        else { return nil }
        let quote = String(text.unicodeScalars[start...])
        let inner = String(quote.unicodeScalars.dropFirst().dropLast())
        var before = String(text.unicodeScalars[..<start]).trimmed
        while before.hasSuffix(":") || before.hasSuffix(" -") { before = String(before.dropLast()).trimmed }
        let object = quote + Hangul.particle(after: inner, withFinal: "을", withoutFinal: "를")
        if open == "『" { return [before, object, "읽음."].filter { !$0.isEmpty }.joined(separator: " ") }
        let words = before.split(separator: " ").map(String.init)
        let head = words.last ?? ""
        let lead = words.dropLast().joined(separator: " ")
        func joined(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") + "." }
        if let (role, verb) = quotedRoles.first(where: { head.hasSuffix($0.key) }).map({ ($0.key, $0.value) }) {
            // "5~6월 지역조사 프로젝트에서 주제 '…'", "공약 '…'": the name is the topic, pledge or aim.
            if ["주제로 탐구함", "공약으로 내세움", "목표로 세움"].contains(verb) {
                return joined([String(before.dropLast(role.count)).trimmed, object, verb])
            }
            // "6월 동아리 발표회 '…'": what was presented there.
            if role == "발표회" { return joined([before + "에서", object, "주제로 발표함"]) }
            // "이번 주 급식 TMI' 코너": a named corner or campaign the student ran.
            let named = quote + " " + head + Hangul.particle(after: head, withFinal: "을", withoutFinal: "를")
            if ["운영함", "진행함", "수행함"].contains(verb) { return joined([lead, named, verb]) }
            // "5월 진로 탐구 보고서 '…'" → "5월 '…'를 주제로 진로 탐구 보고서를 작성함": when first, then what.
            let time = words.dropLast().prefix { word in word.first?.isNumber == true || word.hasSuffix("학기") }
            let kind = (words.dropLast().dropFirst(time.count) + [head]).joined(separator: " ")
            return joined([time.joined(separator: " "), object, "주제로", kind + Hangul.particle(after: kind, withFinal: "을", withoutFinal: "를"), verb])
        }
        // "소감문에 '…'", "초안에는 '…'", "보고서 마지막 줄 '…'": words written there.
        if head.hasSuffix("에") || head.hasSuffix("에는") || head == "줄" { return joined([before, quote + "라고", "씀"]) }
        let spoken = ["요", "다", "?", "!", "아", "어", "지", "게", "네", "까"].contains(where: inner.hasSuffix)
        if spoken || head.hasPrefix("본인") || before.isEmpty {
            return joined([before, quote + (inner.hasSuffix("?") ? "라고 질문함" : "라고 말함")])
        }
        // "처음 들고 온 것이 '블랙홀 연구'": a name said of something.
        return joined([before, quote + "임"])
    }

    private static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["'": "'", "\"": "\"", "’": "‘", "”": "“", "』": "『", "」": "「"]
    /// Words before a quoted name and what the record says was done with it.
    private static let quotedRoles: KeyValuePairs<String, String> = [
        "주제": "주제로 탐구함", "공약": "공약으로 내세움", "목표": "목표로 세움", "보고서": "작성함", "계획서": "작성함", "발표회": "발표함",
        "코너": "운영함", "글쓰기": "씀", "에세이": "씀", "캠페인": "진행함", "프로젝트": "수행함",
    ]

    /// "반박 글 A4 한 장" → "반박 글을 A4 한 장 분량으로 씀": a piece of writing and its length.
    static func closingWritingSize(_ text: String) -> String? {
        var words = text.split(separator: " ").map(String.init)
        guard let last = words.last, last.hasSuffix("장") || last.hasSuffix("쪽") else { return nil }
        var size = [words.removeLast()]
        let number = size[0].dropLast()
        if number.isEmpty || !number.allSatisfy(\.isNumber) {
            guard number.isEmpty, let count = words.last, ["한", "두", "세", "네", "다섯"].contains(count) else { return nil }
            size.insert(words.removeLast(), at: 0)
        }
        if words.last == "A4" { size.insert(words.removeLast(), at: 0) }
        guard let writing = words.last, let verb = writingVerbs.first(where: { writing.hasSuffix($0.key) })?.value else { return nil }
        words[words.count - 1] = writing + Hangul.particle(after: writing, withFinal: "을", withoutFinal: "를")
        return (words + size + ["분량으로", verb + "."]).joined(separator: " ")
    }

    private static let writingVerbs: [String: String] = [
        "글": "씀", "보고서": "작성함", "감상문": "씀", "에세이": "씀", "소감문": "씀", "독후감": "씀", "편지": "씀", "기사": "작성함",
        "칼럼": "씀", "논설문": "씀", "비평문": "씀", "계획서": "작성함",
    ]

    /// Changes a count after them measures the end of: "줄어듦 (1회)" fell to once.
    private static let fallsAndRises: Set<String> = ["줄어듦", "줄었음", "줄음", "줄어들었음", "감소함", "늘어남", "늘었음", "증가함", "늘음"]
    /// Units a count of times is taken over: "주 1회", "월 2회".
    private static let frequencyUnits: Set<String> = ["주", "월", "매주", "매월", "하루", "일주일에", "달에", "학기당", "주당", "월별"]
    /// Nouns that end in a particle's syllable themselves ("실험 결과", "학습 태도").
    package static let nounsEndingLikeParticles: Set<String> = [
        "결과", "효과", "교과", "성과", "사과", "부과", "외과", "내과", "치과", "학과", "분과", "소아과", "이비인후과", "차이", "종이", "놀이", "높이", "길이", "넓이", "깊이", "나이", "평가", "작가",
        "국가", "물가", "여가", "전문가", "태도", "제도", "지도", "온도", "속도", "정도", "밀도", "농도", "습도", "빈도", "각도", "강도",
        "난도", "난이도", "의도", "용도", "선호도", "만족도", "집중도", "완성도", "이해도", "정확도", "참여도", "숙련도", "몰입도", "인지도",
        "혼잡도", "기여도", "충실도", "흥미도", "친밀도", "신뢰도", "명도", "채도", "경도", "위도", "고도", "회의", "토의", "정의", "논의", "강의", "의의",
        "협의", "질의", "모의", "진로", "경로", "통로", "도로", "항로",
    ]

    /// Qualities a record says the student showed: "…는 배려를 보임", never "…는 배려함".
    private static let shownQualities: Set<String> = ["배려", "노력", "모습", "자세", "태도", "열정", "의지", "면모", "끈기", "책임감", "적극성", "성실성"]
    /// Action nouns done to the student when what they became is named before them ("대표로 선발").
    private static let passiveNouns: Set<String> = ["선발", "채택", "선정", "선출", "임명", "위촉", "발탁", "지명", "추천", "초청"]
    /// Roots of 하다 adjectives a fragment ends in: "입학 전부터 완벽" → 완벽함, not 완벽임.
    /// The copula's forms after a quote: "'…'이었어요", "'…'였다", "'…'입니다".
    private static let quotedCopulas: Set<String> = [
        "이었어요", "이었다", "이었음", "였어요", "였다", "였음", "이에요", "예요", "이다", "입니다", "이었습니다", "였습니다", "이었고", "였고", "이야", "야",
    ]

    /// Whether the word is the root of a 하다 adjective ("꼼꼼", "공정").
    package static func isDescriptiveRoot(_ word: String) -> Bool {
        descriptiveRoots.contains(word)
    }

    private static let descriptiveRoots: Set<String> = [
        "완벽", "성실", "꼼꼼", "솔직", "능숙", "탁월", "원만", "친절", "정확", "신중", "침착", "차분", "활발", "명랑", "겸손",
        "다정", "섬세", "치밀", "철저", "유창", "풍부", "충실", "깔끔", "정직", "성숙", "온화", "유쾌", "쾌활", "상냥", "씩씩",
        "능통", "우수", "훌륭", "착실", "건실", "진지", "적절", "명확", "분명", "간결", "정교", "독특", "참신",
        "필요", "가능", "중요", "충분", "공정", "꾸준", "유연", "예리",
    ]


    /// Whether the word is a noun that ends in ㅁ like a verb's noun form ("그림", "마음", "조리사님"):
    /// never read as a closed clause. An honorific 님 names a person ("선생님", "주무관님"); 다님 and
    /// 지님 are verbs.
    package static func isNounEndingInMieum(_ word: String) -> Bool {
        if nounsEndingInMieum.contains(word) { return true }
        // Loanwords in -ium: "스텔라리움", "플라네타리움", "스타디움", "심포지움".
        if ["리움", "디움", "지움", "니움", "슘", "늄"].contains(where: word.hasSuffix), word.count >= 3 { return true }
        return word.count >= 2 && word.hasSuffix("님") && !word.hasSuffix("다님") && !word.hasSuffix("지님")
    }

    /// Nouns ending in ㅁ, like a noun form ("그림, 조각", "마음").
    private static let nounsEndingInMieum: Set<String> = [
        "그림", "마음", "처음", "다음", "모임", "모둠", "이름", "사람", "시험", "싸움", "느낌", "울림", "흐름", "물음", "웃음",
        "믿음", "기쁨", "슬픔", "아픔", "배움", "나눔", "도움", "외침", "움직임", "알림", "모음", "받침", "다짐", "걸음", "얼음",
        "소감", "관점", "장점", "단점", "요점", "초점", "시점", "지점", "문제점", "개선점", "강점", "약점", "개념", "신념", "기념",
        "게임", "프로그램", "시스템", "졸음", "꼼꼼", "마침", "아이템", "마감", "관심", "가르침", "어울림", "떨림", "드림", "손님", "어림", "고름", "주름", "무덤", "보람", "바람", "요즘", "지금", "조금", "가끔",
        "농담", "상담", "면담", "잡담", "부담", "보험",
        "몸", "힘", "꿈", "봄", "밤", "점", "섬", "춤", "잠", "짐", "땀", "숨", "삶", "앎", "팀", "캠", "줌", "김", "감",
    ]

    /// Words between a predicate and what it is said of: "자료를 직접 만들어 옴", "공책 꾸준히 씀".
    private static let adverbs: Set<String> = [
        "꾸준히", "직접", "스스로", "열심히", "끝까지", "함께", "모두", "잘", "매번", "다시", "가장", "제일", "먼저", "항상", "늘", "꼭",
        "더", "많이", "매일", "자주", "혼자", "서로", "같이", "따로", "미리", "계속", "거의", "특히", "오히려", "바로", "또", "새로",
        "주로", "충분히", "꼼꼼히", "간단히", "정확히", "빠짐없이", "끈기 있게", "성실히",
    ]
    /// Auxiliary predicates that close a verb before them: "만들어 옴", "도와줌", "찾아봄".
    private static let auxiliaries: Set<String> = ["옴", "줌", "봄", "냄", "둠", "놓음", "감", "있음", "드림", "옴."]

    /// A note in parentheses after a sentence goes next to what it describes: after the noun the
    /// predicate is said of ("규칙 설명 자료를 직접 만들어 옴 (그림 포함)" → "규칙 설명 자료(그림 포함)를 직접
    /// 만들어 옴", "어휘 공책 꾸준히 씀 (한자어 뜻 풀이)" → "어휘 공책(한자어 뜻 풀이) 꾸준히 씀"), or
    /// after an action noun it describes ("설문조사 (87명 응답)" → "설문조사(87명 응답)를 함").
    /// "보고서: '교권과 학생 인권의 균형' 주제 (설문 37명)" → "'교권과 학생 인권의 균형'(설문 37명)을 주제로 탐구함.":
    /// what the work was about, not a noun to close on; a note stays with the topic.
    private static func topicExplored(_ topic: String, note: String) -> String {
        let spoken = String(topic.reversed().drop { "'\"’”」』".contains($0) }.reversed())
        return topic + note + Hangul.particle(after: spoken, withFinal: "을", withoutFinal: "를") + " 주제로 탐구함."
    }

    private static func placingTrailingNote(_ note: String, of body: String) -> String {
        if let count = countPhrase(note) { return withCount(count, body: body) }
        let lastWord = String(body.split(separator: " ").last ?? "")
        if lastWord == "주제", body.count > 3 { return topicExplored(String(body.dropLast(2)).trimmed, note: note) }
        // "정리정돈 담당 (자원함)" → "정리정돈을 자원하여 담당함": a note that is an action says how.
        let inner = note.dropFirst().dropLast()
        if inner.hasSuffix("함"), !inner.contains(" "), isVerbalNoun(String(inner.dropLast())), endsWithVerbalNoun(lastWord) {
            var words = body.split(separator: " ").map(String.init)
            if words.count >= 2, case let noun = words[words.count - 2], noun.count >= 2, noun.unicodeScalars.allSatisfy(Hangul.isSyllable),
               !["에", "서", "을", "를", "로", "의", "과", "와", "이", "가", "은", "는", "도"].contains(where: noun.hasSuffix), !adverbs.contains(noun)
            {
                words[words.count - 2] = noun + Hangul.particle(after: noun, withFinal: "을", withoutFinal: "를")
            }
            words[words.count - 1] = inner.dropLast() + "하여 " + lastWord + "함"
            return words.joined(separator: " ") + "."
        }
        if endsWithVerbalNoun(lastWord) && !lastWord.isEmpty {
            // "설문지 직접 제작 (…)" → "설문지(…)를 직접 제작함", "토론 참여 (찬성 측)" → "토론(찬성 측)에
            // 참여함": the note goes on what was acted on, when the action names one.
            var words = body.split(separator: " ").map(String.init)
            var object = words.count - 2
            while object > 0, adverbs.contains(words[object]) { object -= 1 }
            let particle = ["참여", "참가"].contains(lastWord) ? ("에", "에") : noteObjectVerbs.contains(lastWord) ? ("을", "를") : nil
            if let particle, object >= 0, words.count >= 2, case let noun = words[object], noun.count >= 2,
               noun.unicodeScalars.allSatisfy(Hangul.isSyllable), !endsWithVerbalNoun(noun) || particle.0 == "에",
               !["에", "서", "을", "를", "로", "의", "과", "와", "이", "가", "은", "는", "도"].contains(where: noun.hasSuffix)
            {
                words[object] = noun + note + Hangul.particle(after: noun, withFinal: particle.0, withoutFinal: particle.1)
                words[words.count - 1] = lastWord + "함"
                return words.joined(separator: " ") + "."
            }
            // "투표로 통과 (찬성 21 / 반대 6)" → "투표로 통과됨(…)": what happened to the proposal, not a doing.
            if passiveNouns.contains(lastWord) || ["통과", "가결", "부결", "당선", "합격"].contains(lastWord) {
                return body + "됨" + note + "."
            }
            return body + note + Hangul.particle(after: lastWord, withFinal: "을", withoutFinal: "를") + " 함."
        }
        let converted = String(convertSentence(body).dropLast())
        var words = converted.split(separator: " ").map(String.init)
        guard words.count > 1 else { return converted + note + "." }
        var target = words.count - 2
        if auxiliaries.contains(words[words.count - 1]), target > 0 { target -= 1 }
        while target > 0, adverbs.contains(words[target]) || words[target].hasSuffix("적으로") || words[target].hasSuffix("히") {
            target -= 1
        }
        let word = words[target]
        // "손 들고 제안함 (급식 순서 바꾸기)": before the predicate stands another verb, not what the
        // note describes; the note stays after the predicate.
        let isConnective = VerbStem.stem(of: word, at: .connective) != nil
            && (!word.hasSuffix("서") || ["어서", "아서", "해서", "여서", "워서"].contains(where: word.hasSuffix))
        // "동선 지도 손으로 그려옴 (버스 시간까지)": a means is not what the note describes either.
        if isConnective || word.hasSuffix("어") || word.hasSuffix("아") || word.hasSuffix("으로") || word.hasSuffix("로") {
            return converted + note + "."
        }
        // "토론에 참여함 (찬성 측)" → "토론(찬성 측)에 참여함": the note goes on the noun, before its particle.
        // "턱 높이 재 옴": 높이 is a noun, not 높 and a particle.
        for particle in ["에서", "에게", "을", "를", "이", "가", "은", "는", "에", "와", "과"]
        where word.hasSuffix(particle) && word.count > particle.count && !nounsEndingLikeParticles.contains(where: word.hasSuffix) {
            words[target] = String(word.dropLast(particle.count)) + note + particle
            return words.joined(separator: " ") + "."
        }
        words[target] = word + note
        return words.joined(separator: " ") + "."
    }

    /// Action nouns that act on the noun before them, which a note then describes.
    private static let noteObjectVerbs: Set<String> = ["담당", "제작", "작성", "설계", "조사", "분석", "정리", "제안", "개발", "수집", "제출", "완성", "시연"]

    /// A note that only counts or times what the sentence says ("(주 2~3회)", "(약 3주)", "(총 8회)",
    /// "(2장)"): what it says without the parentheses, nil for any other note.
    static func countPhrase(_ note: String) -> String? {
        var inner = Substring(note)
        guard inner.hasPrefix("("), inner.hasSuffix(")") else { return nil }
        inner = inner.dropFirst().dropLast()
        let words = inner.split(separator: " ").map(String.init)
        guard (1...3).contains(words.count), let number = words.firstIndex(where: { $0.first?.isNumber == true }) else { return nil }
        guard words[..<number].allSatisfy(countPrefixes.contains), words[(number + 1)...].allSatisfy(countSuffixes.contains) else { return nil }
        let counted = words[number]
        let counter = String(counted.drop { $0.isNumber || "~-–.,".contains($0) })
        guard countUnits.contains(counter) else { return nil }
        // A span of time says how long: "약 3주" → "약 3주 동안".
        // "2일간" already says it.
        let isSpan = ["주", "주일", "일", "개월", "달", "시간", "년"].contains(counter) && !words.contains("주") && !words.contains("월")
        return words.joined(separator: " ") + (isSpan && !words.contains("동안") ? " 동안" : "")
    }

    private static let countPrefixes: Set<String> = ["총", "약", "주", "월", "매주", "매월", "매일", "하루", "일주일에", "한", "달에", "연"]
    private static let countSuffixes: Set<String> = ["동안", "정도", "씩", "넘게", "이상", "가량"]
    private static let countUnits: Set<String> = [
        "회", "번", "주", "주일", "일", "일간", "개월", "달", "시간", "분", "장", "개", "명", "권", "편", "차례", "곡", "쪽", "년", "건", "가지",
    ]

    /// The sentence with a count said before its predicate: "칠판에 설명해 줌" + "주 2~3회" →
    /// "칠판에 주 2~3회 설명해 줌"; before the manner words that lead into it ("자발적으로 함").
    private static func withCount(_ count: String, body: String) -> String {
        let converted = String(convertSentence(body).dropLast())
        var words = converted.split(separator: " ").map(String.init)
        guard words.count > 1 else { return count + " " + converted + "." }
        // "지각 확 줄어듦 (1회)": the count is where it fell to, not how often it fell.
        if let last = words.last, fallsAndRises.contains(last), words.count >= 2 {
            var subject = words.count - 2
            while subject > 0, adverbs.contains(words[subject]) || words[subject].hasSuffix("히") || ["확", "크게", "많이", "훨씬", "점차"].contains(words[subject]) {
                subject -= 1
            }
            let particle = Hangul.particle(after: count, withFinal: "으로", withoutFinal: "로")
            words.insert(count + particle, at: subject + 1)
            return words.joined(separator: " ") + "."
        }
        var target = words.count - 1
        if auxiliaries.contains(words[target]), target > 0,
           ["어", "아", "해", "여", "워", "와", "줘"].contains(where: { words[target - 1].hasSuffix($0) })
        {
            target -= 1
        }
        while target > 0, adverbs.contains(words[target - 1]) || words[target - 1].hasSuffix("적으로") || words[target - 1].hasSuffix("히") {
            target -= 1
        }
        words.insert(count, at: target)
        return words.joined(separator: " ") + "."
    }

    /// Predicates of a state. Written in the past in 음슴체 ("오해 받는 일이 있었음"), or in 했다체 with a
    /// time before now ("1학기에 지각이 많았다"), they keep their tense: the plain form would say the
    /// state still holds. Actions ("만들었다") and 했다체's narrative past ("관심이 있었다") take the plain form.
    static let statives: Set<String> = [
        "있", "없", "많", "적", "잦", "높", "낮", "크", "작", "어렵", "쉽", "부족하", "서툴", "서투르", "느리", "빠르", "길", "짧",
        "힘들", "약하", "미흡하", "어색하", "낯설", "드물", "좋", "나쁘", "소극적이", "무뚝뚝하", "산만하", "조용하", "내성적이",
        "수줍", "불안하", "부정확하", "미숙하", "익숙하", "어리",
    ]

    /// Retrospective, reported and adding-on endings, and the plain ending they stand for.
    private static let hearsayEndings: [(String, String)] = [
        ("더라고요", "다"), ("더라구요", "다"), ("더라고", "다"), ("더군요", "다"), ("더라", "다"), ("대요", "다"), ("댔어요", "다"),
        ("다고 해요", "다"), ("다고 합니다", "다"), ("다네요", "다"),
        // "경찰이 꿈이래요": what the student says of themselves stays theirs.
        ("이래요", "이라고 함"), ("이래", "이라고 함"), ("래요", "라고 함"),
        // A line that adds on ("보고서도 본인이 썼고요"): its clause is the whole statement.
        ("다고요", "다"), ("다구요", "다"), ("고요", "다"), ("구요", "다"),
    ]

    /// Endings that report what the student told of their own doing ("남겨두기 시작했다고 함", "얘기
    /// 나눴다고.").
    private static let reportEndings = ["다고 함", "다고 했음", "다고 하였음", "다고 했다", "다고 말함", "다고"]

    /// A past doing the student reported, said as the record says a doing: "남겨두기 시작했다고 함" →
    /// "남겨두기 시작했다", "어머니와도 얘기 나눴다고" → "… 나눴다"; "싶다고 함" → "싶어 함". Nil for
    /// anything else (a present report stays one: "더 정리된다고 함").
    package static func pastReported(_ text: String) -> String? {
        for ending in reportEndings where text.hasSuffix(ending) {
            let before = String(text.dropLast(ending.count))
            if before.hasSuffix("싶"), ending != "다고" { return String(before) + "어 함" }
            guard before.count >= 2, let tense = before.unicodeScalars.last, Hangul.finalIndex(tense) == Hangul.Final.ssangSiot,
                  let quote = before.unicodeScalars.dropLast().last, !"'\"’”".unicodeScalars.contains(quote)
            else { return nil }
            return before + "다"
        }
        return nil
    }

    /// Words that set a sentence in a time before now.
    private static let pastTimes = ["처음", "학기 초", "학기초", "1학기", "초반", "예전", "전에는", "이전", "초기", "작년", "지난"]

    /// "많았다" → 많았음, "있었어요" → 있었음: a past state in its noun form; nil for anything else.
    private static func pastState(_ word: String) -> String? {
        guard let stem = VerbStem.stem(of: word, at: .sentenceFinal), statives.contains(stem) else { return nil }
        let scalars = Array(word.unicodeScalars)
        let pastVowels = [Hangul.Medial.a, Hangul.Medial.ae, Hangul.Medial.eo, Hangul.Medial.yeo, Hangul.Medial.wa, Hangul.Medial.wae, Hangul.Medial.wo]
        guard let tense = scalars.lastIndex(where: { scalar in
            guard let syllable = Hangul.decompose(scalar) else { return false }
            return syllable.final == Hangul.Final.ssangSiot && pastVowels.contains(syllable.medial)
        }) else { return nil }
        return String(scalars: scalars[...tense]) + "음"
    }

    /// Whether the word is an action noun itself (점검, 시범), not a noun form (점검함).
    package static func isVerbalNoun(_ word: String) -> Bool {
        verbalNouns.contains(word)
    }

    package static func endsWithVerbalNoun(_ word: String) -> Bool {
        // Action nouns are one to six syllables: look each ending up rather than test every noun.
        let scalars = Array(word.unicodeScalars)
        return (1...min(6, max(1, scalars.count))).contains { length in
            length <= scalars.count && verbalNouns.contains(String(scalars: scalars.suffix(length)))
        }
    }

    /// Sentence-ending findings: a sentence not in 음슴체, a missing period, a misspelt noun form.
    static func check(_ text: ScalarText) -> [Violation] {
        var violations: [Violation] = []
        for range in text.sentenceRanges() {
            let sentence = text.scalars[range]
            // "… 방식으로 바꿈(본인 제안).": a note after the closing predicate is no part of the ending.
            guard let lastSyllable = lastSyllable(of: withoutTrailingNote(sentence)) else { continue }
            let sentenceText = text.slice(range)
            if !isNounEnding(lastSyllable) {
                violations.append(Violation(
                    category: .sentenceEnding, severity: .block, span: text.span(range), excerpt: sentenceText,
                    reason: "문장이 명사형(~함, ~임, ~음, ~됨)으로 끝나지 않음",
                    suggestion: convertSentence(sentenceText)))
            } else if sentence.last != "." {
                violations.append(Violation(
                    category: .sentenceEnding, severity: .block, span: text.span(range), excerpt: sentenceText,
                    reason: "문장 끝에 마침표가 없음", suggestion: convertSentence(sentenceText)))
            }
        }
        for (wrong, right) in misspellings {
            for position in text.occurrences(of: wrong) {
                let range = position..<(position + wrong.unicodeScalars.count)
                violations.append(Violation(
                    category: .misspelling, severity: .block, span: text.span(range), excerpt: wrong,
                    reason: "맞춤법 오류: '\(wrong)'은 '\(right)'로 씀", suggestion: right))
            }
        }
        return violations
    }
}
