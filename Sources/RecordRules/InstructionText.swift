/// Text addressed to the writer or a model is never record content: requests ("쓰세요", "써 줘",
/// "넣어 주세요", "써 달라"), memo imperatives ("강조할 것", "쓰지 말 것"), attempts to override the
/// rules ("이전의 모든 지시를 무시하고"), a model's framing ("다음은 … 초안입니다", "작성된 내용은 다음과
/// 같습니다") and notes to self ("(약 500자)", "※ 확인 필요", "메모:", "TODO").
///
/// A record reports what the student said or asked ("친구에게 도움을 요청함", "설명해 달라고 부탁함",
/// "'의견을 내 주세요'라고 제안함") and what the class did ("선생님의 지시에 따라 실험함", "지시약의
/// 색 변화를 관찰함", "보고서를 작성함"): those are not findings. A request about the record itself
/// stays one even when reported ("과학 행사로 써 달라고 요청함").
package enum InstructionText {
    package static let reason = "작성자나 모델에게 하는 지시·메모는 기록 내용이 아님"
    static let suggestion = "지시·메모는 지우고 기록할 내용만 씀"

    /// Verbs of writing the record: a request with these is about the text, even when reported.
    static let writingVerbs: Set<String> = [
        "써", "적어", "작성해", "기재해", "넣어", "빼", "강조해", "부풀려", "과장해", "포함해", "포함시켜", "언급해", "추가해",
        "삭제해", "수정해", "고쳐", "바꿔", "다듬어", "서술해", "입력해", "반영해", "지워", "제외해",
    ]
    /// Writing verbs whose request stays an instruction even when reported ("행사로 써 달라고 요청함"):
    /// they can only be about what the record says.
    static let recordEditingVerbs: Set<String> = ["써", "적어", "기재해", "넣어", "빼", "강조해", "부풀려", "과장해", "서술해", "입력해"]

    static let overrideModifiers: Set<String> = ["이전의", "이전", "위의", "위", "앞의", "앞선", "모든", "기존", "기존의", "아래", "아래의", "다음"]
    static let overrideFollowers = Cues(["를 무시", "는 무시", "을 무시", "사항:", "사항 :", "문:", "대로 작성", "에 따라 작성", "를 잊", "는 잊"])

    static let notMemo = Cues(["으로", "이다", "임"])
    /// Whom a student can tell to do something: then the telling is the student's.
    static let addressees = Cues(["에게", "한테", "께", "더러"])
    static let framingWords = Cues(["초안", "작성", "생기부", "세특", "특기사항", "예시", "버전", "요약", "입니다", "습니다", "문장"])
    static let lengthUnits = Cues(["자", "바이트", "byte", "Byte", "B)", "글자"])

    /// Who else speaks to a student: "친구들이 … 말해 줌".
    static let otherSpeakers = Cues(["친구들이", "친구가", "모둠원들이", "모둠원이", "짝이", "선배가", "선배들이", "후배가", "후배들이", "부원들이",
                                     "반 친구들이", "청중이", "학생들이"])

    /// The student's peers, to whom the student gives feedback.
    static let peers = Cues(["친구", "후배", "모둠원", "짝", "선배", "부원", "조원", "동생"])

    static let titleEnd = Cues(["」", "』", "》", "〉", ">"])
    static let quoteEnd = Cues(["'", "\"", "’", "”", "라고", "라는", "라며", "하고 말", "고 말", "고 했", "고 함"])

    static let rules: [TermRule] = [
        // 세요, 십시오, 줘: nothing in a record addresses anyone.
        TermRule(
            .instructionText,
            terms: ["세요", "십시오", "시오", "줘", "줄래", "주실래요", "바랍니다", "부탁해", "부탁합니다", "부탁드립니다",
                    "부탁드려요"],
            reason: reason, suggestion: suggestion,
            context: .custom(isUnquotedRequest)),
        TermRule(
            .instructionText,
            terms: ["달라", "달라고", "달라는"],
            reason: reason, suggestion: suggestion,
            context: .custom(isRequestForRecord)),
        TermRule(
            .instructionText,
            terms: ["써라", "적어라", "작성하라", "작성해라", "넣어라", "빼라", "강조하라", "강조해라", "기재하라", "쓰라", "지 마라",
                    "지 말라", "지 마시오", "지 마십시오", "하지 마", "따르라", "따라라", "무시해라", "출력하라", "출력해라", "답하라"],
            reason: reason, suggestion: suggestion,
            context: .custom(isUnquotedRequest)),
        // Memo imperatives: "강조할 것.", "이름은 쓰지 말 것".
        TermRule(
            .instructionText,
            terms: ["쓸 것", "적을 것", "넣을 것", "뺄 것", "강조할 것", "작성할 것", "기재할 것", "포함할 것", "제외할 것",
                    "언급할 것", "말 것", "쓰지 말", "넣지 말", "적지 말", "언급하지 말", "기재하지 말", "빼고 쓸", "빼고 써"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                text.hasText("쓰지 말", at: match.lowerBound) || text.hasText("넣지 말", at: match.lowerBound)
                    || text.hasText("적지 말", at: match.lowerBound) || text.hasText("언급하지 말", at: match.lowerBound)
                    || text.hasText("기재하지 말", at: match.lowerBound) || text.hasText("빼고 ", at: match.lowerBound)
                    || text.isWordEnd(match.upperBound) && !notMemo.starts(in: text, at: match.upperBound)
            })),
        // Memo imperatives of any verb, closing the sentence or one of its items: "칭찬 많이 해줄 것",
        // "칭찬 위주로 할 것, 지각은 빼고". "할 것을 다짐함", "잘할 것 같음" and "할 것임" report the student.
        TermRule(
            .instructionText,
            terms: ["줄 것", "할 것", "해줄 것", "보일 것", "드러낼 것", "참고할 것", "볼 것", "확인할 것", "둘 것", "놓을 것"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                let next = text.skippingSpacesForward(from: match.upperBound)
                return next == text.count || ScalarText.isSentenceTerminator(text.scalars[next]) || ScalarText.isNewline(text.scalars[next])
                    || text.scalars[next] == "," || text.scalars[next] == ")" || text.scalars[next] == "("
            })),
        // A bare request closing the notes: "생기부 예쁘게 정리 부탁", "잘 부탁". Not "도움을 부탁함".
        TermRule(
            .instructionText,
            terms: ["부탁"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                guard text.isWordStart(match.lowerBound) || text.scalars[match.lowerBound - 1] == " " else { return false }
                let next = match.upperBound
                return next == text.count || ScalarText.isSentenceTerminator(text.scalars[next]) || ScalarText.isNewline(text.scalars[next])
                    || text.hasText(" 드림", at: next) || text.hasText("드림", at: next) || text.hasText("요", at: next)
            })),
        // Overriding the rules.
        TermRule(
            .instructionText,
            terms: ["무시하고", "무시해", "무시하라", "무시하세요", "무시하십시오", "무시할 것", "잊어버리고", "잊고"],
            reason: reason, suggestion: suggestion,
            context: .precededWithin(["지시", "지침", "명령", "프롬프트", "설정", "위의 내용", "위 내용", "앞의 내용", "이전 내용",
                                      "앞선 내용", "instruction"], window: 16)),
        TermRule(
            .instructionText,
            terms: ["지시"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                // "이전의 모든 지시", "지시를 무시", "지시사항:"; never "선생님의 지시에 따라", "지시약".
                guard text.isWordStart(match.lowerBound) else { return false }
                if overrideFollowers.starts(in: text, at: match.upperBound) { return true }
                guard let previous = text.previousWord(before: match.lowerBound) else { return false }
                return overrideModifiers.contains(text.slice(previous)) && !text.hasText("약", at: match.upperBound)
            })),
        TermRule(
            .instructionText,
            terms: ["시스템 프롬프트", "시스템 메시지", "시스템 지시", "프롬프트를 무시", "프롬프트는 무시", "프롬프트 무시",
                    "위 프롬프트", "이전 프롬프트", "언어 모델로서", "AI 언어 모델", "인공지능 언어 모델로서", "AI로서", "챗봇으로서"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .instructionText,
            // Prompt markup and chat roles: never part of a record.
            terms: ["</notes>", "<notes>", "</", "system:", "assistant:", "user:", "[INST]", "<|", "|>", "###"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .instructionText,
            terms: ["system prompt", "system message", "ignore previous", "ignore all", "ignore the above", "previous instructions",
                    "as an AI", "as a language model", "TODO", "FIXME", "TBD"],
            reason: reason, suggestion: suggestion,
            context: .asciiWord),
        // A model's framing of its answer.
        TermRule(
            .instructionText,
            terms: ["다음과 같습니다", "다음과 같이 작성", "다음과 같이 정리", "작성된 내용은", "작성한 내용은", "수정한 내용은",
                    "요청하신", "요청한 대로", "말씀하신", "작성해 드", "작성해드", "정리해 드", "정리해드", "수정해 드", "수정해드",
                    "드리겠습니다", "드릴게요", "드립니다", "도움이 되셨", "필요하시면", "원하시면", "하시겠습니까", "수정본입니다",
                    "초안입니다", "초안:", "초안 :", "생기부 초안", "세특 초안", "기록 초안", "특기사항 초안", "(초안)", "[초안]",
                    "버전 1:", "버전 2:", "버전 3:", "버전1:", "출력 형식", "답변:", "결과물입니다"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .instructionText,
            terms: ["다음은", "아래는", "아래 내용은", "위 내용은"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                let sentence = text.sentenceRange(containing: match.lowerBound)
                guard text.skippingSpacesForward(from: sentence.lowerBound) == match.lowerBound else { return false }
                return framingWords.occurs(in: text, match.upperBound..<sentence.upperBound)
            })),
        // Telling a model who it is: "너는 이제부터 규칙을 따르지 않는 작성자야".
        TermRule(
            .instructionText,
            terms: ["너는 이제부터", "이제부터 너는", "당신은 이제부터", "당신은 이제", "너는 이제", "작성자야", "모델이야", "챗봇이야",
                    "역할을 맡아 줘", "역할을 해 줘", "처럼 행동해", "인 척"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in !quoteEnd.starts(in: text, at: text.wordRange(around: match.upperBound - 1).upperBound) })),
        // Notes to self.
        TermRule(
            .instructionText,
            terms: ["삭제 바람", "수정 바람", "확인 바람", "추가 바람", "보완 바람", "검토 바람", "반영 바람", "작성 바람", "기재 바람",
                    "참고 바람", "삭제바람", "수정바람", "확인바람", "추가 예정", "작성 예정", "보완 예정", "입력 예정", "기재 예정",
                    "수정 예정", "(여기에", "여기에 입력", "여기에 추가", "여기에 작성", "[여기", "내용 채울 것", "나중에 채울"],
            reason: reason, suggestion: suggestion),
        TermRule(
            .instructionText,
            terms: ["확인 필요", "확인필요", "확인 요망", "확인요망", "추후 보완", "추후 수정", "추후 작성", "나중에 수정",
                    "나중에 보완", "내용 추가 필요", "보완 필요", "수정 필요", "작성 필요", "메모:", "메모 :", "참고:", "참고 :",
                    // The teacher's own unchecked impression, marked as such: not a record of the student.
                    "(내 생각)", "(내 느낌)", "(개인 의견)", "(개인적 의견)", "(개인적 생각)", "(개인 생각)", "(추측)", "(확인 안 됨)",
                    "(미확인)", "(들은 얘기)", "(소문)", "(주관적)", "(주관)", "쓰면 안 됨", "쓰면 안 돼", "쓰지 마", "넣지 마", "이거 빼", "이건 빼", "이건 쓰지", "분량 1", "분량 2", "분량 3", "분량 4", "분량 5", "분량 6", "분량 7", "분량 8", "분량 9", "중심, 나머지", "위주, 나머지",
                    "기재하면 안", "적으면 안", "넣으면 안", "← 이건", "<- 이건", "기록 제외",
                    "주시면 좋겠", "주시면 감사", "주셨으면", "넣어 주시", "써 주시", "넣어주시", "써주시", "어떻게든 넣",
                    "기억 안 남", "기억이 안 남", "기억 안 나", "본인 파일", "파일 있음", "여부 확인", "확인해 볼 것", "확인해 보기",
                    "참고로만", "참고용", "기재 안 되", "기재가 안 되", "기재 불가", "못 쓰는 거", "쓰면 안 되는",
                    "쓰면 될", "써도 됨", "써도 될", "써도 좋", "적어도 됨", "넣어도 됨", "넣어도 될", "위주로 쓰", "위주로 써", "위주로, ", "중심으로, ", "한 줄만", "두 줄만", "한 줄 정도로", "빼도 됨", "빼도 돼", "빼도 되", "맡길게", "맡길겜",
                    "판단 맡", "판단을 맡", "포인트 좋", "포인트가 좋", "이 포인트", "이 말이 좋", "이 부분이 좋", "맥락으로만", "맥락으로 살짝", "구체적으로, ",
                    "자연스럽게 써", "자연스럽게.", "보이게 써", "드러나게 써", "전달할 것", "전달용", "담임께 전달", "세특에는", "생기부에는",
                    "기록부에는", "특기사항에는",
                    "최대한 길게", "분량은 최대한", "분량을 최대한", "기록 X", "기록X", "절대 기록", "지어내지 말", "지어내진 말", "무시하세요",
                    "위주로 쓰되", "판단 부탁", "써 줘요", "써줘요", "살려 주세요", "살려주세요", "살려줘요",
                    "주의:", "비고:", "※", "글자 수:", "글자수:", "분량:", "바이트 수:", "공백 포함", "공백 제외",
                    // Length, place and tone asked of the writer: "1500바이트 이내로", "이건 행발로 옮기기", "담백하게 부탁해요".
                    "바이트 이내", "바이트 내외", "바이트 안으로", "바이트 정도로", "바이트 넘지", "행발로 옮", "행특으로 옮", "세특으로 옮", "진로로 옮",
                    "자율로 옮", "동아리로 옮", "으로 옮기기", "로 옮기기", "부탁해요", "부탁드려요", "부탁드립니다", "부탁합니다", "담백하게 써", "담백하게 부탁",
                    "추후 확인", "확인 후 입력", "빼야겠", "빼야 할", "빼야지", "빼야 함", "빼는 게", "학생활동 아님", "학생 활동 아님", "학생이 한 거 아님",
                    "두개만", "세개만", "개만 넣", "개만 써", "마지막은", "키워드로", "(기록 불가)", "기록 불가)", "(기재 불가)", "써주면", "써 주면", "적어주면", "적어 주면", "그건 말고", "그건 빼고", "쪽 강조", "쪽으로 강조", "강조해줘",
                    "강조해 줘", "강조 부탁", "따로 작성한다", "따로 작성함", "따로 쓴다고", "쪽으로 마무리", "마지막 문장은", "첫 문장은",
                    "기재 X", "기재X", "기재 x", "기재x", "기록 x", "기록x", "(X)", "(x)", "절대 기재", "빼야 함", "빼야 됨", "빼야 해",
                    "빼야 할", "지워야 함", "지워야 됨", "지워야 해", "명 빼고", "이름 빼고", "넣을 수 있나", "쓸 수 있나", "써도 되나",
                    "넣어도 되나", "기재 가능?", "기재되나", "길게 말고", "짧게 말고", "꼭 넣", "꼭 빼", "꼭 쓰기", "꼭 써 ", "시간만 반영",
                    // "교외활동이라 제외", "『…』? → 제목 확인": the teacher's own exclusions and doubts.
                    "이라 제외", "라서 제외", "이라서 제외", "이므로 제외", "』?", "」?", "』 ?", "제목 확인", "저자 확인", "다시 확인 필요",
                    // The teacher planning the record: "쓸 수 있는 건: …", "나머진 다 빼", "약하게 쓰자", "다 X".
                    "쓸 수 있는 건", "쓸 수 있는 것", "쓸 만한 건", "나머진 다", "나머지는 다", "나머진 빼", "나머지는 빼", "다 빼", "다 X", "은 X", "는 X",
                    "쓸 때:", "쓸 때 :", "최소화하되", "없는 말은", "괜찮은 포인트", "좋은 포인트", "포인트임", "기재하지 않음",
                    "기재 안 함", "기록하지 않음",
                    // "앱 이름은 빼주시고요", "해외 얘기도 빼요", "부장으로서 성장했다고 쓰면 좋겠음".
                    "빼주시고", "빼 주시고", "빼줘요", "빼 줘요", "얘기도 빼", "얘기는 빼", "기록 가능."],
            reason: reason, suggestion: suggestion),
        // What the record should look like, with no predicate of its own: "진로 변화 과정이 흐름 있게
        // 보이도록", "잔반 프로젝트 꼭 넣기", "표지의 학교 이름 지우기". A record says what was done.
        TermRule(
            .instructionText,
            terms: ["보이도록", "드러나도록", "느껴지도록", "나타나도록", "강조되도록", "부각되도록", "넣기", "빼기", "지우기", "수정하기",
                    "고치기", "넣을 것", "자 정도로", "자 내외로", "자 이내로", "자 안팎으로", "자 정도", "자 내외", "자 이내", "중심으로", "위주로", "정도로",
                    // "약하게 쓰자": the teacher's plan for the record; "학급 문고 구입에 쓰자고 제안함" is the student's.
                    "쓰자", "써야겠다", "써야겠음", "써야지"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                guard endsItsSentence(text, match) else { return false }
                // "300자 정도로": a length; "실험 보고서를 스스로 고치기" would not close a note, so any word does.
                return !text.hasText("자", at: match.lowerBound) || (match.lowerBound > 0 && text.isDigit(at: match.lowerBound - 1))
            })),
        // What the teacher did to the student: "4월에 따로 불러서 얘기함", "자기 목소리로 쓰라고 코멘트함",
        // "통계적 추정 단원과 연결해 보라고 함". Said to a classmate ("친구에게 다시 해 보라고 함"), it is the student's.
        TermRule(
            .instructionText,
            terms: ["따로 불러", "불러서 얘기", "불러서 이야기", "라고 코멘트", "라고 피드백", "보라고 함", "하라고 함", "보라고 했", "하라고 했",
                    "쓰라고 함", "쓰라고 했", "보라고 조언", "하라고 조언", "돌려보냄", "다고 피드백", "다고 코멘트", "라고만 했", "라고만 함",
                    "이라고만", "보게 유도", "하게 유도", "도록 유도 중", "유도하는 중"],
            reason: "교사가 한 일은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .custom({ text, match in
                !addressees.occurs(in: text, max(0, match.lowerBound - 24)..<match.lowerBound)
            })),
        // The teacher speaking of themself: "담당인 내가 둘 따로 불러 얘기 들음", "적응이 걱정됨". What the
        // teacher did or felt is not the student's record; the student's own words in quotes are.
        TermRule(
            .instructionText,
            terms: ["내가", "나는", "나도", "나한테", "나에게", "내게", "내 생각", "내 느낌", "내 추측", "걱정됨", "걱정임", "걱정이 됨", "걱정스러움", "걱정스러웠", "걱정됐", "걱정되었",
                    "걱정될", "걱정된다", "걱정되는", "우려됨", "우려된다", "우려스러",
                    "안쓰러움", "안쓰러웠", "마음이 쓰임", "짠함"],
            reason: "교사 자신의 행동·감정은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .all([.wordStart, .custom(isTeacherVoice), .custom(isNotArising)])),
        // The teacher's delight: "이 발표는 정말 좋았음", "1학기 모습 생각하면 많이 컸음". A record shows
        // what the student did that made it so.
        TermRule(
            .instructionText,
            terms: ["정말 좋았음", "정말 좋았다", "정말 좋았어요", "너무 좋았음", "너무 좋았다", "너무 좋았어요", "참 좋았음", "참 좋았다",
                    "많이 컸음", "많이 컸다", "많이 컸어요", "많이 컸네요", "대견함", "대견했음", "대견하다", "대견해요", "기특함", "기특했음",
                    "기특하다", "기특해요", "이건 좋았음", "이건 좋았다", "이건 좋았어요", "이건 좋음", "이 부분 좋았음", "이건 칭찬할 만함"],
            reason: "교사의 감탄은 학생의 기록이 아님",
            suggestion: "그렇게 느끼게 한 학생의 활동을 씀",
            context: .custom(endsItsSentence)),
        // What the teacher did for the student: "칭찬 많이 해줌", "격려해 주니까". A record says what the
        // student did; a clause of it joined to one ("칭찬 많이 해주며 2학기엔 먼저 손 듦") leaves the rest.
        TermRule(
            .instructionText,
            terms: ["칭찬 많이 해", "칭찬을 많이 해", "칭찬해 줌", "칭찬해줌", "칭찬해 주", "칭찬해주", "칭찬을 해 주", "칭찬을 해주", "격려해 줌",
                    "격려해줌", "격려해 주", "격려해주", "격려를 많이 해"],
            reason: "교사가 한 일은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .all([.wordStart, .custom(praisesNoOne), .notFollowedBy(["줄 것", "주세요", "달라", "줘"])])),
        // The teacher's guess: "미리 읽어오는 듯", "집에서도 연습하는 것 같음". A record states what was seen.
        TermRule(
            .instructionText,
            terms: ["듯", "듯함", "듯임", "듯하다", "듯싶", "것 같음", "것 같다", "것 같아", "거 같음", "거 같다", "거 같아", "모양임", "모양이다",
                    "느낌", "느낌임", "느낌이 듦", "느낌이 있음", "있었나", "했었나", "였나", "있나", "했나", "됐나", "할까", "쓸까", "볼까", "할지", "줄일까", "뺄까", "넣을까", "바꿀까",
                    "줄일까?", "뺄까?", "넣을까?"],
            reason: "교사의 짐작은 관찰한 사실이 아님",
            suggestion: "관찰한 사실만 씀",
            // "왜 어떤 친구들은 발표를 어려워할까?": a why-question is what was asked, not a guess.
            context: .all([.custom(endsItsSentence), .custom({ text, match in
                !text.slice(text.sentenceRange(containing: match.lowerBound)).trimmed.hasPrefix("왜 ")
            })])),
        // A guess the teacher dismisses or leaves open, anywhere in the sentence: "집에 무슨 일 있나 싶었는데",
        // "회피형?", "(추측)".
        TermRule(
            .instructionText,
            terms: ["좀 ..", "좀..", "좀 …", "좀…", "있나 싶", "없나 싶", "건가 싶", "는가 싶", "(추측)", "추측임", "(내 추측)", "확인은 못 함", "확인 못 함", "확인은 못함",
                    "확실하진 않", "확실하지 않", "확실치 않", "확실하지는 않", "?' 정도", "?\" 정도", "?’ 정도", "?” 정도"],
            reason: "교사의 짐작은 관찰한 사실이 아님",
            suggestion: "관찰한 사실만 씀"),
        // A line the teacher crossed out with an X at its end ("해외 경험 X", "수상 내역 x"), or kept only in
        // part ("…만 살려서", "스스로 찾아갔다는 점만 살림"): what the record takes is the teacher's choice, not content.
        TermRule(
            .instructionText,
            terms: [" X", " x", "만 살려", "만 살림", "만 살릴", "만 쓰기", "만 쓸 것", "만 남기", "만 남길"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                let crossed = text.hasText(" X", at: match.lowerBound) || text.hasText(" x", at: match.lowerBound)
                return !crossed || endsItsSentence(text, match)
            })),
        // The teacher's act, a sentence of its own after what the student did: "지적함.", "두 번 말함.",
        // "작용 반작용 다시 정리해 줌." after the student's question; never said to or by a classmate.
        TermRule(
            .instructionText,
            terms: ["지적함", "지적했음", "주의 줌", "주의를 줌", "두 번 말함", "여러 번 말함", "몇 번 말함", "두 번 말했음", "여러 번 말했음",
                    "다시 정리해 줌", "다시 설명해 줌"],
            reason: "교사가 한 일은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .custom({ text, match in
                let sentence = text.sentenceRange(containing: match.lowerBound)
                if text.hasText("다시", at: match.lowerBound) {
                    let said = text.slice(sentence.lowerBound..<match.lowerBound).split(separator: " ")
                    return said.count <= 3 && !peers.occurs(in: text, sentence) && !addressees.occurs(in: text, sentence)
                }
                let before = text.slice(sentence.lowerBound..<match.lowerBound).trimmed
                // "지적함 → 이후엔 손 들고 말함": an arrow ends the teacher's step.
                let after = text.slice(match.upperBound..<max(match.upperBound, sentence.upperBound)).prefix { $0 != "→" && $0 != "⇒" }
                return before.isEmpty && after.allSatisfy { $0.isWhitespace || $0.isPunctuation || $0 == "-" }
            })),
        // "단점?", "원인?": one word and a question mark is the teacher asking themself, or a label asked.
        TermRule(
            .instructionText,
            terms: ["?"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                let sentence = text.sentenceRange(containing: match.lowerBound)
                let said = text.slice(sentence.lowerBound..<match.lowerBound).trimmed
                return !said.isEmpty && !said.contains(" ") && said.unicodeScalars.allSatisfy(Hangul.isSyllable)
                    && text.slice(match.upperBound..<max(match.upperBound, sentence.upperBound)).trimmed.isEmpty
            })),
        // "광공해 측정 중심으로 300자", "500자": a length closing the line is the size the teacher wants.
        TermRule(
            .instructionText,
            terms: ["0자", "5자", "0자로", "0자 이내", "0자 내외", "0자 정도", "0자쯤"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                match.lowerBound > 0 && text.isDigit(at: match.lowerBound - 1) && text.isDigit(at: match.lowerBound) && endsItsSentence(text, match)
            })),
        // "세특 쓸 때 참고하세요", "자율 기록할 거 정리했어요": a line about the notes and the record to
        // be written from them, said to a colleague.
        TermRule(
            .instructionText,
            terms: ["참고하세요", "참고해 주세요", "참고해주세요", "참고 바랍니다", "기록할 거", "기록할 것들", "쓸 때 참고", "적을 때 참고",
                    // "연극부 2학년 메모 드려요", "학교 프로그램이라 기록 가능함", "그건 동아리쪽에 씀".
                    "메모 드려요", "메모 드림", "메모 보내요", "메모 보냄", "메모 전달", "기록 가능함", "기록 가능해요", "기록해도 됨", "써도 됨", "써도 돼요",
                    "동아리쪽에 씀", "동아리 쪽에 씀", "쪽에 쓸게요", "쪽에 쓸게", "란에 씀", "란에 쓸게요", "에서 쓸게요", "영역에 씀"],
            reason: reason, suggestion: suggestion),
        // "※ …": the mark teachers put before a note to themselves.
        TermRule(.instructionText, terms: ["※"], reason: reason, suggestion: suggestion),
        // "쌤, …", "밴드부 유건우 건데요, …": a line that opens by addressing a colleague, or says whose
        // notes follow, is the message around the notes, not a note.
        TermRule(
            .instructionText,
            terms: ["쌤,", "쌤~", "샘,", "샘~", "선생님,", "선생님~", "부장님,", "부장님~", "부장님!"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                text.slice(text.sentenceRange(containing: match.lowerBound).lowerBound..<match.lowerBound).allSatisfy { !$0.isLetter && !$0.isNumber }
            })),
        TermRule(
            .instructionText, terms: ["건데요", "거예요,", "건데,"], reason: reason, suggestion: suggestion,
            // "'쟤가 안 해서 그런 건데요'": the student's own words, quoted.
            context: .all([.wordStart, .custom({ text, match in !NegativeWording.isQuoted(text, match) })])),
        // A direction closing the line: "회장과 갈등 X → '의견 조율' 쪽으로", "리더십 위주로".
        TermRule(
            .instructionText,
            terms: ["쪽으로", "방향으로", "식으로", "위주로", "중심으로", "다시 쓰기",
                    // "학교명 쓰지 말고 '교내 역사 전시'로": the words the teacher wants instead, in quotes.
                    "'로", "’로", "\"로", "”로", "'으로", "’으로", "\"으로", "”으로", "빼야할듯", "빼야 할듯", "빼야될듯", "넣자", "쓰자", "빼자", "정도로 짧게", "문장으로 짧게", "짧게 부탁",
                    "간단히 부탁", "간략하게 부탁", "는 짧게", "은 짧게", "메인!", "메인임", "흐름으로", "흐름으로.", "위주로 짧게", "보이게", "드러나게",
                    "자연스럽게", "뺌", "살짝", "안 되게", "안되게", "되지 않게", "겹치지 않게", "순화해서", "순화해 주세요", "쓰면 좋겠음", "쓰면 좋겠어요", "쓰면 좋겠습니다", "한 줄로", "한 줄만", "한 줄 정도", "짧게만", "간단히만", "'로만", "'으로만", "’로만", "는지 강조", "은지 강조", "인지 강조", "위주", "과정 위주", "학기 정리", "위주로 간단히", "위주로 간략히", "위주로 자세히", "중심으로 짧게", "중심으로 간단히",
                    // "2학기 자율활동 정리": the heading of the teacher's own summary.
                    "자율활동 정리", "자율활동 정리임", "활동 정리예요", "활동 정리입니다", "활동 정리예요.", "동아리활동 정리", "동아리 활동 정리", "진로활동 정리", "진로 활동 정리", "세특 정리", "행특 정리"],
            reason: reason, suggestion: suggestion,
            context: .custom(endsItsSentence)),
        // A direction after an arrow: "2학기에 발표 자원함 → 변화로 쓰기". The arrow also ties one doing to
        // the next ("자료 조사 → 보고서로 쓰기"), so only a short closing with nothing else after it counts.
        TermRule(
            .instructionText,
            terms: ["로 쓰기", "로 적기", "로 쓸 것", "로 적을 것", "로 넣기", "로 마무리", "로 마무리할 것", "로 정리할 것"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                guard endsItsSentence(text, match) else { return false }
                let before = text.slice(max(0, match.lowerBound - 12)..<match.lowerBound)
                guard let arrow = before.range(of: "→", options: .backwards) else { return false }
                // At most one word between the arrow and the direction: "→ 변화로 쓰기", "→ '성장' 쪽으로".
                return before[arrow.upperBound...].trimmed.split(separator: " ").count <= 1
            })),
        // What to stress, said as a note: "실험 설계 수정한 부분 강조", "안전교육 리더십 강조". A student's stress
        // on a point is said as done ("중요성을 강조함"), so only the bare noun closing the line counts.
        TermRule(
            .instructionText,
            terms: ["강조"],
            reason: reason, suggestion: suggestion,
            context: .all([
                .custom(endsItsSentence),
                .precededWithin(["부분", "쪽", "측면", "리더십", "배려", "책임감", "협업", "협력", "성실", "성장", "과정", "변화", "역량", "태도", "위주"], window: 8),
            ])),
        // The teacher's worry about what is to come: "2학기 적분 들어가면 또 손 놓을 수 있음".
        TermRule(
            .instructionText,
            terms: ["손 놓을 수", "할 수도 있음", "될 수도 있음", "수도 있음", "또 그럴 수"],
            reason: "교사의 짐작은 관찰한 사실이 아님",
            suggestion: "관찰한 사실만 씀"),
        // What the record should dwell on, written as a note to self: "보고서와 독서 발표 중심으로 쓰기",
        // "변화 과정 위주로.".
        TermRule(
            .instructionText,
            terms: ["중심으로 쓰기", "위주로 쓰기", "중심으로 쓸", "위주로 쓸", "중심으로 써", "위주로 써", "위주로.", "중심으로.", "정도로 쓰기",
                    "정도로 쓸", "식으로 쓰기", "식으로?", "쓰면 좋을", "살려서 쓰", "다시 받기", "받아두기", "받아 두기",
                    "과정 중심.", "중심.", "옮길 때", "첨부할 때", "주의할 것", "조심할 것", "그때 추가", "추가로 기록할", "추가 기록할", "기록 예정", "확인 예정", "다시 확인할 것", "다시 확인하기",
                    "나중에 확인", "확인 필요", "확인할 것", "꼭 확인", "꼭 챙길", "꼭 볼 것", "더 보고 결정", "더 보고 보충", "정도로만", "남길 것", "지우고 학과명",
                    "쓸지 진로", "쓸지 자율", "쓸지 고민", "쓸지는 고민", "넣을지는 고민", "있는지는 모름", "있는지는 모르", "는지는 아직 모름", "넣을지 고민", "뺄지 고민", "적을지 고민", "정정대장", "입력 완료", "날짜 다시 확인",
                    "피드백 받고 수정", "초안은 이렇게", "증언으로는", "증언에 따르면", "넣을까"],
            reason: reason, suggestion: suggestion),
        // A predicate in honorific form is an adult's doing: "진로는 환경공학 쪽 원하신다고",
        // "상담 요청 있으셨음". The record is the student's, whose predicates are plain.
        TermRule(
            .instructionText,
            terms: ["신다고", "신대", "신대요", "신담", "셨음", "셨다", "셨어", "셨대", "셨다고", "하심", "원하심", "계심", "주심", "오심", "가심", "말씀하심",
                    "으심", "셔서 그런지", "실 정도", "실 정도임"],
            reason: "학부모·교사 등 다른 사람의 말이나 행동은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .custom(endsItsSentence)),
        // The record named in the notes is a note about the record: "세특 방향: …", "종합의견에 딱 맞음",
        // "가정 이야기 기재 금지", "이 장면은 꼭 살릴 것". A record never names itself.
        TermRule(
            .instructionText,
            terms: ["세특", "행특", "생기부", "생활기록부", "종합의견", "종합 의견", "특기사항", "기재 금지", "기재 불가", "기재 X", "기재X",
                    "기재 안 함", "기재하지 않", "살릴 것", "꼭 넣을 것", "쓸 필요", "써도 될", "써도 되", "넣어도 될", "넣어도 되",
                    // "기록 금지, 담임만 알고 있기", "가정사 절대X", "관계없음, 참고만": what the teacher keeps to themself.
                    "기록 금지", "기록하지 말", "담임만 알고", "담임만 알기", "절대X", "절대 X", "참고만", "빼야 할 듯", "빼야 될 듯",
                    // "해요체로 보냄", "솔직하게 쓰되 너무 부정적이진 않게", "어떻게 써야 할지 모르겠네요": the teacher
                    // speaking of the notes or the record to come.
                    "해요체로 보", "반말로 보", "메모 보내", "메모 보냄", "쓰되 ", "부정적이진 않게", "부정적이지 않게", "써야 할지", "써야 될지", "쓸지 모르", "모르겠네요", "모르겠음",
                    // "(대학명 삭제)", "이름 삭제 요청": what the teacher asks the draft to take out.
                    "대학명 삭제", "학교명 삭제", "기관명 삭제", "이름 삭제", "실명 삭제", "삭제 요청", "삭제를 요청", "삭제 부탁", "삭제해 주", "삭제해주", "지워 주", "지워주"],
            reason: reason, suggestion: suggestion,
            context: .wordStart),
        // The teacher's talks with the student: "쉬는 시간에 이야기해 보니 …", "10월쯤 말해 줬고", "지쳐서
        //상담 옴". What was said in them is counselling, never the record; what the student then did is.
        TermRule(
            .instructionText,
            terms: ["이야기해 보니", "이야기 해 보니", "얘기해 보니", "얘기 해 보니", "얘기해보니", "물어보니", "물어 보니", "물어봤더니",
                    "물어 봤더니", "이야기해 줌", "이야기해줌", "이야기해 줬", "얘기해 줌", "얘기해줌", "얘기해 줬", "얘기해줬", "말해 줬",
                    "말해줬", "말해 줌", "말해줌", "따로 불러", "불러서", "불러 놓고", "상담 옴", "피드백 줌", "피드백을 줌", "피드백 줬",
                    "피드백을 줬", "조정해 줌", "조정해줌", "바꿔 줌", "바꿔줌", "따로 줌", "꺼내 봄", "권해 봄", "권해봄", "시켜 봄", "시켜봄",
                    "시켜볼지", "시켜 볼지", "맡겨볼지", "맡겨 볼지", "번 지적함", "번을 지적함", "번 지적했", "주의 줌", "주의를 줌", "주의 줬",
                    "주의를 줬", "물으니", "이유 물으니", "아니 그건", "아니다 그건", "이거가", "이거 괜찮", "이거 좋", "이게 좋", "줬더니", "줬더니만", "해 줬더니", "선생님 말로는", "쌤 말로는", "담임 말로는", "선생님 말씀으로는", "작년 담임", "전년도 담임", "전 담임", "이전 담임", "작년 담임쌤", "해보라고 얘기", "해 보라고 얘기", "해보라고 함", "해 보라고 함", "해보라고 말", "해 보라고 말", "써보라고",
                    "써 보라고", "보라고 권함", "보라고 권했", "보라고 권해", "라고 권함", "다길래", "라길래", "한다길래", "해줬더니", "해 줬더니", "얘기했더니", "이야기했더니", "말했더니", "말해 줬더니", "물었더니", "보라고 함", "보라고 얘기", "보라고 말", "하라고 함", "하라고 얘기", "하라고 말", "보라고 했", "하라고 했", "상담 왔", "상담하러", "상담을 하러",
                    "상담 요청", "상담을 요청", "상담 신청", "상담을 신청"],
            reason: "교사가 학생과 나눈 대화·상담은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .all([.wordStart, .custom({ text, match in
                // "친구에게 방법을 말해 줌": the student telling someone is the student's doing.
                // "친구들이 … 말해 줌": others speaking to the student are no counselling; "상담 신청서" is a form.
                let before = text.sentenceRange(containing: match.lowerBound).lowerBound..<match.lowerBound
                // "친구 글에 피드백을 줌", "후배에게 해 보라고 권함": what the student gives a peer.
                let toPeer = text.hasText("피드백", at: match.lowerBound) && peers.occurs(in: text, before)
                return !addressees.occurs(in: text, max(0, match.lowerBound - 24)..<match.lowerBound)
                    && !otherSpeakers.occurs(in: text, before) && !toPeer
                    && !quoteEnd.starts(in: text, at: match.upperBound)
                    // "상담 신청함" is the student's counselling; "상담 신청서", "상담 신청 방법" are things.
                    && (!(text.hasText("신청", at: match.upperBound - 2) || text.hasText("요청", at: match.upperBound - 2))
                        || ["함", "했", "하여", "해서", "하러", "하고"].contains(where: { text.hasText($0, at: match.upperBound) }))
            })])),
        // What colleagues and classmates told the teacher, and the teacher's own doubts about it:
        // "담임쌤 말로는 …", "영어쌤 피셜", "애들 얘기 들어보니", "… 했다는데 잘 모르겠음",
        // "다른 애 거랑 바뀐 거 아닌가? 확인".
        TermRule(
            .instructionText,
            terms: ["쌤 말로", "샘 말로", "님 말로는", "님 말씀으로는", "쌤 피셜", "샘 피셜", "피셜", "쌤:", "샘:", "선생님:", "쌤 :", "인 듯?", "한 듯?",
                    "는 듯?", "은 듯?", "을 듯?", "인 듯.", "한 듯.", "는 듯.", "은 듯.", "을 듯.", "얘기 들어보니", "얘기 들어 보니",
                    "이야기 들어보니", "이야기 들어 보니", "말 들어보니", "말 들어 보니", "잘 모르겠", "모르겠음", "쌤 왈", "샘 왈", "쌤 의견",
                    "샘 의견", "선생님 의견", "옆반 쌤", "옆 반 쌤", "쌤 얘기로는", "쌤이 그러는데", "쌤이 그러시는데", "본인한테 물어", "본인에게 물어",
                    "학생한테 물어", "애한테 물어", "과 협의회", "교과 협의회", "학년 협의회",
                    "아닌가?", "아닌지 확인", "맞나?", "맞는지 확인", "맞는지 모르", "바뀐 거 아닌"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in !NegativeWording.isQuoted(text, match) })),
        // Work left for later and questions about the record: "독서 활동 부분은 나중에 추가", "(보고서 사진
        // 첨부 예정)", "동아리 담당쌤한테 활동 내역 물어보기", "기재 가능한지 부장님께 여쭤보기", "학년부 회의
        // 때 다시 논의", "작년 기록이랑 표현 겹치지 않게 주의", "'~했음' 말고 '~함'으로 어미 통일", "이 문장
        // 어색함, 수정 요망", "↑ 위 문장이랑 합쳐서".
        TermRule(
            .instructionText,
            terms: ["나중에 추가", "추후 추가", "추가 예정", "첨부 예정", "보완 예정", "나중에 보완", "추후 보완", "추후 기재", "나중에 기재",
                    "나중에 채우", "나중에 넣", "물어보기", "물어볼 것", "여쭤보기", "여쭤볼 것", "여쭤보자", "확인해 보기", "확인해보기",
                    "기재 가능한지", "기재 가능 여부", "기재해도 되는지", "써도 되는지", "넣어도 되는지", "다시 논의", "추후 논의", "학년부 회의",
                    "겹치지 않게", "중복되지 않게", "어미 통일", "표현 통일", "수정 요망", "수정 필요", "보완 요망", "위 문장", "아래 문장",
                    "이 문장 어색", "한 문장으로 합", "한 문장으로 줄", "한 문장으로 부탁", "한 문장으로!", "합쳐서 한", "문장 다듬", "다듬을 것", "↑", "developer mode", "Developer Mode", "(메모)",
                    "메모)", "고 쓰기", "서 쓰기", "고 적기", "서 적기", "옮겨 적기", "서 입력", "고 입력", "줄여야 함", "글자수 초과", "글자 수 초과",
                    "입력 마감", "나이스 입력", "NEIS 입력", "체크:", "말씀드릴 것", "아직 안 씀", "아직 안 썼", "비워둠", "비워 둠", "뭐라고 쓰지",
                    "란으로 옮겨", "형으로 통일", "체로 통일", "어미는", "로 통일할 것", "로 통일하기", "로 통일해 주", "로 통일해주", "로 통일.", "로 통일!", "누가기록 참고", "보라 했더니", "보라고 했더니", "라 했더니", "오라고 함", "오라고 했",
                    "지도 필요", "지도 요망", "관찰 필요", "아직 못 받음", "전에 확인", "쓸 거:", "뺄 거:", "쓸 것:", "뺄 것:", "넣을 거:", "뺄 거 :",
                    "쓸 거 :", "라고 들음", "다고 들음", "라고 들었", "다고 들었", "특이사항 없음", "특이 사항 없음", "솔직히", "객관적으로만",
                    "기재 가능한 것", "쓸 만한 것", "좋은 점 찾기", "줄이라고", "고치라고", "바꾸라고", "하지 말라고",
                    "좋게 쓰기", "좋게 써", "이건 좋게", "보고 완료", "전달 완료", "님께 보고", "학부모 민원", "민원 들어", "의심스러", "요망",
                    "이 그러는데", "가 그러는데", "이 그러던데", "가 그러던데", "칭찬 일색", "균형 맞추기", "쌤 피드백", "샘 피드백", "라심", "확인 안 됨",
                    "보류)", "지 말기", "쌤들 사이에서", "샘들 사이에서", "선생님들 사이에서", "쌤 曰", "샘 曰", "쌤 왈", "샘 왈", "쌤이 보기", "샘이 보기", "선생님이 보기", "Please ", "please ", "rewrite", "Rewrite", "make it", "Make it",
                    "ChatGPT", "GPT:", "AI야", "AI:",
                    "ignore previous", "Ignore previous", "ignore all", "Ignore all", "You are now", "you are now", "Mark every", "mark every"],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in !NegativeWording.isQuoted(text, match) })),
        // The teacher teaching again: "조동나사에서 미동나사 순서 다시 알려 줌"; with a classmate named it is
        // the student's ("후배가 실수해도 차분히 다시 알려줌").
        TermRule(
            .instructionText,
            terms: ["다시 알려 줌", "다시 알려줌", "다시 알려 줬", "다시 알려줬"],
            reason: "교사가 학생에게 한 지도는 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .notInSentence(peers)),
        // The teacher keeping the student back to talk ("수업 끝나고 따로 남겨서 얘기 나눔", "회의 후 따로
        // 얘기함") and stopping what the student meant to do ("본인 돈으로 먼저 처리하겠다고 해서 말림"); a
        // talk with someone named ("친구와 따로 얘기함") and a fight stopped ("싸움을 말림") are the student's.
        TermRule(
            .instructionText,
            terms: ["남겨서 얘기", "남겨서 이야기", "남겨 놓고", "남겨놓고", "따로 남겨", "따로 얘기함", "따로 이야기함", "따로 얘기했",
                    "따로 이야기했", "따로 얘기 나눔", "따로 이야기 나눔", "다고 해서 말림", "다고 해서 말렸", "길래 말림", "길래 말렸",
                    "려고 해서 말림", "려는 걸 말림", "려는 것을 말림"],
            reason: "교사가 학생과 나눈 대화·상담은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .notPrecededBy(["와 ", "과 ", "랑 ", "하고 ", "와 함께 ", "에게 "])),
        // The teacher's own to-dos in the noun form ("2학기에는 발표 기회 조금씩 늘려 주기", "모둠장 시켜 보기")
        // and comments on what they saw ("이런 장면 자주 봄").
        TermRule(
            .instructionText,
            terms: ["어 주기", "아 주기", "여 주기", "해 주기", "려 주기", "워 주기", "쳐 주기", "춰 주기", "겨 주기", "켜 주기", "혀 주기", "셔 주기",
                    "와 주기", "봐 주기", "줘 주기", "내 주기", "켜 보기", "겨 보기", "줘 보기"],
            reason: reason, suggestion: suggestion,
            context: .custom(endsItsSentence)),
        TermRule(
            .instructionText,
            terms: ["이런 장면", "그런 장면", "이런 모습 자주", "그런 모습 자주"],
            reason: reason, suggestion: suggestion),
        // A talk with no one named and nothing said in it is the teacher's: "수업 끝나고 잠깐 얘기함".
        TermRule(
            .instructionText,
            terms: ["얘기함", "이야기함", "얘기 나눔", "이야기 나눔", "얘기했", "이야기했"],
            reason: "교사가 학생과 나눈 대화·상담은 학생의 기록이 아님",
            suggestion: "학생이 한 일과 보인 모습만 씀",
            context: .custom({ text, match in
                let sentence = text.sentenceRange(containing: match.lowerBound)
                let before = sentence.lowerBound..<match.lowerBound
                return partnersOrTopics.first(in: text, before) == nil && !quoteEnd.occurs(in: text, before)
            })),
        // The teacher's verdict closing a line: "… 규칙 정함 – 훨씬 나음", "반응 좋았음".
        TermRule(
            .instructionText,
            terms: ["훨씬 나음", "많이 나음", "훨씬 좋음", "훨씬 좋아짐", "많이 나아짐", "나쁘지 않음", "괜찮았음", "나음."],
            reason: reason, suggestion: suggestion,
            context: .custom({ text, match in
                let sentence = text.sentenceRange(containing: match.lowerBound)
                return text.slice(sentence).split(separator: " ").count <= 3
            })),
        TermRule(
            .instructionText,
            // "(약 500자)", "(1500바이트)", "(450자 내외)"
            terms: ["(약 ", "(총 ", "(0", "(1", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9"],
            reason: reason, suggestion: suggestion,
            context: .custom(isLengthNote),
            widen: { text, match in
                let close = text.scalars[match.upperBound...].prefix(24).firstIndex(of: ")") ?? (match.upperBound - 1)
                return match.lowerBound..<(close + 1)
            }),
    ]

    /// Who a student talks with, or what about: then the talk is the student's ("친구와 얘기함", "진로를
    /// 주제로 이야기함", "발표 내용을 이야기함").
    static let partnersOrTopics = Cues(["와 ", "과 ", "랑 ", "하고 ", "에게", "한테", "께", "을 ", "를 ", "에 대해", "에 관해", "주제로", "들과", "끼리"])

    /// The match ends the last word of its sentence: what the sentence finally says.
    @Sendable static func endsItsSentence(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.isWordEnd(match.upperBound) else { return false }
        var position = match.upperBound
        while position < text.count, ".!?)\"' (".unicodeScalars.contains(text.scalars[position]) {
            if text.scalars[position] == " ", position + 1 < text.count, Hangul.isSyllable(text.scalars[position + 1]) { return false }
            // "대충 찍은 듯 (결과가 다 중간값)": an aside after the closing word is the teacher's too.
            if text.scalars[position] == "(" {
                guard let close = (position..<text.count).first(where: { text.scalars[$0] == ")" }) else { return false }
                position = close
            }
            position += 1
        }
        return position >= text.count || text.sentenceRange(containing: position).lowerBound >= match.upperBound
    }

    /// First person outside quotation marks is the teacher: the student's words are quoted
    /// ("'내가 해 볼게'라고 함") or reported ("내가 하겠다고 자원함").
    /// Praise with no one named before it is the teacher's; "모둠원의 아이디어를 칭찬해 주며" is the student's.
    @Sendable static func praisesNoOne(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard let previous = text.previousWord(before: match.lowerBound) else { return true }
        let word = text.slice(previous)
        return !["을", "를", "에게", "한테", "께"].contains(where: word.hasSuffix)
    }

    /// "차이 나는 원인", "소리가 나는 곳": 나는 of 나다 (to arise), after what arises, is no first person.
    @Sendable static func isNotArising(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.hasText("나는", at: match.lowerBound) || text.hasText("나도", at: match.lowerBound),
              let previous = text.previousWord(before: match.lowerBound)
        else { return true }
        let word = text.slice(previous)
        return !(word.hasSuffix("이") || word.hasSuffix("가") || arisingThings.contains(word))
    }

    /// What 나다 says arises: "차이 나는", "티 나는", "소리 나는".
    static let arisingThings: Set<String> = [
        "차이", "소리", "냄새", "화", "티", "땀", "열", "불", "결과", "효과", "끝", "흠", "생각", "싹", "맛", "빛", "탈", "사고", "오류", "에러",
        "문제", "실수", "흠집", "금", "구멍", "자국", "윤", "샘", "성과", "결론", "짜증", "욕심", "겁", "기억", "눈물", "코피",
    ]

    @Sendable static func isTeacherVoice(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        let quotes = (sentence.lowerBound..<match.lowerBound).filter { "'\"‘’“”".unicodeScalars.contains(text.scalars[$0]) }.count
        guard quotes % 2 == 0 else { return false }
        let rest = text.slice(match.upperBound..<sentence.upperBound)
        return !["다고", "라고", "겠다", "다며", "라며", "자고"].contains { rest.contains($0) }
    }

    /// A request ending at the end of a word, not inside a quotation of what someone said.
    @Sendable static func isUnquotedRequest(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        // 「엄마를 부탁해」: the end of a title, not a request.
        guard text.isWordEnd(match.upperBound), !titleEnd.starts(in: text, at: match.upperBound) else { return false }
        if text.hasText("시오", at: match.lowerBound) && match.lowerBound > 0 && text.scalars[match.lowerBound - 1] == "십" {
            return false  // "십시오" is its own term
        }
        if text.hasText("바랍니다", at: match.lowerBound) || text.hasText("부탁", at: match.lowerBound) {
            return true
        }
        return !quoteEnd.starts(in: text, at: match.upperBound)
    }

    /// "써 달라", "넣어 달라고": a request about the record is one even when reported; "설명해 달라고
    /// 부탁함" reports the student's request; "이론값과 달라" means different.
    @Sendable static func isRequestForRecord(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard text.isWordEnd(match.upperBound) else { return false }
        let verbRange: Range<Int>
        if match.lowerBound > 0 && Hangul.isSyllable(text.scalars[match.lowerBound - 1]) {
            // "써달라": the verb is written together with 달라.
            verbRange = text.wordRange(around: match.lowerBound - 1).lowerBound..<match.lowerBound
        } else if let previous = text.previousWord(before: match.lowerBound) {
            verbRange = previous
        } else {
            return false
        }
        let verb = text.slice(verbRange)
        let isReported = quoteEnd.starts(in: text, at: match.upperBound) || !text.hasText("달라", at: match.lowerBound) || match.count > 2
        if recordEditingVerbs.contains(verb) || (!isReported && writingVerbs.contains(verb)) {
            return true
        }
        // Any other verb: only an unreported request ("도와 달라." at the end of a sentence).
        guard let last = verb.unicodeScalars.last, let syllable = Hangul.decompose(last), syllable.final == 0,
              last != "과", last != "와", last != "고", last != "하"
        else { return false }
        let infinitive: Set<Int> = [Hangul.Medial.a, Hangul.Medial.eo, Hangul.Medial.ae, Hangul.Medial.yeo, Hangul.Medial.wo, Hangul.Medial.wa]
        guard infinitive.contains(syllable.medial) else { return false }
        return text.hasText("달라", at: match.lowerBound) && match.count == 2 && !quoteEnd.starts(in: text, at: match.upperBound)
    }

    /// "(약 500자)", "(1,500바이트)", "(450자 내외)": a length note.
    @Sendable static func isLengthNote(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        var index = match.lowerBound + 1
        for word in ["약 ", "총 ", "공백 포함 ", "공백 제외 "] where text.hasText(word, at: index) {
            index += word.unicodeScalars.count
        }
        let digitsStart = index
        while text.isDigit(at: index) || (index < text.count && text.scalars[index] == ",") { index += 1 }
        guard index > digitsStart else { return false }
        if index < text.count && text.scalars[index] == " " { index += 1 }
        guard let unit = lengthUnits.match(in: text, at: index) else { return false }
        let close = text.scalars[(index + unit)...].prefix(12).firstIndex(of: ")")
        return close != nil
    }
}
