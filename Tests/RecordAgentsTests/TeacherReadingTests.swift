import Testing
@testable import RecordAgents
import RecordRules

/// What teachers reading drafts of notes they wrote found wrong, one behaviour per test.
@Suite("Read as a teacher reads a draft")
struct TeacherReadingTests {
    private func draft(_ notes: String, section: Section = .behavior) throws -> [FinalVersion] {
        try OfflineEngine().run(try DraftRequest(notes: notes, section: section, subject: section == .subject ? "수학" : nil))
    }

    @Test func fragmentItemsBeforeALastClauseWithItsPredicateAreSentencesOfTheirOwn() {
        #expect(SentenceForms.recordSentences(from: "역사 신문 만들기 모둠장, 근현대사 연표 정리 우수, 발표 자료 직접 제작함")
            == ["역사 신문 만들기 활동에서 모둠장을 맡음.", "근현대사 연표 정리가 우수함.", "발표 자료를 직접 제작함."])
    }

    @Test func anActionThenWhatItHeldAreTwoSentences() {
        #expect(SentenceForms.recordSentences(from: "탐구 보고서 제출: 해바라기 씨 배열 사진 찍어서 나선 개수 세어 봄")
            == ["탐구 보고서를 제출함.", "해바라기 씨 배열 사진을 찍어서 나선 개수를 세어 봄."])
        // A label with what it names is not split.
        #expect(SentenceForms.recordSentences(from: "희망 진로: 간호사").count == 1)
    }

    @Test func noContrastiveTopicFromTheNotes() {
        #expect(SentenceForms.withoutContrast("실습 때는 꼼꼼하게 기록함.") == "실습 때 꼼꼼하게 기록함.")
        #expect(SentenceForms.withoutContrast("정리정돈은 잘함.") == "정리정돈을 잘함.")
        // A topic that is not the object of a plain predicate stays.
        #expect(SentenceForms.withoutContrast("목소리는 또렷함.") == "목소리는 또렷함.")
    }

    @Test func aRoleIsWhatTheStudentWorkedAsAndAGroupDidWhatItDid() {
        #expect(SentenceForms.recordSentences(from: "학교 축제 준비위원 활동") == ["학교 축제 준비위원으로 활동함."])
        #expect(SentenceForms.recordSentences(from: "반 전체 채택") == ["반 전체가 채택함."])
    }

    @Test func aChangeWithoutWhatChangedGoesWithTheSentenceBefore() {
        #expect(NotesReading.isBareChange("4월 이후 달라짐."))
        #expect(NotesReading.isBareChange("2학기엔 많이 좋아짐."))
        #expect(!NotesReading.isBareChange("발표 횟수가 점차 좋아짐."))
    }

    @Test func whatMeasuresAShortcomingIsNotASentenceOfItsOwn() throws {
        #expect(NotesStructure.sentences(of: "5월에 같은 반 학생과 급식실에서 몸싸움 직전까지 감.").count == 1)
        for version in try draft("5월에 같은 반 학생과 급식실에서 몸싸움 직전까지 감. 체육대회 때 계주 마지막 주자를 자청해서 역전함.") {
            #expect(!version.text.contains("직전까지"), "v\(version.version): \(version.text)")
        }
    }

    @Test func whatFollowsTheForbiddenClauseIsItsStory() throws {
        for version in try draft("본인 말로는 학원 끝나고 새벽 1시에 잔다고 함. 수열 단원에서 귀납법 증명을 친구들에게 설명함.", section: .subject) {
            #expect(!version.text.contains("새벽"), "v\(version.version): \(version.text)")
        }
    }

    @Test func anExpressionKeepsItsEqualsSign() throws {
        let versions = try draft("수학적 귀납법에서 n=k+1로 넘어가도 되는 까닭을 질문하고 도미노 비유로 설명함.", section: .subject)
        #expect(versions.allSatisfy { $0.text.contains("n=k+1") })
    }

    @Test func sentencesStayInTheirParagraphInEveryVersion() throws {
        let notes = """
        카프카 『변신』과 비교하는 짧은 비평문을 제출함. 제목을 직접 붙였고 근거를 보완해 다시 냄.

        모둠 토론에서 찬성 측 논거를 정리함. 반대 측이 반박하자 통계 자료로 답함.

        학급 문고 정리를 맡아 도서 대출 기록을 꾸준히 관리함.
        """
        for version in try draft(notes, section: .subject) {
            let text = version.text
            if let title = text.range(of: "제목을"), let essay = text.range(of: "비평문") {
                #expect(essay.lowerBound < title.lowerBound, "v\(version.version): \(text)")
            }
            if let rebuttal = text.range(of: "반대 측이"), let debate = text.range(of: "모둠 토론") {
                #expect(debate.lowerBound < rebuttal.lowerBound, "v\(version.version): \(text)")
            }
        }
    }

    @Test func aValueThatChangedIsSaidWithWhenItWas() {
        #expect(SentenceCleaner.arrowSteps(of: "참여율 첫 주 52% → 둘째 주 81%") == ["참여율 첫 주 52%에서 둘째 주 81%로 늘어남"])
    }

    @Test func aNoteThatRepeatsItsWordIsSaidOnce() {
        #expect(SentenceCleaner.withoutRepeatedNotes("축제(축제) 기획에 참여함") == "축제 기획에 참여함")
        #expect(SentenceCleaner.withoutRepeatedNotes("비평문(A4 2장)을 제출함") == "비평문(A4 2장)을 제출함")
    }

    @Test func someoneElseNamedMidSentenceIsNotTheStudent() throws {
        let notes = "지윤이랑 같은 모둠이었는데 아이디어는 주로 이 학생이 내고, 지윤이가 구조를 잡았어요. 우유팩 120개를 모아 작품을 만들었어요."
        for version in try draft(notes, section: .subject) {
            #expect(!version.text.contains("구조를 잡"), "v\(version.version): \(version.text)")
            #expect(!version.text.contains("지윤"), "v\(version.version): \(version.text)")
        }
    }

    @Test func whatSomeoneSaidIsNoSchoolName() throws {
        let versions = try draft("물어보니 깜빡했다고만 함. 수행평가 보고서를 꼼꼼히 작성함.", section: .subject)
        #expect(versions.allSatisfy { !$0.text.contains("학교") && !$0.text.contains("깜빡") })
    }

    @Test func aTitleOverTheNotesIsNoSentenceOfThem() throws {
        let notes = "민재 생명과학 세특 메모\n효모 발효 실험에서 온도별 이산화탄소 발생량을 비교함.\n같은 실험을 기질을 바꿔 한 번 더 함."
        for draft in try self.draft(notes, section: .subject) {
            #expect(!draft.text.contains("메모"), "v\(draft.version): \(draft.text)")
        }
        #expect(NotesStructure.isTitle("한국사 2학년 최유나"))
        #expect(NotesStructure.isTitle("자율활동 메모 (3반 강예린)"))
        // A role on the first line is content.
        #expect(!NotesStructure.isTitle("2학년 4반 부회장(서준호)"))
        #expect(!NotesStructure.isTitle("토론 동아리에서 논제를 7개 제안함"))
    }

    @Test func aLineThatSpeaksToTheWriterGoesWhole() throws {
        let notes = "수행평가 보고서를 A4 6쪽으로 씀.\n\n이거 좀 더 길게 써 줘요. 실제론 꽤 열심히 했어요."
        for draft in try self.draft(notes, section: .subject) {
            #expect(!draft.text.contains("길게") && !draft.text.contains("열심히"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func whatOnlyMeasuresALeftOutShortcomingGoesWithIt() throws {
        let notes = "조선 후기 실학자의 주장을 비교하는 발표를 함.\n\n수업 중 조는 일 잦음. 특히 5,6교시. 3월~7월 체크한 것만 11번."
        for draft in try self.draft(notes, section: .subject) {
            #expect(!draft.text.contains("교시") && !draft.text.contains("11번"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func theTeachersWordingIsSaidAsARecordSaysIt() {
        #expect(SentenceForms.recordSentences(from: "어머니와도 얘기 나눴다고.") == ["어머니와도 이야기 나눔."])
        #expect(SentenceForms.recordSentences(from: "실패한 조건을 지우지 않고 남겨두기 시작했다고 함") == ["실패한 조건을 지우지 않고 남겨두기 시작함."])
        #expect(SentenceForms.recordSentences(from: "히라가나·가타카나는 입학 전부터 완벽") == ["히라가나·가타카나는 입학 전부터 완벽함."])
        #expect(SentenceForms.recordSentences(from: "모의 회의 참관, 학교 대표 2명 중 1명으로 선발").last?.hasSuffix("선발됨.") == true)
        #expect(SentenceForms.recordSentences(from: "세 번 반복해서 평균을 낸 점이 좋았어요.") == ["세 번 반복하여 평균을 낸 점이 돋보임."])
        #expect(SentenceForms.recordSentences(from: "기온 자료와 비교해 보자고 먼저 제안한 것도 이 학생이에요.")
            == ["기온 자료와 비교해 보자고 먼저 제안함."])
        #expect(SentenceForms.recordSentences(from: "오차 분석 항목이 반에서 제일 자세함") == ["오차 분석 항목이 매우 자세함."])
        #expect(SentenceForms.recordSentences(from: "압박 깊이, 속도 정확하다고 보건 선생님 칭찬.") == ["압박 깊이, 속도 정확하다는 칭찬을 받음."])
    }

    @Test func verbsAndPostpositionsTakeNoParticle() {
        #expect(SentenceForms.recordSentences(from: "식민지 근대화론 비판 글까지 찾아 인용") == ["식민지 근대화론 비판 글까지 찾아 인용함."])
        #expect(SentenceForms.recordSentences(from: "천식 때문에 보건실 통해 알려옴") == ["천식 때문에 보건실 통해 알려옴."])
        #expect(SentenceForms.recordSentences(from: "화면만 보고 읽긴 했지만 내용은 좋았어요.") == ["화면만 보고 읽긴 했지만 내용은 좋음."])
        #expect(SentenceForms.recordSentences(from: "2학기 회의록 보면 발언 정리가 훨씬 깔끔.") == ["2학기 회의록 보면 발언 정리가 훨씬 깔끔함."])
        // 농도로 is 농도 and 로, though it ends like 도로.
        #expect(SentenceForms.recordSentences(from: "결과를 전해질 농도로 설명.") == ["결과를 전해질 농도로 설명함."])
    }

    @Test func labelsSayWhatTheyName() {
        #expect(SentenceForms.recordSentences(from: "희망: 간호사 (1학년 때부터 일관).") == ["1학년 때부터 꾸준히 간호사를 희망함."])
        #expect(SentenceForms.recordSentences(from: "희망: 간호사 (1학년 땐 유치원 교사였음)") == ["1학년 때 유치원 교사를 희망했으나 간호사를 희망함."])
        #expect(SentenceForms.recordSentences(from: "6월 진로 독서: 유현준 『도시는 무엇으로 사는가』.")
            == ["6월 진로 독서 활동으로 유현준 『도시는 무엇으로 사는가』를 읽음."])
        #expect(SentenceForms.recordSentences(from: "2차: 많이 정리된 모습") == ["많이 정리된 모습을 보임."])
        #expect(SentenceForms.recordSentences(from: "관심 분야: 금리, 물가.") == ["금리, 물가 분야에 관심을 가짐."])
        #expect(SentenceForms.recordSentences(from: "자료: 기준금리 추이 그래프") == ["기준금리 추이 그래프를 자료로 활용함."])
        #expect(SentenceForms.recordSentences(from: "좋은 점: 질문이 날카로움.") == ["질문이 날카로움."])
        #expect(SentenceCleaner.arrowSteps(of: "서브 성공률 첫 주 40% → 마지막 주 75%.") == ["서브 성공률 첫 주 40%에서 마지막 주 75%로 늘어남"])
    }

    @Test func aRunOnSplitLeavesAPredicateOnEachSide() {
        #expect(NotesSentences("비 오는 날 쓸 우산 대여함 아이디어도 이 학생, 기부받은 우산 9개에 스티커를 붙여 관리함").sentences.count == 1)
        #expect(NotesSentences("친구들이 칭찬하며 놀림 반 칭찬 반").sentences.count == 1)
        #expect(NotesSentences("6평 원룸 평면도를 모눈종이에 1:50으로 그림").sentences.count == 1)
    }

    @Test func endingsThatAddOnOrAskCloseAsARecordDoes() {
        #expect(SentenceForms.recordSentences(from: "보고서도 본인이 썼고요.") == ["보고서도 본인이 씀."])
        #expect(SentenceForms.recordSentences(from: "결과가 오히려 적게 나오자 왜? 하고 다시 측정함.") == ["결과가 오히려 적게 나오자 다시 측정함."])
        #expect(SentenceForms.recordSentences(from: "다음에는 물 치환으로 기체를 포집하겠다고 함.") == ["다음에는 물 치환으로 기체를 포집할 계획임."])
        #expect(SentenceForms.recordSentences(from: "매일 출결 직접 체크.") == ["매일 출결 직접 체크함."])
        #expect(SentenceForms.recordSentences(from: "발음 연습 필요.") == ["발음 연습 필요함."])
    }

    @Test func aClassmateNamedByWhoTheyAreBecomesAFriend() throws {
        let notes = "전학 온 김태리가 낯설어할 때 먼저 말을 걸고 급식도 같이 먹음.\n실험 중 옆 자리 이도윤 손등에 용액이 튀자 바로 물로 씻게 함."
        for draft in try self.draft(notes, section: .autonomous) {
            #expect(!draft.text.contains("김태리") && !draft.text.contains("이도윤"), "v\(draft.version): \(draft.text)")
            #expect(draft.text.contains("전학 온 친구가") && draft.text.contains("옆 자리 친구 손등"), "v\(draft.version): \(draft.text)")
        }
        #expect(RuleChecker(options: try CheckOptions(section: .autonomous)).neutralized("친구 박서연과 함께 보고서를 씀.") == "친구와 함께 보고서를 씀.")
    }

    @Test func whatOnlyMeasuresLeftOutContentGoesWithIt() throws {
        let notes = "흑점 스케치를 2주간 매일 하여 태양의 자전 주기를 추정함.\n\n이 주제로 소논문을 써서 학회에 냄. 15쪽 정도."
        for draft in try self.draft(notes, section: .subject) {
            #expect(!draft.text.contains("15쪽"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func theTeachersSpokenRegisterBecomesTheRecords() {
        #expect(SentenceForms.recordSentences(from: "귀찮은 일도 먼저 맡는 편임.") == ["귀찮은 일도 먼저 맡는 모습을 보임."])
        #expect(SentenceForms.recordSentences(from: "반례를 가져와서 조건이 왜 필요한지 따져봄.") == ["반례를 가져와서 조건이 왜 필요한지 검토함."])
        #expect(SentenceForms.recordSentences(from: "발표 태도 확 달라짐.") == ["발표 태도 크게 달라짐."])
        #expect(SentenceForms.recordSentences(from: "시키면 군말 없이 함.") == ["시키면 불평 없이 함."])
    }

    @Test func datesQuotesAndArrowsInALineReadAsOneRecordSentence() throws {
        #expect(SentenceForms.recordSentences(from: "4/8 단진자 실험 - 실 길이를 바꿔가며 주기 측정") == ["단진자 실험에서 실 길이를 바꿔가며 주기를 측정함."])
        #expect(SentenceCleaner.arrowSteps(of: "80cm에서 이론값과 4% 차이 → 진폭을 크게 잡아서 그런 것 같다고 스스로 분석")
            == ["80cm에서 이론값과 4% 차이가 나자 진폭을 크게 잡아서 그런 것 같다고 스스로 분석"])
        #expect(SentenceCleaner.arrowSteps(of: "모둠 토론 '변학도는 악인인가' → 조선 수령의 권한을 찾아보고 제도 문제라고 주장함")
            == ["모둠 토론 '변학도는 악인인가'에서 조선 수령의 권한을 찾아보고 제도 문제라고 주장함"])
        let question = "질문: \"공기저항 없으면 진자는 영원히 움직이나요? 그럼 시계는 왜 배터리가 필요해요?\""
        #expect(NotesSentences(question).sentences.count == 1)
        // A quote mark the line never closes keeps no sentence from ending.
        #expect(NotesSentences("발표 제목은 \"기후와 식량. 자료를 표로 정리함. 질문에 답함.").sentences.count == 3)
        #expect(SentenceForms.recordSentences(from: question)
            == ["\"공기저항 없으면 진자는 영원히 움직이나요? 그럼 시계는 왜 배터리가 필요해요?\"라는 질문을 함."])
        #expect(NotesStructure.isTitle("문학 - 1학기 수행 관련"))
    }

    @Test func shorthandOfAQualityATopicAndAStartReadsAsTheRecordSaysIt() throws {
        #expect(SentenceForms.recordSentences(from: "노트 정리 꼼꼼, 풀이 과정 생략 안 함") == ["노트 정리가 꼼꼼하고 풀이 과정 생략하지 않음."])
        #expect(SentenceForms.recordSentences(from: "리시브 자세 안정적, 파트너에게 위치를 계속 알려 줌") == ["리시브 자세가 안정적이고 파트너에게 위치를 계속 알려 줌."])
        #expect(SentenceForms.recordSentences(from: "확통 주제탐구: \"로또 1등 확률 vs 벼락 맞을 확률\"") == ["\"로또 1등 확률 vs 벼락 맞을 확률\"을 주제로 탐구함."])
        #expect(SentenceForms.recordSentences(from: "나물류 잔반 제일 많고 튀김류 제일 적음") == ["나물류 잔반 가장 많고 튀김류 가장 적음."])
        #expect(SentenceForms.recordSentences(from: "휴대폰 사용 규정에 대한 설문지를 만들엇어요.") == ["휴대폰 사용 규정에 대한 설문지를 만듦."])
        #expect(SentenceCleaner.arrowSteps(of: "1차 초안은 논거 2개뿐 → 피드백 후 반론과 재반박 구조로 고쳐 씀")
            == ["1차 초안은 논거 2개뿐이었으나 피드백 후 반론과 재반박 구조로 고쳐 씀"])
        #expect(NotesStructure.isTitle("체육 2학기") && NotesStructure.isTitle("미술 - 자화상 단원"))
        let notes = "줄넘기 2단뛰기 처음엔 1개도 못 했는데 수행 때 연속 15개 성공.\n발음이 자연스러워 칭찬 많이 해주며 2학기에는 먼저 손을 듦."
        for draft in try self.draft(notes, section: .subject) {
            #expect(draft.text.contains("처음에는 1개도") && draft.text.contains("연속 15개"), "v\(draft.version): \(draft.text)")
            #expect(!draft.text.contains("칭찬"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func aHeadingIsTheSettingOfWhatFollowsAndSlashesListItems() throws {
        #expect(NotesSentences("4월 기후 단원. 강수 분포도 보다가 울릉도 적설량을 질문함.").sentences.map(\.text)
            == ["4월 기후 단원: 강수 분포도 보다가 울릉도 적설량을 질문함."])
        #expect(SentenceForms.recordSentences(from: "6월 모둠 토론(온라인 수업 확대 찬반): 반대측 마지막 발언 맡음")
            == ["6월 모둠 토론(온라인 수업 확대 찬반)에서 반대측 마지막 발언을 맡음."])
        // A heading with nothing after it, or a sentence that has its own setting, stays as it is.
        #expect(NotesSentences("4월 기후 단원.").sentences.count == 1)
        #expect(NotesSentences("지리 수업. 현장 답사에서 지형도를 읽음.").sentences.count == 2)
        // Slashes between Latin words, numbers or quoted items list them; between labelled lines they part them.
        #expect(NotesSentences("2nd draft에서 However / On the other hand 넣어서 흐름 생김.").sentences.count == 1)
        #expect(NotesSentences("정서를 '기다림 / 두려움'으로 정리함.").sentences.count == 1)
        #expect(NotesSentences("회장: 진행 / 부회장: 회의록 작성").sentences.count == 2)
        #expect(NotesSentences("김도현 / 2-5 / 한빛고").sentences.count == 3)
        // A name ending in 다 ends no sentence; a tense does.
        #expect(NotesSentences("5월 감상: 프리다 칼로 자화상 감상문 씀").sentences.count == 1)
        #expect(NotesSentences("자료를 찾았다 발표 준비함").sentences.count == 2)
    }

    @Test func valuesRolesAgendasAndNotesStayWhereTheyBelong() throws {
        #expect(NotesSentences("후속 실험으로 카페인 농도(0 / 0.1 / 0.5%) 달리해서 비교 / 결과 발표").sentences.map(\.text)
            == ["후속 실험으로 카페인 농도(0 / 0.1 / 0.5%) 달리해서 비교", "결과 발표"])
        #expect(SentenceCleaner.arrowSteps(of: "'정의란 무엇인가' 전차 문제 → 자율주행차 버전으로 변형 문제 직접 만들어 옴 (탑승자 vs 보행자)").count == 1)
        #expect(SentenceForms.recordSentences(from: "토론 사회자 2번") == ["토론에서 사회자를 2번 맡음."])
        #expect(SentenceForms.recordSentences(from: "적극적, 질문 많음") == ["적극적이고 질문이 많음."])
        #expect(SentenceForms.recordSentences(from: "학급회의 '교실 휴대폰 보관함' 안건 - 반대 의견 냄")
            == ["학급회의 '교실 휴대폰 보관함' 안건에 대해 반대 의견을 냄."])
        #expect(SentenceForms.recordSentences(from: "동선 지도 손으로 그려옴 (버스 시간까지)") == ["동선 지도 손으로 그려옴(버스 시간까지)."])
        let notes = "회의 때 회의록 담당, 안건 정리 깔끔\n근데 1학기 지각 11번... 자치회 아침 캠페인 맡고 나서는 거의 안함"
        for draft in try self.draft(notes, section: .autonomous) {
            #expect(!draft.text.contains("거의 안"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func aBehaviourNoteReadsAsTheRecordSaysIt() throws {
        #expect(NotesSentences("청소시간에 사라짐 ㅋㅋ 2학기 중반부턴 분리수거 자원").sentences.count == 2)
        #expect(NotesStructure.isTitle("행발 - 2-6"))
        #expect(SentenceForms.recordSentences(from: "희망진로: 의공학 연구원") == ["의공학 연구원을 희망함."])
        #expect(SentenceForms.recordSentences(from: "학급 도서부장, 학급문고 대출 장부를 엑셀로 바꿈")
            == ["학급 도서부장을 맡아 학급문고 대출 장부를 엑셀로 바꿈."])
        #expect(SentenceForms.recordSentences(from: "아침에 일찍 와서 창문 열고 칠판 정리, 누가 시킨 거 아님")
            == ["스스로 아침에 일찍 와서 창문 열고 칠판을 정리함."])
        #expect(SentenceForms.recordSentences(from: "리더십 있음 근데 방향이 가끔...") == ["리더십이 있음."])
        #expect(SentenceForms.recordSentences(from: "다음 학기에 다시 보기로") == ["다음 학기에 다시 보기로 함."])
        #expect(SentenceForms.recordSentences(from: "직업흥미검사: 탐구형과 예술형이 높게 나옴") == ["직업흥미검사에서 탐구형과 예술형이 높게 나옴."])
        #expect(SentenceForms.recordSentences(from: "2학기 중반부턴 분리수거 자원") == ["2학기 중반부터는 분리수거 자원함."])
        #expect(SentenceForms.recordSentences(from: "맡은 일은 끝까지 하는 아이예요.") == ["맡은 일은 끝까지 하는 학생임."])
        let notes = "청소시간에 사라짐 ㅋㅋ\n체육대회 계주 마지막 주자로 달리고 반 응원을 주도함.\n친구 관계 넓진 않은데 전학 온 친구에게 특별실 위치를 알려 줌."
        for draft in try self.draft(notes) {
            #expect(!draft.text.contains("사라짐") && !draft.text.contains("넓진"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func theOpeningLineLeadsEveryVersionThatCanKeepIt() throws {
        let notes = """
            주제: 급식 잔반 줄이기 데이터 분석
            파이썬으로 메뉴별 잔반량 데이터를 정리하고 메뉴별 평균 잔반을 구함.
            막대그래프로 시각화하여 친구들에게 발표함.
            발표 후 선호도 설문까지 붙이면 더 정확하겠다고 보완점을 스스로 제시함.
            """
        let drafts = try self.draft(notes, section: .subject)
        #expect(Set(drafts.map(\.text)).count == 3)
        for draft in drafts.prefix(2) {
            #expect(draft.text.hasPrefix("급식 잔반 줄이기 데이터 분석을 주제로 탐구함."), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func aMemoAskingToKeepContentKeepsItAndSomeoneElsesQuestionIsReceived() throws {
        let notes = "발표 때 친구 질문(당첨금 이월되면 기댓값 달라지나?) → 다음 시간에 이월 회차 데이터로 다시 계산해 옴. 이 부분 꼭 넣어주세요\n"
            + "결과를 소논문으로 써서 학술대회에 제출함 → 이건 빼주세요\n노트 정리 꼼꼼"
        for draft in try self.draft(notes, section: .subject) {
            #expect(draft.text.contains("친구의 질문(당첨금 이월되면 기댓값 달라지나?)을 받고 다음 시간에 이월 회차 데이터로 다시 계산해 옴"),
                    "v\(draft.version): \(draft.text)")
            #expect(!draft.text.contains("넣어") && !draft.text.contains("학술대회"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func theAnswerTheStudentWasGivenIsNoRecord() {
        #expect(SentenceCleaner.arrowSteps(of: "질문: \"공기저항 없으면 진자는 영원히 움직이나요?\" → 에너지 보충 개념으로 연결해서 설명해줌")
            == ["질문: \"공기저항 없으면 진자는 영원히 움직이나요?\""])
        #expect(SentenceCleaner.arrowSteps(of: "주기 재는 방법 정리 → 조원들에게 알려줌").count == 1)
    }

    @Test func theTeachersAsidesRemindersAndLengthNotesNeverBecomeRecordSentences() throws {
        let notes = """
            빛바랜 간판을 표현하려고 커피로 종이를 물들임 (아이디어 좋다!)
            학급 문집 편집을 맡아 원고 12편을 교정함 (가족이라 애매 ㅠ)
            잔반 프로젝트 꼭 넣기
            이거로 특허 출원했다고 함 → 절대 기재 X
            진로 변화 과정이 흐름 있게 보이도록
            세특처럼 길게 말고 300자 정도로
            """
        for draft in try self.draft(notes, section: .subject) {
            #expect(draft.text.contains("커피로 종이를 물들임") && draft.text.contains("원고 12편을 교정함"), "v\(draft.version): \(draft.text)")
            for memo in ["좋다", "애매", "넣기", "기재", "보이도록", "300자", "특허", "("] {
                #expect(!draft.text.contains(memo), "v\(draft.version) keeps \(memo): \(draft.text)")
            }
        }
    }

    @Test func raisedVoicesHastyConclusionsAndLostElectionsAreNotCopied() throws {
        let notes = """
            모둠활동 중 조원이랑 역할 분담 문제로 한 번 언성 높인 적 있음.
            가끔 선 넘는 농담을 함.
            전교 학생회장 선거 나갔다가 떨어짐.
            학급 건의함을 만들어 건의 34건을 주제별로 분류함.
            """
        for draft in try self.draft(notes) {
            #expect(draft.text.contains("건의 34건을 주제별로 분류함"), "v\(draft.version): \(draft.text)")
            for raw in ["언성", "선 넘는", "떨어짐"] {
                #expect(!draft.text.contains(raw), "v\(draft.version) keeps \(raw): \(draft.text)")
            }
        }
    }

    @Test func aNoteEndingOnWhatWasMadeOrTakenOnSaysTheDoing() {
        #expect(Style.convertSentence("급식 잔반량 데이터를 분석하고 메뉴별 잔반 그래프") == "급식 잔반량 데이터를 분석하고 메뉴별 잔반 그래프를 그림.")
        #expect(Style.convertSentence("pH별 색 변화 비교표") == "pH별 색 변화 비교표를 작성함.")
        #expect(Style.convertSentence("모둠 발표에서 전봉준 역") == "모둠 발표에서 전봉준 역을 맡음.")
        #expect(Style.convertSentence("토론 사회 2회") == "토론 사회를 2회 맡음.")
        #expect(Style.convertSentence("종이로 실제 상자를 접어서 검증까지") == "종이로 실제 상자를 접어서 검증까지 함.")
        #expect(Style.convertSentence("다음 시간에 역할 다시 나눴대요") == "다음 시간에 역할 다시 나눔.")
        #expect(Style.convertSentence("재능 나눔") == "재능 나눔함.")
        // Not what was made: the student's own role is kept as it was ("대표" ends like 표).
        #expect(Style.convertSentence("학급 대표") == "학급 대표임.")
    }

    @Test func aQuotedTopicBeforeADashIsWhatTheRestWasAbout() {
        #expect(SentenceForms.recordSentences(from: "주제탐구: '항생제 내성균 증가와 자연선택' — 뉴스 기사와 진화 단원 연결")
            == ["주제탐구에서 '항생제 내성균 증가와 자연선택'을 주제로 뉴스 기사와 진화 단원 연결함."])
        #expect(SentenceForms.recordSentences(from: "독서 연계: 박은봉 『한국사 편지』 근대 파트 읽고 연표 재정리")
            .allSatisfy { !$0.contains("독서 연계:") })
        // An initial is no sentence end; a course keeps its numeral.
        #expect(NotesStructure.sentences(of: "추천 도서로 N.H. 클라인바움 『죽은 시인의 사회』를 소개함").count == 1)
        #expect(CharacterCheck.isAllowed("Ⅱ"))
    }

    @Test func aBookItsAuthorAndADashReadAsWhatWasReadAndDone() {
        #expect(SentenceForms.recordSentences(from: "마이클 샌델 『정의란 무엇인가』 - 트롤리 딜레마 변형 사례 직접 만들어 옴")
            == ["『정의란 무엇인가』(마이클 샌델)를 읽고 트롤리 딜레마 변형 사례를 직접 만들어 옴."])
        #expect(SentenceForms.recordSentences(from: "진로 독서: 김승섭 『아픔이 길이 되려면』 - 사회적 요인이 건강에 미치는 영향 정리")
            == ["진로 독서 활동으로 『아픔이 길이 되려면』(김승섭)을 읽고 사회적 요인이 건강에 미치는 영향을 정리함."])
    }

    @Test func aLabelWithATitleOrARoleSaysWhereTheRestHappened() {
        #expect(SentenceForms.recordSentences(from: "'역사 속 인물 인터뷰' 모둠 발표 – 전봉준 역")
            == ["'역사 속 인물 인터뷰' 모둠 발표에서 전봉준 역을 맡음."])
        #expect(SentenceForms.recordSentences(from: "윤동주 「쉽게 씌어진 시」 재구성 활동: 화자의 부끄러움을 일기 형식으로 바꿔 씀")
            == ["윤동주 「쉽게 씌어진 시」 재구성 활동에서 화자의 부끄러움을 일기 형식으로 바꿔 씀."])
        #expect(SentenceForms.recordSentences(from: "모의 창업 프로그램 팀장 — 원가 계산표 만들고 설문 120명 받음").first?
            .hasPrefix("모의 창업 프로그램에서 팀장을 맡아 원가 계산표") == true)
        // What the student said, then did: never "겹쳤다고에서".
        #expect(SentenceCleaner.arrowSteps(of: "동아리 일정 겹쳤다고 → 다음부터 미리 말하기로 약속함") == ["동아리 일정 겹쳤다고 하며 다음부터 미리 말하기로 약속함"])
        #expect(Style.convertSentence("정산 영수증까지 공개할 만큼 꼼꼼") == "정산 영수증까지 공개할 만큼 꼼꼼함.")
        #expect(Style.convertSentence("천연 지시약(적양배추, 강황) 만들기") == "천연 지시약(적양배추, 강황)을 만듦.")
    }

    @Test func aBareOutcomeIsSaidWithWhatLedToItAndAGroupIsWhereTheStudentTookPart() throws {
        let drafts = try self.draft("2학기 기획회의에서 점심방송 사연 코너 아이디어를 제안함. 채택됨!\n인문 독서토론반.\n진로: 경영/마케팅", section: .club)
        #expect(drafts[0].text.contains("아이디어를 제안하여 채택됨."), "\(drafts[0].text)")
        #expect(drafts[0].text.contains("인문 독서토론반에서 활동함."), "\(drafts[0].text)")
        #expect(drafts[0].text.contains("경영·마케팅을 희망함."), "\(drafts[0].text)")
        #expect(Style.convertSentence("교실 이산화탄소 측정기") == "교실 이산화탄소 측정기를 제작함.")
        for draft in try self.draft("납땜하다 손 데인 적 있음.\n회로 기판의 납땜 순서를 정리해 후배들에게 설명함.", section: .club) {
            #expect(!draft.text.contains("데인"), "v\(draft.version): \(draft.text)")
        }
    }

    @Test func spokenConnectivesAndWhatTheTeacherSawAreWrittenAsARecordSaysThem() {
        #expect(SentenceForms.recordSentences(from: "상대측 질문에 당황하긴 했는데 끝까지 답변함") == ["상대측 질문에 당황하긴 했으나 끝까지 답변함."])
        #expect(SentenceForms.recordSentences(from: "피드백 주니까 한계점 보완해서 다시 제출함") == ["피드백을 받고 한계점을 보완하여 다시 제출함."])
        #expect(SentenceForms.recordSentences(from: "전학 온 친구에게 먼저 말 거는 것 봄") == ["전학 온 친구에게 먼저 말 거는 모습을 보임."])
        #expect(SentenceForms.recordSentences(from: "모둠에서 기록 담당했는데 5분 간격으로 사진 찍어 변화 정리함").first?.hasPrefix("모둠에서 기록 담당하고 5분") == true)
        #expect(ClauseForms.pastContrast("발표 때 원고만 봄") == "발표 때 원고만 봤으나")
        #expect(ClauseForms.pastContrast("가끔 선 넘는 농담") == "가끔 선 넘는 농담이었으나")
    }

    @Test func signsThatWouldChangeAFactAreSaidInWords() {
        #expect(UnitSymbols.writingOut("np≥5 조건을 찾아 옴") == "np가 5 이상 조건을 찾아 옴")
        #expect(UnitSymbols.writingOut("상관관계≠인과관계라는 것을 언급함") == "상관관계와 인과관계가 다르다는 것을 언급함")
        #expect(UnitSymbols.writingOut("6.02×10^23개") == "6.02x10의 23제곱개")
    }

    @Test func theTeachersPlanAndWhatTheTeacherDidAreNoRecordButAnAppraisalKeepsItsLine() throws {
        let notes = """
            6/12 리그전 중 발목 접질림 → 2주 견학. 견학 기간에 심판·기록 맡아서 점수판 관리 + 경기 분석 메모 써서 냄. 이거 괜찮은 포인트.

            4월에 따로 불러서 얘기함. 서브 연습을 조원들과 10분씩 함.

            → 리더십 + 배려로 바뀐 과정 중심으로 쓰자.
            """
        for draft in try self.draft(notes, section: .subject) {
            #expect(draft.text.contains("점수판 관리"), "v\(draft.version): \(draft.text)")
            for memo in ["포인트", "불러서", "쓰자", "중심으로", "접질"] {
                #expect(!draft.text.contains(memo), "v\(draft.version) keeps \(memo): \(draft.text)")
            }
        }
    }

    @Test func aSolvingAfterALeftOutQuarrelNamesTheProblemItSolved() throws {
        let drafts = try self.draft("급식실 새치기 문제로 친구들이랑 언성 높인 적 있음\n→ 이후 요일별 급식 순서표 만들어서 해결", section: .autonomous)
        for draft in drafts {
            #expect(draft.text.includes("급식 순서표를 만들어서 급식실 새치기 문제를 해결함."), "\(draft.text)")
            #expect(!draft.text.includes("언성"), "\(draft.text)")
        }
        #expect(NotesReading.withProblemNamed("순서표를 만들어 갈등을 해결함.", from: "자리 문제로 다툼") == nil)
    }

    @Test func howTheClassTookItIsSaidWithWhatTheStudentDid() throws {
        let drafts = try self.draft("거북선 복원 논쟁 기사 찾아와서 발표함. 애들 반응 좋았음", section: .subject)
        #expect(drafts[0].text == "거북선 복원 논쟁 기사를 찾아와서 발표하여 친구들의 호응을 얻음.", "\(drafts[0].text)")
        #expect(DraftComposer.isClassReception("반 친구들 반응이 매우 좋았음."))
        #expect(!DraftComposer.isClassReception("실험 반응이 좋았음."))
    }

    @Test func aChangeWordBeforeTheShortcomingIsWhatLedToIt() throws {
        // "고쳐서" is what the student did before the quarrel, not the quarrel changing.
        let drafts = try self.draft("모둠 코딩 때 친구 코드 말없이 고쳐서 다툼 있었음 → 이후 수정 기록 남기는 규칙 제안함", section: .subject)
        for draft in drafts {
            #expect(!draft.text.includes("다툼"), "\(draft.text)")
            #expect(draft.text.includes("수정 기록을 남기는 규칙을 제안함."), "\(draft.text)")
        }
        // A change after the shortcoming is the record's.
        #expect(try self.draft("계획표를 만든 뒤 지각이 줄어듦")[0].text == "계획표를 만든 뒤 지각이 줄어듦.")
    }
}
