import Testing
@testable import RecordAgents
import RecordRules

@Suite("Teacher shorthand written out as record prose")
struct ShorthandTests {
    private func record(_ line: String) -> [String] {
        SentenceForms.recordSentences(from: line)
    }

    @Test func aLabelBecomesTheSettingItNames() {
        #expect(record("비평문 쓰기: 웹툰 원작 드라마 각색 문제를 다룸")
            == ["비평문 쓰기 활동에서 웹툰 원작 드라마 각색 문제를 다룸."])
        #expect(record("산화환원 단원 - 철못 부식 실험 설계") == ["산화환원 단원에서 철못 부식 실험 설계함."])
        #expect(record("사회 불평등 단원, 모둠장") == ["사회 불평등 단원에서 모둠장을 맡음."])
        // One 에서 to a sentence: a lesson before a setting of its own is that setting's.
        #expect(record("현대시 단원: 「쉽게 씌어진 시」 감상문에서 화자의 부끄러움을 해석함")
            == ["현대시 단원의 「쉽게 씌어진 시」 감상문에서 화자의 부끄러움을 해석함."])
        // A label with its details in parentheses.
        #expect(record("측정기 만들기 프로젝트 (아두이노, 센서) - 교실 미세먼지를 측정함")
            == ["측정기 만들기 프로젝트(아두이노, 센서)에서 교실 미세먼지를 측정함."])
        // A result label adds nothing.
        #expect(record("결과: 응답자 31%가 주휴수당을 모름") == ["응답자 31%가 주휴수당을 모름."])
    }

    @Test func aTimeOrNounLabelIsWhenOrWhereTheRestHappened() {
        #expect(record("4월 초: 레시피 카드 6종을 만들어 영양소 비율을 표로 정리함")
            == ["4월 초에는 레시피 카드 6종을 만들어 영양소 비율을 표로 정리함."])
        #expect(record("자기소개 스피치: 취미와 장래희망을 1분 30초 동안 소개함")
            == ["자기소개 스피치에서 취미와 장래희망을 1분 30초 동안 소개함."])
        // The day after a label goes as it does at a line's start; a noun form closes the line.
        #expect(record("갈등 상황: 4/25 두 친구 말다툼 때 양쪽 말 따로 들어주고 조용히 쌤한테 알림")
            == ["갈등 상황에서 두 친구 말다툼 때 양쪽 말 따로 들어주고 조용히 선생님께 알림."])
        // A label over what is no sentence stays a label: nothing is made up to fill it.
        #expect(record("자기소개 스피치: 취미, 가족").allSatisfy { !$0.contains("에서") })
    }

    @Test func questionsSurveysAndQualitiesAreSaidAsARecordSaysThem() {
        #expect(record("직업인 특강 듣고 질문 2개 — \"현장에서 학생 의견 반영한 적 있나요?\"")
            == ["직업인 특강을 듣고 \"현장에서 학생 의견 반영한 적 있나요?\" 등 질문 2개를 함."])
        #expect(record("수업 중 질문 \"왜 그런가요?\"") == ["수업 중 \"왜 그런가요?\"라는 질문을 함."])
        #expect(record("릴레이 끝나고 반 설문 돌림") == ["릴레이 끝나고 반 설문 조사를 실시함."])
        #expect(record("아이 이름 대신 이니셜로 쓰는 배려") == ["아이 이름 대신 이니셜로 쓰는 배려를 보임."])
        #expect(record("학급 부회장 출마해서 당선") == ["학급 부회장 출마하여 당선됨."])
        // The student chose the topic: no passive.
        #expect(record("탐구 주제 선정") == ["탐구 주제를 선정함."])
        #expect(record("교사 직업 탐구: '교권과 학생 인권의 균형' 주제 (설문 37명)")
            == ["교사 직업 탐구에서 '교권과 학생 인권의 균형'(설문 37명)을 주제로 탐구함."])
        #expect(record("지역아동센터에서 초등생 수학 멘토링 주 1회") == ["지역아동센터에서 초등생 수학 멘토링을 주 1회 함."])
        #expect(record("모둠 토론에서 순자 측") == ["모둠 토론에서 순자 측을 맡음."])
        #expect(record("건축가 특강 듣고 질문 2개: 공사비를 얼마나 올리나, 국내 법규상 기준은?")
            == ["건축가 특강을 듣고 '공사비를 얼마나 올리나', '국내 법규상 기준은?' 등 질문 2개를 함."])
        #expect(record("본인도 알람 3개 맞춘다고") == ["본인도 알람 3개 맞춘다고 함."])
        #expect(record("4월 운동량 보존 수업 중 질문: '로켓은 어떻게 가요?' 좋은 질문")
            == ["4월 운동량 보존 수업 중 '로켓은 어떻게 가요?'라는 질문을 함."])
        #expect(record("\"쌤 이거 경로당에도 쓸 수 있어요?\"") == ["\"쌤 이거 경로당에도 쓸 수 있어요?\"라고 질문함."])
        #expect(record("1인 1역: 학급 도서를 관리") == ["1인 1역으로 학급 도서를 관리함."])
        #expect(record("『Wonder』 원서 읽고 인물별 'empathy map' 그려 제출") == ["『Wonder』 원서 읽고 인물별 'empathy map' 그려 제출함."])
        #expect(record("골목 3곳 직접 걸으며 턱 높이 재 옴(줄자로 최대 18cm)") == ["골목 3곳 직접 걸으며 턱 높이(줄자로 최대 18cm) 재 옴."])
        #expect(record("뒤샹 <샘> 보고 반박 글 A4 한 장") == ["뒤샹 <샘> 보고 반박 글을 A4 한 장 분량으로 씀."])
        #expect(record("미술 제도 비판까지 언급") == ["미술 제도 비판까지 언급함."])
        #expect(record("친구들 대상 '불편한 교실 공간' 설문 22명") == ["친구들 대상 '불편한 교실 공간' 설문 조사를 22명에게 실시함."])
        // One word of praise in parentheses is the teacher's verdict.
        #expect(SentenceCleaner.withoutTeachersAsides("교차조사 때 상대 통계의 표본 수를 따져 물음(예리함)") == "교차조사 때 상대 통계의 표본 수를 따져 물음")
        #expect(SentenceCleaner.withoutTeachersAsides("실험을 3회 반복함(총 40분)") == "실험을 3회 반복함(총 40분)")
    }

    @Test func slangForPuttingToUseIsWrittenOut() {
        #expect(record("익힌 3D 모델링을 거치대 설계에 써먹음") == ["익힌 3D 모델링을 거치대 설계에 활용함."])
        // The student's own words stay as said.
        #expect(record("'애니 보면서 외웠어요'라고 말함") == ["'애니 보면서 외웠어요'라고 말함."])
        #expect(record("애니 대사로 단어를 외움") == ["애니메이션 대사로 단어를 외움."])
        #expect(record("본인 왈 '애니 보면서 외웠어요'라고 말함") == ["본인 '애니 보면서 외웠어요'라고 말함."])
    }

    @Test func readingListsAndHopesBecomeSentences() {
        #expect(record("읽은 책: 『침묵의 봄』, 『지구를 위한다는 착각』") == ["『침묵의 봄』, 『지구를 위한다는 착각』을 읽음."])
        #expect(record("읽은 책: 『정의란 무엇인가』(마이클 샌델), 『90년생이 온다』")
            == ["『정의란 무엇인가』(마이클 샌델), 『90년생이 온다』를 읽음."])
        #expect(record("진로 희망: 환경공학자") == ["환경공학자를 희망함."])
        #expect(record("간호사 희망") == ["간호사를 희망함."])
        // A reading label over more than titles names the activity.
        #expect(record("진로 독서: 『나는 간호사, 사람입니다』 읽고 독후감 씀")
            == ["『나는 간호사, 사람입니다』를 읽고 독후감을 씀."])
    }

    @Test func whatTheTeacherSawIsWhatTheStudentShowed() {
        #expect(record("친구 옆에서 문장 구조 설명해 주는 모습 여러 번 봤어요") == ["친구 옆에서 문장 구조를 설명해 주는 모습을 여러 번 보임."])
        // A thing looked at is no observation of the student.
        #expect(record("실험 모습 사진을 봤음") == ["실험 모습 사진을 봄."])
        #expect(record("점심시간에 연습하는 거 여러 번 봄.") == ["점심시간에 연습하는 모습을 여러 번 보임."])
        #expect(record("처음으로 큰 소리로 응원하는 것도 봄.") == ["처음으로 큰 소리로 응원하는 모습도 보임."])
        #expect(record("실험 영상을 봄.") == ["실험 영상을 봄."])
    }

    @Test func aShortNegationIsWrittenLong() {
        #expect(record("2학기엔 한 번도 안 늦음") == ["2학기에는 한 번도 늦지 않음."])
        #expect(record("어려운 문제도 포기 안 함") == ["어려운 문제도 포기하지 않음."])
        #expect(record("화분 물주기 한 번도 안 빠짐") == ["화분 물주기 한 번도 빠지지 않음."])
    }

    @Test func theStudentsOwnWordsStayTheirs() {
        #expect(record("본인은 경찰이 꿈이래요") == ["본인은 경찰이 꿈이라고 함."])
        #expect(record("시를 써서 학급 문집에 실었다") == ["시를 써서 학급 문집에 실음."])
    }

    @Test func spokenParticlesAreWritten() {
        #expect(record("수학적 귀납법 증명을 친구들한테 설명해 줌") == ["수학적 귀납법 증명을 친구들에게 설명해 줌."])
        #expect(record("구체적인 칭찬이랑 개선점을 적어 줌") == ["구체적인 칭찬과 개선점을 적어 줌."])
        #expect(record("용존산소랑 전해질을 함께 고려함") == ["용존산소와 전해질을 함께 고려함."])
        #expect(record("처음엔 결론이 한 줄이었는데 2학기엔 오차 원인을 정리해서 씀")
            == ["처음에는 결론이 한 줄이었으나 2학기에는 오차 원인을 정리하여 씀."])
        #expect(record("금요일 잔반이 제일 많음") == ["금요일 잔반이 가장 많음."])
        #expect(record("친구 말을 듣는 거 잘함") == ["친구 말을 듣는 것을 잘함."])
        // Nouns that end like a particle stay.
        #expect(record("가족에 대한 사랑을 시로 표현함") == ["가족에 대한 사랑을 시로 표현함."])
        // Quoted words are the speaker's own.
        #expect(record("'친구랑 같이 하면 쉬워요'라고 말함") == ["'친구랑 같이 하면 쉬워요'라고 말함."])
    }

    @Test func signsBecomeTheWordsTheyStandFor() {
        #expect(record("버블정렬 vs 선택정렬 비교횟수를 직접 셈") == ["버블정렬과 선택정렬 비교횟수를 직접 셈."])
        #expect(record("근거 두 개 + 반론 재반박 구조로 씀") == ["근거 두 개와 반론 재반박 구조로 씀."])
        // After a number, the particle of how it is read.
        #expect(record("운동장 vs 주차장 기온(31.2도 vs 34.8도)을 측정함") == ["운동장과 주차장 기온(31.2도와 34.8도)을 측정함."])
        #expect(record("기온 31.2 vs 34.8 비교함") == ["기온 31.2와 34.8 비교함."])
        #expect(record("HTML + CSS 구조를 정리함") == ["HTML과 CSS 구조를 정리함."])
    }

    @Test func aRoleTheTeacherGaveIsOneTheStudentTook() {
        #expect(record("5월부터 병뚜껑 수거 담당 줘봄") == ["5월부터 병뚜껑 수거 담당을 맡음."])
        #expect(record("5월 리그전부터 조장 맡김") == ["5월 리그전부터 조장을 맡음."])
        // A background clause goes on; only a start set against what followed turns.
        #expect(record("자료 정리 맡았는데 정리본이 깔끔해서 친구들이 참고함") == ["자료 정리를 맡았고 정리본이 깔끔하여 친구들이 참고함."])
        #expect(record("처음엔 발표를 어려워했는데 2학기엔 먼저 손 듦").first?.contains("어려워했으나") == true)
    }

    @Test func summaryHeadingsAndTicksAddNothing() {
        #expect(record("성격: 유머 있고 잘 웃음") == ["유머가 있고 잘 웃음."])
        #expect(record("학급 '디지털 도우미' 자처: 접속 안 되는 친구들 도와줌") == ["학급 '디지털 도우미'를 자처하여 접속 안 되는 친구들을 도와줌."])
        #expect(record("지각 2회로 줄음") == ["지각 2회로 줄어듦."])
        #expect(record("연기 나서 중단") == ["연기 나서 중단함."])
        #expect(NonRecordSentences.isAttendanceTally("결석 0, 지각 1(병원)."))
        #expect(!NonRecordSentences.isAttendanceTally("1학기 지각 9회."))
        #expect(!NonRecordSentences.isAttendanceTally("학급 문고를 정리함."))
    }

    @Test func aClauseClosedMidLineJoinsTheNext() {
        #expect(record("각색 문제 다룸, 원작과 비교하는 기준을 세움") == ["각색 문제를 다루며 원작과 비교하는 기준을 세움."])
        #expect(record("분리수거 구역 맡음, 끝나고 남은 쓰레기를 다시 확인함") == ["분리수거 구역을 맡으며 끝나고 남은 쓰레기를 다시 확인함."])
        #expect(record("배추값 폭등 기사 분석, 공급곡선 이동으로 설명함") == ["배추값 폭등 기사를 분석하고 공급곡선 이동으로 설명함."])
        // A list inside parentheses, and a noun that ends like a noun form, stay as they are.
        #expect(record("기준 3개(인물, 갈등, 결말)를 세움") == ["기준 3개(인물, 갈등, 결말)를 세움."])
        #expect(record("풍경 그림, 인물화를 전시함") == ["풍경 그림, 인물화를 전시함."])
    }

    @Test func aBareNounBeforeItsVerbIsMarkedAsItsObject() {
        #expect(record("삼투압 때문일 거라고 가설 세우고 교과서 밖 자료 찾아봄")
            == ["삼투압 때문일 것이라고 가설을 세우고 교과서 밖 자료를 찾아봄."])
        #expect(record("조원들 앞에서 그래프 그려 설명, 질문 받음") == ["조원들 앞에서 그래프를 그려 설명하고 질문을 받음."])
        // Not a verb before a verb, a count, an adverb, a nominalised verb, or a compound of action nouns.
        #expect(record("기준 3개를 세워서 씀") == ["기준 3개를 세워서 씀."])
        #expect(record("한 줄씩 적어 줌") == ["한 줄씩 적어 줌."])
        #expect(record("축 단위 꼼꼼히 씀") == ["축 단위를 꼼꼼히 씀."])
        #expect(record("역사 신문 만들기에서 지도를 그림") == ["역사 신문 만들기에서 지도를 그림."])
        #expect(record("표현하려고 했다고 설명함") == ["표현하려고 했다고 설명함."])
        #expect(record("목성 위성 관측 스케치함") == ["목성 위성 관측 스케치함."])
        // A noun a clause modifies, before where the verb put it, is the verb's object; a time is not.
        #expect(record("점화식에서 일반항 유도하는 과정 칠판에 단계별로 설명") == ["점화식에서 일반항을 유도하는 과정을 칠판에 단계별로 설명함."])
        #expect(record("반응식 계수 맞추는 거 모둠원들한테 알려줌") == ["반응식 계수 맞추는 것을 모둠원들에게 알려줌."])
        #expect(record("쉬는 시간 교실에서 정리함") == ["쉬는 시간 교실에서 정리함."])
        #expect(record("2학기 들어 표정 밝아짐, 웃음 많아짐, 쉬는 시간에 친구들과 보드게임 함")
            == ["2학기 들어 표정 밝아지며 웃음이 많아지고 쉬는 시간에 친구들과 보드게임 함."])
        #expect(record("수정 후 2차 지필에선 틀리지 않음") == ["수정 후 2차 지필에서는 틀리지 않음."])
        // A list of fields closed by its head noun is no run of doings.
        #expect(record("그 뒤 조경, 동물 보호, 식품 분야의 직업 카드를 찾아 비교표를 만듦") == ["그 뒤 조경, 동물 보호, 식품 분야의 직업 카드를 찾아 비교표를 만듦."])
        #expect(record("지시약 양, 플라스크 흔드는 속도 등으로 나눠서 정리함") == ["지시약 양, 플라스크 흔드는 속도 등으로 나눠서 정리함."])
        #expect(record("친구들 사이 갈등 있을 때 중재 잘 함") == ["친구들 사이 갈등 있을 때 중재를 잘 함."])
        #expect(record("색 변화 원인을 전자 이동으로 설명 잘함") == ["색 변화 원인을 전자 이동으로 설명을 잘함."])
        // A time placed by 다음 says when; 보다 after a verb is trying, not a report; a quality said of
        // the doing makes it the subject.
        #expect(record("답 찾아서 다음 시간 공유함") == ["답을 찾아서 다음 시간에 공유함."])
        #expect(record("뉴스 원고 녹음해서 스스로 들어보고 고침") == ["뉴스 원고를 녹음하여 스스로 들어보고 고침."])
        #expect(record("교차조사에서 상대 논리 허점 짚는거 날카로움") == ["교차조사에서 상대 논리 허점 짚는 것이 날카로움."])
    }

    @Test func signsANoteListsWithAreTheRecordsPunctuation() {
        #expect(record("역학적 에너지 보존 실험 - 수레 출발 높이 20cm/40cm/60cm 바꿔가며 속력 측정")
            == ["역학적 에너지 보존 실험에서 수레 출발 높이 20cm, 40cm, 60cm 바꿔가며 속력을 측정함."])
        #expect(record("조선 수군 vs 일본 수군 배 구조 비교 자료 만듦 (판옥선/안택선)")
            == ["조선 수군과 일본 수군 배 구조 비교 자료(판옥선·안택선)를 만듦."])
        #expect(record("베이킹소다+구연산 비율 바꿔 가며 세정력 비교함") == ["베이킹소다와 구연산 비율을 바꿔 가며 세정력을 비교함."])
        // A unit, a pair of single letters and a fraction are no lists.
        #expect(record("속도 단위 m/s로 통일함") == ["속도 단위 m/s로 통일함."])
        #expect(record("O/X 퀴즈 만들어 냄") == ["O/X 퀴즈를 만들어 냄."])
    }

    @Test func datesQuestionsAndCountsAreWrittenAsTheRecordSaysThem() {
        // A date written with dots goes as one written with a slash does; a value stays.
        #expect(record("04.22 자기 가설 세움") == ["자기 가설을 세움."])
        #expect(record("2025.04.08 산화환원 실험 보고서 작성함") == ["산화환원 실험 보고서를 작성함."])
        #expect(record("3.5 배율로 확대해 관찰함") == ["3.5 배율로 확대해 관찰함."])
        // A question in the student's words, without quotes, is the question asked.
        #expect(record("아연판으로 바꾸면 반응속도 달라지나?") == ["'아연판으로 바꾸면 반응속도 달라지나?'라고 질문함."])
        // A month before a reading label is when the book was read; a title read takes its particle.
        #expect(record("10월 독서 연계: 『아몬드』 읽고 서술 방식 분석") == ["10월에 『아몬드』를 읽고 서술 방식을 분석함."])
        #expect(record("진로독서: 『숨결이 바람 될 때』 읽고 의료 소통을 정리함")
            == ["진로독서 활동으로 『숨결이 바람 될 때』를 읽고 의료 소통을 정리함."])
        // Things counted take the particle their verb asks for; times counted do not.
        #expect(record("피드백 후 통계 근거 2개 보강해서 재제출") == ["피드백 후 통계 근거 2개를 보강하여 재제출함."])
        #expect(record("교과서 3번 읽고 요약함") == ["교과서 3번 읽고 요약함."])
    }

    @Test func spokenJointsAndHearsayAreWrittenOut() {
        #expect(record("다른 모둠이 질문하니까 시어 배치표 그려서 설명함") == ["다른 모둠이 질문하자 시어 배치표를 그려서 설명함."])
        // A state that fell short, then what changed it, turns.
        #expect(record("초안 반론 부분 약했는데 피드백 후 통계 근거 보강함") == ["초안 반론 부분 약했으나 피드백 후 통계 근거를 보강함."])
        #expect(record("에세이 문단 연결 약했는데, 연결어 목록 만들어서 고침") == ["에세이 문단 연결 약했으나 연결어 목록을 만들어서 고침."])
        // A doing before 는데 goes on to what followed it: no contrast is invented.
        #expect(record("이를 바탕으로 패러디 시를 창작하였는데 진로 고민을 솔직하게 담아냈다")
            == ["이를 바탕으로 패러디 시를 창작하였고 진로 고민을 솔직하게 담아냄."])
        #expect(record("숫자 카드로 직접 시연해 보여줬는데 친구들 반응이 좋았어요") == ["숫자 카드로 직접 시연해 보여줬고 친구들 반응이 좋음."])
        #expect(record("혈압 측정 실습을 할 때 손이 떨렸는데 집에서 연습함") == ["혈압 측정 실습을 할 때 손이 떨렸으나 집에서 연습함."])
        #expect(record("혈압 측정 실습 해봤는데 실수가 많았음") == ["혈압 측정 실습 해봤으나 실수가 많았음."])
        #expect(record("잘 안 알려진 독립운동가라서 골랐대") == ["잘 안 알려진 독립운동가라서 골랐음."])
        // The teacher's feedback and what the teacher saw or expected are the student's record.
        #expect(record("짝에게 먼저 말할 기회를 주라고 피드백하여 이후 질문을 던지는 쪽으로 바뀜")
            == ["짝에게 먼저 말할 기회를 주라는 피드백을 받고 이후 질문을 던지는 쪽으로 바뀜."])
        #expect(record("2학기 축제 때 역할을 표로 나눠서 맡기는 것을 보고 많이 성장함") == ["2학기 축제 때 역할을 표로 나눠서 맡기며 많이 성장함."])
        #expect(record("진로 발표 때 자기가 그린 만화를 보여주며 생각보다 말을 잘함") == ["진로 발표 때 자기가 그린 만화를 보여주며 말을 잘함."])
        // Two nouns joined by 랑 are no classmate; the class is named once.
        #expect(record("신문 기사 3개 제목이랑 첫 문단 비교표 만듦") == ["신문 기사 3개 제목과 첫 문단 비교표를 만듦."])
        #expect(record("학급 단톡 공지문을 고쳐 씀") == ["학급 단체 대화방 공지문을 고쳐 씀."])
        #expect(record("아침 교실 창문 여는 거 1년 내내 자발적으로 함") == ["아침 교실 창문 여는 것을 1년 내내 자발적으로 함."])
    }

    @Test func aCountAfterTheDoingIsTheNumberOfItsThings() {
        #expect(record("학교폭력 예방 캠페인 때 피켓 문구 모아서(29개) 게시판 꾸밈") == ["학교폭력 예방 캠페인 때 피켓 문구 29개를 모아서 게시판을 꾸밈."])
        // People counted are whom it was done with.
        #expect(record("설문지 돌려서(32명) 결과 정리함") == ["설문지를 돌려서(32명) 결과를 정리함."])
        #expect(record("예산 초과돼서 견적 두 개 비교함") == ["예산 초과되어 견적 두 개 비교함."])
        #expect(record("한빛 토론회에 반 대표로 나감") == ["한빛 토론회에 반 대표로 참가함."])
    }

    @Test func objectsAcrossNotesAndMannerWordsAndSidesTaken() {
        #expect(record("3월 독서단원 『아몬드』(손원평) 읽고 모둠 토의에서 말함") == ["3월 독서단원 『아몬드』(손원평)를 읽고 모둠 토의에서 말함."])
        #expect(record("후배들 실험 안전교육 자료 직접 만들어서 설명함") == ["후배들 실험 안전교육 자료를 직접 만들어서 설명함."])
        #expect(record("가계도 문제 설명해주는 역할 자주 맡음") == ["가계도 문제를 설명해주는 역할을 자주 맡음."])
        #expect(record("생명윤리 토론(유전자 편집 아기) 반대측, 우생학 역사 사례 들어 논증함")
            == ["생명윤리 토론(유전자 편집 아기)에서 반대측을 맡아 우생학 역사 사례 들어 논증함."])
        // What the student proposed is adopted by others; the teacher's verdict on a doing is the doing.
        #expect(record("'생활 속 화학' 주제 8개 제안하고 그중 5개 채택함") == ["'생활 속 화학' 주제 8개를 제안하고 그중 5개 채택됨."])
        #expect(record("화자 논지를 3문장으로 압축하는 거 잘함") == ["화자 논지를 3문장으로 압축함."])
    }

    @Test func spokenJointsAndResultsAreWrittenAsTheRecordSaysThem() {
        #expect(record("구간 속력 직접 계산, 이론값보다 8~12% 작게 나옴") == ["구간 속력을 직접 계산한 결과 이론값보다 8~12% 작게 나옴."])
        #expect(record("연체 많은 책 목록 뽑아서 코너 만들었더니 대출 늘어남") == ["연체 많은 책 목록을 뽑아서 코너를 만들자 대출이 늘어남."])
        #expect(record("9V에서 전극이 부식돼서 값 튀는 것 발견함") == ["9V에서 전극이 부식되어 값 튀는 것 발견함."])
        #expect(record("밴드부 박자감 매우 좋음") == ["밴드부 박자감이 매우 좋음."])
        #expect(record("상담 후 본인이 알람 3개 맞추고 5월 이후 지각 0") == ["상담 후 알람 3개 맞추고 5월 이후 지각하지 않음."])
    }

    @Test func theStudentCalled애IsNoClassmate() {
        #expect(record("애가 진짜 밝아요") == ["매우 밝음."])
        #expect(record("다른 애가 발표할 때 질문함") == ["다른 친구가 발표할 때 질문함."])
    }

    @Test func aWorkNamedAloneIsAWorkMade() {
        #expect(record("진로 포트폴리오: 기획서 2편(퍼즐 게임, 교육용 역사 게임)")
            == ["진로 포트폴리오 활동에서 기획서(퍼즐 게임, 교육용 역사 게임) 2편을 작성함."])
        #expect(record("2학기(고무판) 판화") == ["2학기(고무판) 판화를 제작함."])
        // A work the line already says was made, or a thing that is no work, stays what it is.
        #expect(record("직접 만든 보고서임") == ["직접 만든 보고서임."])
        #expect(record("학급 신문 기사") == ["학급 신문 기사임."])
    }

    @Test func whatWasHeardOrSeenIsSaidAsTheRecordSaysIt() {
        #expect(record("장면 전환 32개를 다 정리했더라고요") == ["장면 전환 32개를 다 정리함."])
        #expect(record("끝나고 본인이 먼저 사과했대요") == ["끝나고 본인이 먼저 사과함."])
        #expect(record("결국 그걸로 갔어요") == ["결국 그것으로 감."])
    }

    @Test func aLineEndingInAQuoteSaysItWasSaid() {
        #expect(record("상담 때 \"식물은 알아서 자라서 좋아요\"") == ["상담 때 \"식물은 알아서 자라서 좋아요\"라고 말함."])
        #expect(record("발표 주장 \"하천을 펴면서 홍수가 잦아졌다\"") == ["발표에서 \"하천을 펴면서 홍수가 잦아졌다\"라고 주장함."])
        #expect(record("소감: \"만드는 사람이 되고 싶다\"") == ["\"만드는 사람이 되고 싶다\"라는 소감을 밝힘."])
    }

    @Test func labelsNameCausesPlansAndChangedHopes() {
        #expect(record("오차 원인: 감자 조각 크기 불균일") == ["감자 조각 크기 불균일을 오차 원인으로 꼽음."])
        #expect(record("전기 절약 캠페인 기획: 쉬는 시간 소등, 빈 교실 멀티탭 OFF")
            == ["전기 절약 캠페인(쉬는 시간 소등, 빈 교실 멀티탭 OFF)을 기획함."])
        #expect(record("진로 희망: 약사에서 신약 개발 연구원으로 구체화") == ["진로 희망을 약사에서 신약 개발 연구원으로 구체화함."])
        #expect(record("축제 부스: 로봇 체험 운영") == ["축제 부스에서 로봇 체험 운영함."])
        #expect(record("라인트레이서 - 센서 값이 튀자 필터를 적용함") == ["라인트레이서에서 센서 값이 튀자 필터를 적용함."])
    }

    @Test func aQuoteAfterItsVerbGoesBeforeIt() {
        #expect(record("반 대표로 포스터 문구 정함 '말 한마디가 ~'") == ["반 대표로 포스터 문구 '말 한마디가…'를 정함."])
    }

    @Test func aNoteInParenthesesGoesNextToWhatItDescribes() {
        #expect(record("규칙 설명 자료를 직접 만들어 옴 (그림 포함)") == ["규칙 설명 자료(그림 포함)를 직접 만들어 옴."])
        #expect(record("어휘 공책 꾸준히 씀 (한자어 뜻 풀이)") == ["어휘 공책(한자어 뜻 풀이)을 꾸준히 씀."])
        #expect(record("학년 대상 설문조사 (87명 응답)") == ["학년 대상으로 설문조사함(87명 응답)."])
    }

    @Test func aRoleAChoosingOrASideIsWhatTheStudentTookOrWasGiven() {
        // 사회 after a meeting is its chair; a role chosen for the student is said in the passive.
        #expect(record("학급회의 사회") == ["학급회의에서 사회를 맡음."])
        #expect(record("3월 반장 선출") == ["3월 반장으로 선출됨."])
        #expect(record("부회장 당선") == ["부회장으로 당선됨."])
        #expect(record("모둠의 서기") == ["모둠의 서기를 맡음."])
        #expect(record("토론에서 반대 입장") == ["토론에서 반대 입장을 맡음."])
        // 사회 alone, or after a subject, stays the subject: no role is invented.
        #expect(record("2학기 사회") != ["2학기에서 사회를 맡음."])
        #expect(record("최종 학급규칙 6개 확정") == ["최종 학급규칙 6개를 확정함."])
    }

    @Test func whatTheTeacherGaveIsWhatTheStudentReceived() throws {
        let cleaner = SentenceCleaner(checker: RuleChecker(options: try CheckOptions(section: .subject, subject: "국어")))
        let texts = { (line: String) in cleaner.pieces(of: line).compactMap { piece -> String? in if case .text(let text) = piece { text } else { nil } } }
        #expect(texts("피드백 → 5/20 수정본 제출") == ["피드백을 받고 5/20 수정본 제출"])
        #expect(texts("비평문 2편 추천 → 6월에 감상문 A4 2장 가져옴") == ["비평문 2편을 추천받고 6월에 감상문 A4 2장 가져옴"])
        // Given by a classmate, the giver is named.
        #expect(texts("발표 때 친구 질문 → 다시 계산해 옴") == ["발표 때 친구의 질문을 받고 다시 계산해 옴"])
    }

    @Test func anEllipsisInsideAQuestionKeepsItWhole() {
        #expect(record("4/3 수업 중 질문: 'e는 왜 하필 2.718...이에요?'") == ["수업 중 'e는 왜 하필 2.718...이에요?'라는 질문을 함."])
        // An ellipsis before a space still ends what trails off.
        #expect(NotesStructure.sentences(of: "'왜 2.718...이에요?'라고 물음. 결과 좋음.").count == 2)
        #expect(NotesStructure.sentences(of: "실험함... 결과 좋음.").count == 2)
    }

    @Test func nothingButTimesAndCountsIsNoSentence() {
        #expect(NotesReading.saysOnlyWhenAndHowMany("4월(5월 1번) 3번임."))
        #expect(NotesReading.saysOnlyWhenAndHowMany("3월에만 7번."))
        #expect(!NotesReading.saysOnlyWhenAndHowMany("4월에 텃밭 상추를 3번 수확함."))
    }

    @Test func fragmentsNameRolesClubsAndObjects() {
        #expect(record("학급 부회장, 모둠장") == ["학급 부회장과 모둠장을 맡음."])
        #expect(record("과학실험동아리(화학반) 부원") == ["과학실험동아리(화학반) 부원으로 활동함."])
        #expect(record("과학탐구동아리 (생명과학반)") == ["과학탐구동아리(생명과학반)에서 활동함."])
        #expect(record("진화 경로 포스터 제작") == ["진화 경로 포스터를 제작함."])
        #expect(record("노동인권 교육이 필요하다는 결론") == ["노동인권 교육이 필요하다는 결론을 내림."])
        #expect(record("감정노동 부분이 인상 깊었다고 소감문") == ["감정노동 부분이 인상 깊었다고 소감문을 씀."])
        #expect(record("역할: 측정 기록지 양식 만들어 부원들과 공유") == ["측정 기록지 양식을 만들어 부원들과 공유함."])
        #expect(record("역할: 측정 기록 담당") == ["측정 기록을 담당함."])
        #expect(record("비평문 2000자 작성, 근거 인용 꼼꼼") == ["비평문 2000자를 작성하고 근거 인용이 꼼꼼함."])
        #expect(record("학급 분리수거 담당, 1년 내내 빠짐없이 함") == ["학급 분리수거를 담당하고 1년 내내 빠짐없이 함."])
        #expect(record("생명존중 교육 참여, 소감문에 다짐을 적음") == ["생명존중 교육에 참여하고 소감문에 다짐을 적음."])
        #expect(record("하천 용존산소 측정, 4~6월 월 1회") == ["하천 용존산소를 측정함(4~6월 월 1회)."])
        #expect(record("친구 다툼 있을 때 중재 역할") == ["친구 다툼 있을 때 중재 역할을 함."])
        // A setting before the action is no object ("모둠 발표", "상담 후"); the object stands before manner words ("직접").
        #expect(record("모둠 발표") == ["모둠 발표함."])
        #expect(record("5월 상담 후 매주 제출") == ["5월 상담 후 매주 제출함."])
        #expect(record("학생자치회 환경부 차장") == ["학생자치회 환경부 차장을 맡음."])
        #expect(record("보고서 직접 작성") == ["보고서를 직접 작성함."])
    }

    @Test func unitSignsAreWrittenOut() throws {
        let cleaner = SentenceCleaner(checker: RuleChecker(options: try CheckOptions(section: .subject, subject: "지리")))
        #expect(cleaner.prepared("운동장 기온을 측정함 (오후 2시, 34.8℃)") == "운동장 기온을 측정함 (오후 2시, 34.8도)")
        #expect(cleaner.prepared("교실 환기 전후 미세먼지 농도를 측정함 (58 → 21 ㎍/㎥)")?.contains("마이크로그램/세제곱미터") == true)
        // Numbered items in a sentence are a list; a numbered reference keeps its number.
        #expect(cleaner.prepared("기사 3편: ① 잔반 실태 인터뷰 ② 팬덤 문화 ③ 신간 소개") == "기사 3편: 잔반 실태 인터뷰, 팬덤 문화, 신간 소개")
        #expect(cleaner.prepared("②번 초안에서 인용 출처를 밝힘") == "2번 초안에서 인용 출처를 밝힘")
    }

    @Test func aStateInThePastKeepsItsTense() {
        #expect(Style.convertSentence("1학기에는 지각이 많았다.") == "1학기에는 지각이 많았음.")
        #expect(Style.convertSentence("성격이 무뚝뚝해서 오해 받는 일이 있었음") == "성격이 무뚝뚝해서 오해 받는 일이 있었음.")
        // An action, and 했다체's narrative past, take the plain form.
        #expect(Style.convertSentence("처음에는 보고서를 혼자 만들었다.") == "처음에는 보고서를 혼자 만듦.")
        #expect(Style.convertSentence("관심이 있었다") == "관심이 있음.")
    }

    @Test func aQuestionInsideAQuoteEndsNoSentence() {
        let sentences = NotesStructure.sentences(of: "영어 에세이에서 'Should uniforms be abolished?' 반대 입장으로 씀. 근거를 두 개 듦.")
        #expect(sentences == ["영어 에세이에서 'Should uniforms be abolished?' 반대 입장으로 씀.", "근거를 두 개 듦."])
    }

    @Test func aLineClosedAtACommaGoesOnIntoWhatFollows() {
        // A role, then what the student did in it.
        #expect(record("모둠 수학 멘토 역할, 설명할때 그림 그려서 설명하는 편.") == ["모둠 수학 멘토 역할을 맡아 설명할 때 그림을 그려서 설명하는 모습을 보임."])
        // An action with its quote before it is a doing, even when a head noun opens what follows.
        #expect(record("젖산균 증식 때문이라고 추론, 관련 자료 찾아봄") == ["젖산균 증식 때문이라고 추론하고 관련 자료를 찾아봄."])
        // An activity named by a verb's 기 form is where the rest happened.
        #expect(record("3·1운동 지역별 전개 지도 만들기, 우리 지역 만세운동 기록 찾아서 추가함")
            == ["3·1운동 지역별 전개 지도 만들기 활동에서 우리 지역 만세운동 기록을 찾아서 추가함."])
        // 냄 closes a clause as 씀 and 함 do; 아이디어 is a noun that ends like an infinitive.
        #expect(record("교실 뒷판 '우리 반 한 해 사진첩' 아이디어 냄, 친구들 사진 모아서 직접 배치함.")
            == ["교실 뒷판 '우리 반 한 해 사진첩' 아이디어를 내며 친구들 사진을 모아서 직접 배치함."])
        // A list closed by its head noun stays a list.
        #expect(record("환경, 에너지 관련 자료 조사함") == ["환경, 에너지 관련 자료를 조사함."])
    }

    @Test func aLabelThatIsARoleOrWhatCameAfterIsNoSetting() {
        #expect(record("학급 환경부장: 분리수거 요일표 만듦") == ["학급 환경부장을 맡아 분리수거 요일표를 만듦."])
        #expect(record("후속: 비교 서평 1,500자 작성") == ["후속 활동으로 비교 서평 1,500자 작성함."])
        #expect(record("그 외: 친구들 사이에 인기 많음") == ["친구들 사이에 인기가 많음."])
    }
}
