import Testing
@testable import RecordAgents
import RecordRules

/// What teachers reading drafts of notes the engine had not seen found wrong, one behaviour per test.
@Suite("Notes read as a teacher wrote them")
struct FreshNotesTests {
    private func draft(_ notes: String, subject: String = "수학") throws -> [FinalVersion] {
        try OfflineEngine().run(try DraftRequest(notes: notes, section: .subject, subject: subject))
    }

    @Test func theTeachersFeelingAroundWhatTheStudentDidGoes() throws {
        let versions = try draft("모둠 토론에서 사례를 들어 말함.\n두 번째 토론에서는 상대 논거를 메모하며 즉석으로 반박해서 많이 늘었다고 느꼈어요.", subject: "영어")
        for version in versions {
            #expect(version.text.contains("즉석으로 반박하여 크게 성장함."), "\(version.text)")
            #expect(!version.text.contains("느"), "\(version.text)")
        }
        #expect(SentenceForms.recordSentences(from: "정리를 꼼꼼하게 하는 편이라고 생각함.") == ["정리를 꼼꼼하게 하는 모습을 보임."])
        // A quote keeps its frame: the words are someone's.
        #expect(ObserverFrames.unframed("'다시 해 볼래요'라고 생각함.") == "'다시 해 볼래요'라고 생각함.")
    }

    @Test func wordsTypedTogetherAreWrittenApart() {
        #expect(SentenceForms.recordSentences(from: "쉬는시간에 칠판에 그래프 그려서 설명해주는거 여러번 봄")
            == ["쉬는 시간에 칠판에 그래프를 그려서 설명해주는 모습을 여러 번 보임."])
        #expect(SentenceForms.recordSentences(from: "발표때 근거 자료를 두번째 슬라이드에 넣음") == ["발표 때 근거 자료를 두 번째 슬라이드에 넣음."])
        // Nouns that end like a spoken 것, and 그때, stay whole.
        #expect(WordSpacing.spaced(["근거를", "그때", "증거", "선거"], quoted: [false, false, false, false]) == ["근거를", "그때", "증거", "선거"])
    }

    @Test func whereTheWorkStoodAndWhatChangedItAreOneSentence() throws {
        let text = try #require(try draft("초고는 줄거리 요약이 절반이었음 → 피드백 후 시점 분석 중심으로 다시 씀. 수정본 확실히 나아짐", subject: "국어").first).text
        #expect(text.contains("초고는 줄거리 요약이 절반이었으나 피드백 후 시점 분석 중심으로 다시 쓰며 수정본이 나아짐."), "\(text)")
        #expect(!text.contains("확실히"), "\(text)")
    }

    @Test func aHabitAndTheEffortAgainstItAreOneSentence() throws {
        let text = try #require(try draft("서술형에서 풀이과정 건너뛰는 습관 있음 → 2학기 후반엔 단계별로 쓰려고 노력하는게 보임").first).text
        #expect(text.contains("습관이 있었으나 2학기 후반에는 단계별로 쓰려고 노력하는 모습을 보임."), "\(text)")
    }

    @Test func whenComesBeforeWhereOnceAClauseBetweenThemGoes() throws {
        let text = try #require(try draft("실험 보고서를 씀.\n발표 때 목소리가 작았는데 2학기에는 또박또박 말하려고 애씀", subject: "과학").first).text
        #expect(text.contains("2학기에는 발표 때 또박또박"), "\(text)")
    }

    @Test func aLineOpeningWithPlusGoesWithTheLineAbove() throws {
        #expect(NotesStructure("발표함.\n+ 질의응답 때 답함.\n독서 활동함.").paragraphs == ["발표함.\n질의응답 때 답함.", "독서 활동함."])
        // The same mark on every line is the notes' bullet.
        #expect(NotesStructure("+ 발표함.\n+ 질의응답 때 답함.").paragraphs == ["발표함.", "질의응답 때 답함."])
        let notes = """
            극한 단원에서 엡실론-델타 이야기를 꺼냄
            11월 탐구보고서에서 택시 요금 그래프를 그리고 불연속점을 찾음
            발표 때 좌극한과 우극한이 다르다고 설명함
            + 질의응답 때 미터기 단위에 대한 질문을 받고 이산적이라 연속이 아니라고 답함
            친구들 질문을 잘 받아 줌
            """
        // The concise draft may leave the answer out; where it is, it follows its presentation.
        for version in try draft(notes) {
            guard let answer = version.text.range(of: "질의응답 때") else { continue }
            let presentation = try #require(version.text.range(of: "발표 때"), "\(version.text)")
            #expect(presentation.upperBound < answer.lowerBound, "\(version.text)")
        }
    }

    @Test func whatTheTeacherAsksFirstComesFirstWithItsResult() throws {
        let notes = """
            극한 단원에서 엡실론-델타 이야기를 꺼냄
            친구들 질문을 잘 받아 줌
            11월 탐구보고서에서 택시 요금 그래프를 그리고 불연속점을 찾음
            실제 요금표를 찾아 택시 요금을 계산함
            점수 얘기 넣지 말고 탐구보고서 먼저 써주세요
            """
        for version in try draft(notes) {
            #expect(version.text.hasPrefix("11월 탐구보고서에서"), "\(version.text)")
            #expect(version.text.contains("불연속점을 찾음. 실제 요금표를 찾아"), "\(version.text)")
        }
    }

    @Test func aChoiceOfTwoLeavesTheRestOut() throws {
        let notes = """
            수업 시간에 늘 앞자리에 앉고 질문을 많이 함.
            9월 지문을 읽고 투발루 관련 기사를 찾아 영어 요약문을 써 옴.
            모둠 디베이트에서 반대측 첫 발언자를 맡아 보전 프로그램 사례를 들어 말함.
            어휘 노트를 따로 만들어 지문에 나온 표현을 정리함.
            디베이트 성장 과정이랑 기사 요약 두 개만 써 주세요.
            """
        for version in try draft(notes, subject: "영어") {
            #expect(version.text.contains("디베이트") && version.text.contains("기사"), "\(version.text)")
            #expect(!version.text.contains("어휘 노트") && !version.text.contains("앞자리"), "\(version.text)")
            #expect(version.report.passes, "\(version.report.violations)")
        }
        // A choice the notes do not hold is not followed.
        #expect(SelectionDirection.choices(in: "실험이랑 발표 두 개만 써 주세요.") == [["실험"], ["발표"]])
        let unheld = try draft("어휘 노트를 만들어 표현을 정리함.\n지문을 읽고 요약문을 씀.\n로봇 제작 두 개만 써 주세요.", subject: "영어")
        #expect(unheld.allSatisfy { $0.text.contains("어휘 노트") && $0.text.contains("요약문") })
    }

    @Test func aTitledWorkIsWhereTheDashSaysTheWorkWasDone() throws {
        let text = try #require(try draft("극한 단원에서 질문함.\n11월 탐구보고서 '택시 요금은 연속함수인가' — 구간 나눠서 그래프 그리고 불연속점 찾음").first).text
        #expect(text.contains("11월 탐구보고서 '택시 요금은 연속함수인가'에서 구간을 나눠서 그래프를 그리고 불연속점을 찾음."), "\(text)")
    }

    @Test func theConciseDraftKeepsAConditionOrADebateItsSentenceNeeds() {
        #expect(DraftComposer.withoutSetting("소금물 조건에서 부식이 가장 빠르게 진행됨.") == "소금물 조건에서 부식이 가장 빠르게 진행됨.")
        #expect(DraftComposer.withoutSetting("모둠 디베이트에서 반대측 첫 발언자를 맡음.") == "모둠 디베이트에서 반대측 첫 발언자를 맡음.")
        #expect(DraftComposer.withoutSetting("동아리 발표회에서 원주율을 추정하는 과정을 시연함.") == "원주율을 추정하는 과정을 시연함.")
    }

    @Test func howTheClassTookItIsWhatTheDoingBrought() throws {
        let text = try #require(try draft("극한 단원에서 질문함.\n발표때 '계단함수라서 좌극한이랑 우극한이 달라요' 라고 설명 → 애들 반응 좋았음").first).text
        #expect(text.contains("발표 때 '계단함수라서 좌극한이랑 우극한이 달라요'라고 설명하여 친구들의 호응을 얻음."), "\(text)")
    }
}

/// Second round of the same reading: verdicts, places, joints and headings.
@Suite("Notes read as a teacher wrote them, continued")
struct FreshNotesContinuedTests {
    @Test func aVerdictWithNothingItIsAboutIsNoSentence() throws {
        let notes = "성실함.\n우유 당번 1년 내내 한 번도 빠지지 않음.\n책임감이 강함.\n자료는 좋음."
        let versions = try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior))
        for version in versions {
            #expect(version.text == "우유 당번 1년 내내 한 번도 빠지지 않음.", "\(version.text)")
            #expect(version.report.passes, "\(version.report.violations)")
        }
        #expect(!NonRecordSentences.isBareVerdict("발표 자료가 매우 꼼꼼함."))
        #expect(!NonRecordSentences.isBareVerdict("관심 있음."))
    }

    @Test func aNamedPlaceIsTheKindOfPlaceTheStudentWentTo() throws {
        let notes = "수업에서 질문함.\n10월 감상문: 국립현대미술관 가서 이중섭 「황소」 보고 씀"
        let text = try #require(try OfflineEngine().run(try DraftRequest(notes: notes, section: .subject, subject: "미술")).first).text
        #expect(text.contains("미술관에 가서 이중섭 「황소」 보고 씀."), "\(text)")
        #expect(!text.contains("국립현대") && !text.contains("관련 기관"), "\(text)")
    }

    @Test func twoDoingsJoinedByPlusGoOnFromOneToTheNext() {
        #expect(SentenceForms.recordSentences(from: "장소 사진 찍어 옴 + 당시 신문 기사도 옮겨 적음") == ["장소 사진을 찍어 오며 당시 신문 기사도 옮겨 적음."])
        #expect(SentenceForms.recordSentences(from: "근거 두 개 + 반론 정리함") == ["근거 두 개와 반론을 정리함."])
    }

    @Test func theClassIsTheClassNotOurs() {
        #expect(SentenceForms.recordSentences(from: "우리반과 옆반 58명 응답 받아서 산점도까지 그림") == ["학급과 옆 반 58명 응답을 받아서 산점도까지 그림."])
    }

    @Test func whatTheTeacherInferredAQualityFromIsWhereTheStudentShowedIt() {
        #expect(SentenceForms.recordSentences(from: "점심시간 축구할 때 후배들 챙기는 것 보면 리더십 있음") == ["점심시간 축구할 때 후배들을 챙기며 리더십을 보임."])
    }

    @Test func asidesOfHearsayAndTheStudentNamedAsThisStudentGo() {
        #expect(SentenceForms.recordSentences(from: "2학기 들어 수업태도 조금(교과쌤들 말로는 국어 시간에는 괜찮아졌다고) 나아짐") == ["2학기 들어 수업태도 조금 나아짐."])
        #expect(SentenceForms.recordSentences(from: "한 달에 한 권씩 읽고 토론했고, 이 학생은 10월에 사회자를 맡음") == ["한 달에 한 권씩 읽고 토론했고, 10월에 사회자를 맡음."])
        #expect(SentenceForms.recordSentences(from: "주1회 무게(토마토 총 2.3kg ) 측정함") == ["주1회 무게(토마토 총 2.3kg) 측정함."])
    }

    @Test func whereAThingIsPostedTakes에() {
        #expect(SentenceForms.recordSentences(from: "회의록 매번 사진 찍어서 반 단톡방 공유함") == ["회의록 매번 사진을 찍어서 반 단체 대화방에 공유함."])
    }

    @Test func aClassmatesDifficultyIsNotTheStudents() throws {
        let notes = "학급 반장으로 1년간 활동했어요.\n베트남에서 온 전학생이 한국어가 서툴렀는데, 수업 자료의 한자어 뜻을 적어주는 단어장을 먼저 만들어 줬어요."
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior)) {
            #expect(version.text.contains("베트남에서 온 전학생이"), "\(version.text)")
        }
    }

    @Test func aReportPassesWhereTheNotesNameALatinRoleAYearOrAPlatform() throws {
        let cases: [(String, Section, String?)] = [
            ("방송반 PD\n아침 조회 방송 큐시트를 매주 작성함.", .club, nil),
            ("동아리: 화학실험반 (2학년, 부장)\n천연 지시약으로 pH 색 변화 비교표를 제작함.", .club, nil),
            ("수업에서 질문함.\n매체 단원에서 유튜브 쇼츠 자막 맞춤법 오류 20건을 수집함.", .subject, "국어"),
        ]
        for (notes, section, subject) in cases {
            for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: section, subject: subject)) {
                #expect(version.report.passes, "\(version.text) \(version.report.violations)")
            }
        }
    }

    @Test func aRuleTheStudentMadeToLeaveSomethingOutIsNoRemovalMemo() throws {
        let notes = "방송부 활동함.\n4월부터 사연 코너 기획 → 사연함 설치, 매주 사연 선별 기준 부원들과 정함(개인정보 들어간 사연 제외 규칙 만든 거 좋았음)"
        let text = try #require(try OfflineEngine().run(try DraftRequest(notes: notes, section: .club)).first).text
        #expect(text.contains("사연함"), "\(text)")
    }

    @Test func aQuoteKeepsItsSpokenJoints() {
        #expect(SentenceForms.recordSentences(from: "인터뷰 후 '책만 정리하는 줄 알았는데 데이터 다루는 일이더라고요'라고 함").first?
            .contains("'책만 정리하는 줄 알았는데 데이터 다루는 일이더라고요'") == true)
    }

    @Test func theClosingExpectationNamesOnlyWhatTheShortcomingIsAbout() throws {
        let notes = "반장으로서 가정통신문 회수와 자리 배치를 맡아 처리함.\n시험 기간엔 예민해져서 짝이랑 한 번 말다툼"
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior)) {
            #expect(!version.text.contains("기대됨") && !version.text.contains("보완"), "\(version.text)")
        }
    }

    @Test func aTitleBeforeItsVerbIsItsObject() {
        #expect(SentenceForms.recordSentences(from: "이성복 「그날」 골라 해석 발표함").first?.hasPrefix("이성복 「그날」을 골라") == true)
        #expect(SentenceForms.recordSentences(from: "물가 단원에서 '체감 물가는 왜 달라요?' 질문 먼저 던짐") == ["물가 단원에서 '체감 물가는 왜 달라요?' 질문을 먼저 던짐."])
        // A Latin title is left as written.
        #expect(SentenceForms.recordSentences(from: "포스터 'Save Water' 만들어 붙임").first?.contains("'Save Water' 만들어") == true)
    }

    @Test func slangForTeachersInterestsAndIdeasIsWrittenOut() {
        #expect(SentenceForms.recordSentences(from: "지도 덕후임") == ["지도에 깊은 관심을 보임."])
        #expect(SentenceForms.recordSentences(from: "잔반량 기록은 영양쌤한테 부탁해서 받아 옴") == ["잔반량 기록은 영양 선생님께 부탁하여 받아 옴."])
        #expect(SentenceForms.recordSentences(from: "급식 데이터 분석하고 '생선 반찬 나오는 날?' 가설임") == ["급식 데이터를 분석하고 '생선 반찬 나오는 날?' 가설을 세움."])
        #expect(SentenceForms.recordSentences(from: "본인이 알아서 대본 카드 만들어 옴") == ["스스로 대본 카드를 만들어 옴."])
    }

    @Test func aLatinWordEndingInXIsNoCrossingOut() throws {
        let notes = "자석 낙하 실험을 함.\n스마트폰 가속도 센서 앱(phyphox)으로 엘리베이터 가속도를 측정함.\n모의고사 성적 올림(기록X)"
        let text = try #require(try OfflineEngine().run(try DraftRequest(notes: notes, section: .subject, subject: "물리학Ⅰ")).first).text
        #expect(text.contains("앱(phyphox)으로 엘리베이터 가속도를 측정함."), "\(text)")
        #expect(!text.contains("모의고사"), "\(text)")
    }

    @Test func aTitleWithAMaskedNameKeepsItsAsideAsContent() {
        #expect(NotesStructure("진로활동 ○○ (건축 쪽에 관심이 있고 도시계획과 고민 중임)\n통학로 보행 환경을 조사함.").paragraphs.first == "건축 쪽에 관심이 있고 도시계획과 고민 중임")
        #expect(NotesStructure.isMaskedName("○○") && NotesStructure.isMaskedName("김OO") && !NotesStructure.isMaskedName("OX퀴즈"))
    }

    @Test func whatWasMadeLastAndWhatTheTeacherSawAreSaidAsTheStudentsDoing() {
        #expect(SentenceForms.recordSentences(from: "개선안 그려서 발표하고 스케치업으로 3D 모형까지") .last?.hasSuffix("3D 모형까지 만듦.") == true)
        #expect(SentenceForms.recordSentences(from: "사람이 쓰는 공간으로 관심 옮겨간 게 보임") == ["사람이 쓰는 공간으로 관심을 옮겨간 모습을 보임."])
    }

    @Test func aTimeThatOnlySaysWhenTurnsNothing() {
        // "1학기에 … 했는데 … 제안함": the doing's time, with no later time or change set against it.
        #expect(SentenceForms.recordSentences(from: "1학기에 관찰 실험을 했는데 처리 시간을 다르게 해서 비교해보자고 먼저 제안했어요.")
            == ["1학기에 관찰 실험을 하고 처리 시간을 다르게 해서 비교해보자고 먼저 제안함."])
        #expect(SentenceForms.recordSentences(from: "1학기에는 발표를 피했는데 2학기에는 먼저 자원함.")
            == ["1학기에는 발표를 피했으나 2학기에는 먼저 자원함."])
        // The polite 요 after a connective is speech.
        #expect(SentenceForms.recordSentences(from: "항생제 내성 주제로 탐구보고서 썼고요, 관련 기사도 찾아봤어요.")
            == ["항생제 내성 주제로 탐구보고서를 썼고, 관련 기사도 찾아봄."])
    }

    @Test func whatAParentsWorkBroughtHomeGoesWithIt() throws {
        let notes = "항생제 내성을 주제로 탐구 보고서를 씀.\n\n어머니가 대학병원 간호사셔서 어릴 때부터 병원 이야기를 많이 들었대요."
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .subject, subject: "생명과학")) {
            #expect(!version.text.contains("병원"), "\(version.text)")
            #expect(version.report.passes, "\(version.report.violations)")
        }
        // The student's own interest after it stays.
        let interest = try OfflineEngine().run(try DraftRequest(notes: "아버지가 의사셔서 의학에 관심 많음. 인체 구조를 주제로 보고서를 씀.", section: .subject, subject: "생명과학"))
        #expect(interest.first?.text.contains("의학에 관심") == true, "\(interest.first?.text ?? "")")
    }

    @Test func aNameTakenFromAHeadingLeavesNoMarkBehind() throws {
        let notes = "진로 — 초등교사 희망, 소윤이\n\n교내 학습멘토링 멘토로 1년 참여. 멘토링 일지 24회 꼬박 씀."
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .career)) {
            #expect(!version.text.contains("소윤") && !version.text.contains(",."), "\(version.text)")
            #expect(version.text.contains("초등교사를 희망함"), "\(version.text)")
            #expect(version.report.passes, "\(version.report.violations)")
        }
    }

    @Test func whatNEISCannotTakeLeavesNoEmptyQuoteAndTheTeachersRemarkGoes() throws {
        #expect(SentenceCleaner.strippingDisallowedCharacters("「いただきます」「ごちそうさま」같은 실제 표현을 조사함.") == "실제 표현을 조사함.")
        let notes = "교실 뒤 사물함 문 고장난 거 혼자 고쳐놓음(아무도 안 시켰는데)\n\n청소 미실시 건수 월 9건→2건으로 줄어듦(담임 체크)"
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior)) {
            #expect(!version.text.contains("시켰") && !version.text.contains("체크"), "\(version.text)")
        }
    }

    @Test func theTeachersLikingOfADoingIsTheDoing() {
        #expect(SentenceForms.recordSentences(from: "오차 원인(프레임 끊김, 원근 왜곡)까지 본인이 정리한 게 좋았어요.") == ["오차 원인(프레임 끊김, 원근 왜곡)까지 정리함."])
        #expect(SentenceForms.recordSentences(from: "조장 자원함") == ["조장을 자원함."])
        // A connective with nothing after it, and that something changed with nothing of what, are no record.
        #expect(NonRecordSentences.isOnlyConnectives("그런데 아이러니하게도"))
        #expect(!NonRecordSentences.isOnlyConnectives("그런데 발표 순서를 바꿈."))
        #expect(NonRecordSentences.isBareVerdict("변화 확실히 있음."))
    }

    @Test func aNameReplacedOrEmptiedLeavesItsSentenceWhole() throws {
        // The generic already before a festival's name says it once.
        let festival = try OfflineEngine().run(try DraftRequest(notes: "학교 축제 '한빛제' 부스 운영 총괄 보조", section: .autonomous))
        #expect(festival.allSatisfy { !$0.text.contains("학교 축제 학교 축제") && !$0.text.contains("한빛제") }, "\(festival.map(\.text))")
        // The particle of a quote NEIS cannot take goes onto the word before it.
        #expect(SentenceCleaner.strippingDisallowedCharacters("마쓰오 바쇼 「古池や」를 번역함.") == "마쓰오 바쇼를 번역함.")
        // A loanword in -ium is no closed clause; a club's head is a role in it.
        #expect(SentenceForms.recordSentences(from: "날씨 나쁜 날 대체 활동으로 스텔라리움 실습 준비함").count == 1)
        #expect(SentenceForms.recordSentences(from: "천문동아리 '별헤는밤' 동아리장").first?.hasSuffix("동아리장을 맡음.") == true)
        #expect(SentenceForms.recordSentences(from: "초반엔 수업 중 졸음 잦았는데 5월 이후 거의 없음.").first?.contains("졸음이 잦았으나") == true)
    }

    @Test func aNameTaggingALineGoesWithItsMark() throws {
        let notes = "김태윤 / 진로 희망: 게임 기획자\n\n진로 독서 활동으로 게임 디자인 책을 읽고 보고서를 냄."
        for version in try OfflineEngine().run(try DraftRequest(notes: notes, section: .career)) {
            #expect(version.text.contains("게임 기획자를 희망함."), "\(version.text)")
            #expect(!version.text.contains("/") && !version.text.contains("태윤"), "\(version.text)")
        }
    }

    @Test func anEarlierHopeBesideACareerIsTold() throws {
        let versions = try OfflineEngine().run(try DraftRequest(notes: "진로: 게임 기획자 (1학년 땐 프로그래머였음)\n\n게임 접근성 사례를 조사하여 발표함.", section: .career))
        for version in versions {
            #expect(version.text.contains("1학년 때 프로그래머를 희망했으나 게임 기획자를 희망"), "\(version.text)")
        }
    }
}
