import Testing
@testable import RecordRules

@Suite("Negative wording and expectations")
struct NegativeWordingTests {
    static func negative(_ text: String, section: Section = .behavior) throws -> [RuleChecker.ClauseAssessment.Finding] {
        try ContentFindings.checker(section: section).assess(text).wording.filter { $0.violation.category == .negativeWording }
    }

    /// Each observation, the words reported, and the aspect a draft may name instead.
    static let observations: [(String, String, String)] = [
        ("과제 제출이 늦는 편임", "늦는", "과제 제출 기한 관리"),
        ("영어 문장 구조는 단순한 편인데 내용 구성이 논리적임", "문장 구조는 단순한", "다양한 문장 표현"),
        ("과제를 늦게 냄", "늦게", "과제 제출 기한 관리"),
        ("제출이 늦었음", "늦었음", "과제 제출 기한 관리"),
        ("등교 시간이 늦어 지도를 받음", "늦어", "규칙적인 생활 습관"),
        ("발표할 때 목소리가 작아 잘 들리지 않음", "작아", "발표 전달력"),
        ("작은 목소리로 발표함", "작은", "발표 전달력"),
        ("지각이 잦음", "지각이", "규칙적인 생활 습관"),
        ("수업 중 자주 졸음", "졸음", "수업 집중"),
        ("수업 시간에 엎드려 자는 경우가 많음", "엎드려 자는", "수업 집중"),
        ("친구와 자주 다툼", "다툼", "갈등 조정"),
        ("모둠 활동에서 소극적인 모습을 보임", "소극적인", "모둠 활동 참여"),
        ("수업 중 산만함", "산만함", "수업 집중"),
        ("발표할 때 전달력이 떨어짐", "떨어짐", "전달력"),
        ("수업 집중도가 떨어짐", "떨어짐", "수업 집중도"),
        ("집중력이 부족함", "집중력이 부족함", "집중력"),
        ("연습 부족으로 실수함", "부족으로", "연습"),
        ("과제 완성도가 미흡함", "미흡함", "과제 완성도"),
        ("수학 개념 이해에 어려움을 겪음", "어려움을 겪음", "개념 이해"),
        ("과제를 제출하지 않음", "제출하지 않음", "과제 제출 기한 관리"),
        ("친구들과 어울리지 못함", "못함", "친구들과 어울리기"),
        ("발표를 제대로 하지 못함", "못함", "발표"),
        ("준비물을 챙기지 못하는 경우가 잦음", "챙기지 못하는", "준비물 챙기기"),
        ("숙제를 자주 잊어버림", "자주 잊어버림", "과제 관리"),
        ("실수가 잦음", "실수가 잦음", "꼼꼼한 검토 습관"),
        ("발음이 부정확함", "부정확함", "발음"),
        ("수업 분위기를 방해함", "방해함", "수업 참여 태도"),
        ("에세이 과제를 두 번이나 기한을 넘겨 냄", "기한을 넘겨", "과제 제출 기한 관리"),
        ("보고서 마감을 지키지 못함", "마감을 지키지 못함", "과제 제출 기한 관리"),
        ("수업 중 휴대폰 사용으로 두 번 지도받음", "휴대폰 사용으로", "수업 집중"),
        ("수업 태도 문제로 여러 차례 지도를 받음", "지도를 받음", "바른 생활 태도"),
        ("조용하지만 관찰력이 좋음", "조용하지만", "자신의 생각 표현"),
        ("수줍음이 많아 발표를 망설임", "수줍음이 많아", "자신의 생각 표현"),
        ("팀 경기에서 공을 거의 안 받으려 함", "안 받으려", "적극적인 참여"),
        ("뒤에 서 있기만 함", "있기만", "적극적인 참여"),
        ("서술형에서 감점이 많았음", "감점이 많았음", "서술형"),
        ("성격이 무뚝뚝해서 오해를 받는 일이 있었음", "무뚝뚝해서", "친구들과의 소통"),
        ("처음엔 들여쓰기 오류 많았음", "오류 많았음", "꼼꼼한 검토 습관"),
        // A connective ends the clause: what follows is not what 적지만 describes.
        ("말수 적지만 친구 이야기를 끝까지 들어 줌", "말수 적지만", "자신의 생각 표현"),
        ("잠이 와서 두 번 깨움", "깨움", "수업 집중"),
        ("대본 읽기 모임은 세 번 빠짐", "빠짐", "꾸준한 참여"),
        ("과제 제출 거의 안 함", "거의 안 함", "과제 제출 기한 관리"),
        ("가타카나 혼동", "혼동", "정확한 구분"),
        ("리허설 때 선배랑 좀 부딪혔는데 사과함", "부딪혔는데", "갈등 조정"),
        ("같은반 친구와 말다툼 크게 해서 담임이 중재함", "말다툼", "갈등 조정"),
        ("싫은 소리 못하는 편", "싫은 소리 못하는", "자신의 의견 표현"),
        // Behaviour described without a label word.
        ("발표 시키면 대답 안 하고 고개 숙임", "대답 안", "발표 자신감"),
        ("모둠 활동에서 거의 말 안 함", "말 안 함", "적극적인 의견 표현"),
        ("맡은 거 안 해서 다른 친구들이 대신함", "안 해서", "맡은 역할 수행"),
        ("완성도에 신경 쓰다가 마감을 못 맞추는 편임", "못 맞추는", "과제 제출 기한 관리"),
        ("실험 후 뒷정리 소홀", "소홀", "뒷정리 습관"),
        ("처음엔 모임 자주 빠지고 편집을 미룸", "빠지고", "꾸준한 참여"),
        // Said plainly, as the last readings found them passing.
        ("실험 보고서 지각 제출 2번 있었음", "지각 제출", "과제 제출 기한 관리"),
        ("발표 시키면 얼굴 빨개짐", "얼굴 빨개짐", "발표에 대한 자신감"),
        ("솔까 학기초엔 문제 많았음", "문제 많았음", "생활 규칙 준수"),
        ("친구들 사이에서 좀 겉도는 느낌", "겉도는", "친구들과 어울리기"),
        ("원고 보고 읽는 버릇은 아직 남아있음", "보고 읽는 버릇은", "원고에 기대지 않는 발표"),
        ("스마트폰 만지다 걸림", "만지다 걸림", "생활 규칙 준수"),
        ("진로 발표 때 자료는 좋은데 말이 너무 빨랐음", "말이 너무 빨랐음", "청중을 배려한 말하기 속도"),
    ]

    @Test("a negative observation is a warning with its aspect", arguments: observations)
    func observation(_ example: (String, String, String)) throws {
        let finding = try #require(try Self.negative(example.0).first, "\(example.0)")
        #expect(finding.violation.severity == .warn)
        #expect(finding.violation.excerpt == example.1, "\(example.0)")
        #expect(finding.rephrasing == .expectation(aspect: example.2), "\(example.0)")
        #expect(finding.violation.suggestion == Expectation.sentence(aspect: example.2))
    }

    @Test func anExpectationNamesTheAspectWithTheRightParticle() {
        #expect(Expectation.sentence(aspect: "발표 전달력") == "발표 전달력을 보완한다면 더욱 성장할 것으로 기대됨.")
        #expect(Expectation.sentence(aspect: "과제 관리") == "과제 관리를 보완한다면 더욱 성장할 것으로 기대됨.")
    }

    @Test func aRecordedChangeIsWhatTheSuggestionKeeps() throws {
        let finding = try #require(try Self.negative("처음에는 발표를 어려워했으나 점차 자신감을 얻음").first)
        #expect(finding.violation.suggestion?.contains("점차") == true)
        #expect(finding.rephrasing == .expectation(aspect: "발표"))
    }

    @Test func noFindingInventsAPositive() throws {
        for text in ["수업 중 산만함", "소극적인 태도를 보임", "과제 제출이 늦음"] {
            let finding = try #require(try Self.negative(text).first)
            #expect(finding.violation.suggestion?.hasSuffix("더욱 성장할 것으로 기대됨.") == true, "\(text)")
        }
    }

    /// Praise, effort, someone else, a topic, and words that only look negative.
    static let notNegative = [
        "떨어진 낙엽을 관찰함.",
        "물체를 떨어뜨려 낙하 속도를 측정함.",
        "물체가 떨어지는 속도를 측정함.",
        "늦은 시간까지 남아 연습함.",
        "늦게까지 남아 실험을 마무리함.",
        "과제를 늦지 않게 제출함.",
        "어려운 문제도 포기하지 않고 끝까지 해결함.",
        "실수를 두려워하지 않고 질문함.",
        "어려움을 겪는 친구에게 먼저 다가가 도움을 줌.",
        "발표를 어려워하는 친구에게 요령을 알려 줌.",
        "자원 부족 문제를 해결하는 방안을 탐구함.",
        "물 부족 현상의 원인을 분석함.",
        "집중력이 떨어지는 원인을 조사하여 공부 계획을 세움.",
        "갈등 구조를 중심으로 소설을 분석함.",
        "친구 간 다툼을 중재함.",
        "친구 다툼 있을 때 중재 역할을 함.",
        "학급 화분 물 주기는 3월부터 12월까지 한 번도 안 빠짐.",
        "혼동하기 쉬운 개념을 표로 정리함.",
        "감상문에 \"처음엔 지루해서 못 듣겠다고 생각했다\"고 씀.",
        "실험 오류의 원인을 찾아 측정 방법을 바꿈.",
        "지각 변동의 원리를 모형으로 설명함.",
        "졸업 앨범 제작에 참여함.",
        "소극적 안락사에 대한 입장을 정리함.",
        "'이기적 유전자'를 읽고 협력의 의미를 생각함.",
        "잊지 못할 추억을 글로 씀.",
        "예상과 일치하지 않는 결과의 원인을 분석함.",
        "물에 녹지 않는 물질을 분류함.",
        "부족한 부분을 스스로 찾아 보완하며 보고서를 완성함.",
        "주민들의 무관심 속에 방치된 지역 문제를 찾아 해결 방안을 제시함.",
        "작은 실천부터 시작하여 분리수거를 생활화함.",
        "과제를 기한을 넘기지 않고 제출함.",
        "담임 선생님께 진로 지도를 받아 희망 학과를 정함.",
        "선생님께 지도받아 실험 설계를 고침.",
        "예체능 장학생으로 선발되어 미술 실기 지도를 받음.",
        "스마트폰 사용 시간을 줄이는 캠페인을 기획함.",
        "스마트폰을 사용해 식물의 생장 과정을 기록함.",
        "조용히 친구의 발표를 경청함.",
        "감점 요인을 분석해 채점 기준표를 만듦.",
        // A shortcoming said to be gone is the improvement.
        "5월 이후로는 조는 모습이 거의 보이지 않았다.",
        "2학기엔 한 번도 안 늦음.",
        "이후 수업 중 조는 일이 없어짐.",
        "포기 안 하고 끝까지 완주함.",
        "친구랑 갈등 있을 때 중간에서 얘기 들어주는 편임.",
        // The student's own question about a topic, and topics of the same words.
        "'왜 퀵정렬이 최악일 땐 느려져요?' 질문 → 피벗 선택 방식 바꿔서 직접 실험",
        "얼굴이 빨개지는 원리를 조사함.",
        "수학 문제가 많음에도 끝까지 풀어냄.",
    ]

    @Test("praise, effort and topics are not negative", arguments: notNegative)
    func notNegativeWording(_ sentence: String) throws {
        #expect(try Self.negative(sentence, section: .subject).isEmpty, "\(sentence)")
    }

    @Test func framingWordsAreDropped() throws {
        let finding = try #require(try ContentFindings.checker(section: .behavior).assess("하지만 학급 환경부장을 맡음").wording.first)
        #expect(finding.rephrasing == .dropTerm)
    }

    @Test func startingLateIsNoChange() {
        #expect(!ChangeWords.occur(in: "청소 시간에는 가끔 장난치다 늦게 시작함."))
        #expect(ChangeWords.occur(in: "2학기부터 단계별로 풀이를 쓰기 시작함."))
    }
}
