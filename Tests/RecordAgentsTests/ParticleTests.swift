import Testing
@testable import RecordAgents
import RecordRules

/// The particles a teacher's shorthand leaves out, put back only where the words say which one, and
/// never onto an adverb, a modifier or a person's title.
@Suite("Particles put back into shorthand")
struct ParticleTests {
    private func record(_ note: String) -> [String] {
        SentenceForms.recordSentences(from: note)
    }

    @Test func aStateTakesItsSubject() {
        #expect(record("질문 많아짐") == ["질문이 많아짐."])
        #expect(record("발음 좋고 청중 눈 맞춤 잘함") == ["발음이 좋고 청중 눈 맞춤을 잘함."])
        #expect(record("나물류 잔반 많다는 결과를 학생회에 알림") == ["나물류 잔반이 많다는 결과를 학생회에 알림."])
        #expect(record("조원들이 각자 가고 싶은 곳 다르자 투표로 결정함") == ["조원들이 각자 가고 싶은 곳이 다르자 투표로 결정함."])
        #expect(record("2학기 수업 태도 좋아짐") == ["2학기 수업 태도가 좋아짐."])
    }

    @Test func idiomsAdverbsAndDoingsKeepTheirWords() {
        // A modifier or an adverb made of a state stays as the teacher wrote it.
        #expect(record("의미 있는 활동을 기획함") == ["의미 있는 활동을 기획함."])
        #expect(record("친구의 발표를 관심 있게 들음") == ["친구의 발표를 관심 있게 들음."])
        #expect(record("후배들 많이 도와줌").allSatisfy { !$0.contains("많이를") && !$0.contains("들이 많이") })
        // Verbs of doing that begin like a state take an object, not a subject.
        for note in ["평소 수학 좋아함", "발표 때 목소리 높여 말함", "매점 빨대 없애자는 건의를 함"] {
            #expect(record(note).allSatisfy { !$0.contains("학이 좋아") && !$0.contains("리가 높여") && !$0.contains("대가 없애") }, "\(note)")
        }
        // A verb's form before 있다 is the state itself ("모여 있음").
        #expect(record("쉬는 시간마다 주변에 친구들 모여 있음") == ["쉬는 시간마다 주변에 친구들 모여 있음."])
        // A subject before it makes the pair one idiom.
        #expect(record("감정노동 부분이 인상 깊었다고 소감문") == ["감정노동 부분이 인상 깊었다고 소감문을 씀."])
    }

    @Test func anObjectIsMarkedAcrossANoteAndACount() {
        #expect(record("이익이 최대가 되는 가격 모델링함") == ["이익이 최대가 되는 가격을 모델링함."])
        #expect(record("오차 원인(날씨, 시험기간) 스스로 분석해서 보고서에 넣음") == ["오차 원인(날씨, 시험기간)을 스스로 분석하여 보고서에 넣음."])
        #expect(record("사진으로 찍어서 시기별 세포 수 세고 비율까지 계산함") == ["사진으로 찍어서 시기별 세포 수를 세고 비율까지 계산함."])
        #expect(record("카드 10장 들고 나와서 직접 시연함") == ["카드 10장을 들고 나와서 직접 시연함."])
        // "할 수": 수 after a modifier is what the student can do.
        #expect(record("혼자 해결할 수 있음").allSatisfy { !$0.contains("수를") })
    }

    @Test func adverbsModifiersAndTitlesTakeNoObjectParticle() {
        #expect(record("물건을 빌리면 반드시 돌려주고 약속 시간을 지킴") == ["물건을 빌리면 반드시 돌려주고 약속 시간을 지킴."])
        #expect(record("규칙을 우리끼리 정하자고 제안함") == ["규칙을 우리끼리 정하자고 제안함."])
        #expect(record("소감문에 내가 방관자였던 적은 없었는지 돌아보게 되었다고 씀") == ["소감문에 내가 방관자였던 적은 없었는지 돌아보게 되었다고 씀."])
        let interviews = record("학교 지킴이 선생님, 급식 조리사님, 행정실 주무관님 같은 분들 인터뷰해서 영상으로 만듦")
        #expect(interviews == ["학교 지킴이 선생님, 급식 조리사님, 행정실 주무관님 같은 분들을 인터뷰하여 영상으로 만듦."])
    }

    @Test func aSpokenParticleAfterANoteAgreesWithTheNounBeforeIt() {
        #expect(record("자기 경험(전학 와서 겪은 편견)이랑 연결해서 발표함") == ["자기 경험(전학 와서 겪은 편견)과 연결하여 발표함."])
        #expect(record("실험 도구(비커, 스포이트)랑 시약을 정리함") == ["실험 도구(비커, 스포이트)와 시약을 정리함."])
    }

    @Test func aLengthOfTimeAndAnAdverbTakeNoParticle() {
        #expect(record("교내 학습멘토링 멘토로 1년 참여") == ["교내 학습멘토링 멘토로 1년 동안 참여함."])
        #expect(record("봉사 동아리 활동 참여") == ["봉사 동아리 활동에 참여함."])
        #expect(record("멘토링 일지 24회 꼬박 씀").allSatisfy { !$0.contains("꼬박을") })
    }

    @Test func whereTheStudentGoesTakesEAndAShortNounItsObject() {
        #expect(record("질문하러 교무실 자주 옴") == ["질문하러 교무실에 자주 옴."])
        #expect(record("쉬는 시간마다 도서관 와서 책 읽음") == ["쉬는 시간마다 도서관에 와서 책을 읽음."])
        // An auxiliary 옴 after a doing names no place.
        #expect(record("자료 직접 만들어 옴") == ["자료를 직접 만들어 옴."])
    }

    @Test func aQuotedTopicIsWhatTheStudentWorkedOn() {
        #expect(record("탐구 주제가 '블랙박스 영상으로 구한 순간변화율'이었어요.") == ["'블랙박스 영상으로 구한 순간변화율'을 주제로 탐구함."])
        #expect(Style.convertSentence("발표 제목이 '블랙박스'였어요.") == "발표 제목이 '블랙박스'임.")
        #expect(record("토스 정확도 좋음") == ["토스 정확도가 좋음."])
    }

    @Test func anIrregularAdjectiveClosesOnItsNounForm() {
        #expect(record("학급 친구들의 신뢰가 두텁다.") == ["학급 친구들의 신뢰가 두터움."])
        #expect(Style.isNounEndingInMieum("조리사님") && Style.isNounEndingInMieum("선생님") && !Style.isNounEndingInMieum("다님"))
    }

    @Test func aUniversitysGraduateSchoolGoesWithItsName() throws {
        let notes = "6월 환경의 날 특강에서 서울대 환경대학원 교수님 초청 강연 사회를 맡음."
        let versions = try OfflineEngine().run(try DraftRequest(notes: notes, section: .autonomous))
        for version in versions {
            #expect(!version.text.contains("서울대"), "\(version.text)")
            #expect(!version.text.contains("대학 대학"), "\(version.text)")
            #expect(!version.text.contains("환경대학원"), "\(version.text)")
        }
    }
}
