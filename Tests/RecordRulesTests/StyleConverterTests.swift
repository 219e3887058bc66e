import Testing
@testable import RecordRules

@Suite("음슴체 conversion")
struct StyleConverterTests {
    /// (notes form, expected 음슴체 sentence). Covers 하다/되다/이다, regular consonant and vowel stems,
    /// the ㄹ, ㅂ, ㄷ, ㅅ, 르 and ㅡ irregulars, 해요체, 합니다체, past, present and connective endings.
    static let cases: [(String, String)] = [
        ("실험을 설계했다", "실험을 설계함."),
        ("실험을 설계하였다", "실험을 설계함."),
        ("실험을 설계한다", "실험을 설계함."),
        ("실험을 설계합니다", "실험을 설계함."),
        ("실험을 설계했습니다", "실험을 설계함."),
        ("실험을 설계했어요", "실험을 설계함."),
        ("실험을 설계해요", "실험을 설계함."),
        ("실험을 설계하다", "실험을 설계함."),
        ("모둠의 리더이다", "모둠의 리더임."),
        ("모둠의 리더였다", "모둠의 리더임."),
        ("학급 반장이었다", "학급 반장임."),
        ("학급 반장입니다", "학급 반장임."),
        ("학급 반장이에요", "학급 반장임."),
        ("모둠의 리더예요", "모둠의 리더임."),
        ("학급 반장이었습니다", "학급 반장임."),
        ("큰 도움이 된다", "큰 도움이 됨."),
        ("큰 도움이 되었다", "큰 도움이 됨."),
        ("큰 도움이 됐다", "큰 도움이 됨."),
        ("큰 도움이 됩니다", "큰 도움이 됨."),
        ("큰 도움이 돼요", "큰 도움이 됨."),
        ("적극적인 태도를 보인다", "적극적인 태도를 보임."),
        ("적극적인 태도를 보였다", "적극적인 태도를 보임."),
        ("적극적인 태도를 보였어요", "적극적인 태도를 보임."),
        ("재능을 드러냈다", "재능을 드러냄."),
        ("재능을 드러낸다", "재능을 드러냄."),
        ("관심이 있다", "관심이 있음."),
        ("관심이 있었다", "관심이 있음."),
        ("관심이 있습니다", "관심이 있음."),
        ("관심이 있어요", "관심이 있음."),
        ("실수가 없다", "실수가 없음."),
        ("이해도가 높다", "이해도가 높음."),
        ("자료를 찾았다", "자료를 찾음."),
        ("책을 읽었다", "책을 읽음."),
        ("책을 읽는다", "책을 읽음."),
        ("모형을 만들었다", "모형을 만듦."),
        ("모형을 만든다", "모형을 만듦."),
        ("모형을 만듭니다", "모형을 만듦."),
        ("모형을 만들어요", "모형을 만듦."),
        ("토론을 이끌었다", "토론을 이끎."),
        ("토론을 이끈다", "토론을 이끎."),
        ("원리를 안다", "원리를 앎."),
        ("문제를 풀었다", "문제를 풂."),
        ("문제를 푼다", "문제를 풂."),
        ("과정이 힘들었다", "과정이 힘듦."),
        ("친구를 도왔다", "친구를 도움."),
        ("친구를 돕는다", "친구를 도움."),
        ("개념이 어렵다", "개념이 어려움."),
        ("개념이 어려웠다", "개념이 어려움."),
        ("활동이 즐거웠다", "활동이 즐거움."),
        ("강연을 들었다", "강연을 들음."),
        ("강연을 듣는다", "강연을 들음."),
        ("원리를 깨달았다", "원리를 깨달음."),
        ("원리를 깨닫는다", "원리를 깨달음."),
        ("시를 지었다", "시를 지음."),
        ("시를 짓는다", "시를 지음."),
        ("노래를 불렀다", "노래를 부름."),
        ("주제를 골랐다", "주제를 고름."),
        ("보고서를 썼다", "보고서를 씀."),
        ("보고서를 쓴다", "보고서를 씀."),
        ("키가 컸다", "키가 큼."),
        ("개념을 배웠다", "개념을 배움."),
        ("가설을 세웠다", "가설을 세움."),
        ("역할을 맡았다", "역할을 맡음."),
        ("자료를 모았다", "자료를 모음."),
        ("실력을 향상시켰다", "실력을 향상시킴."),
        ("내용을 가르쳤다", "내용을 가르침."),
        ("책임감을 가졌다", "책임감을 가짐."),
        ("그래프를 그렸다", "그래프를 그림."),
        ("원리를 밝혔다", "원리를 밝힘."),
        ("여가를 즐겼다", "여가를 즐김."),
        ("과정을 살펴봤다", "과정을 살펴봄."),
        ("친구를 도와줬다", "친구를 도와줌."),
        ("조건을 맞췄다", "조건을 맞춤."),
        ("주제를 다뤘다", "주제를 다룸."),
        ("방법을 바꿨다", "방법을 바꿈."),
        ("앞으로 나섰다", "앞으로 나섬."),
        ("실험을 마쳤다", "실험을 마침."),
        ("결과를 얻었다", "결과를 얻음."),
        ("의견을 받았다", "의견을 받음."),
        ("성실하다", "성실함."),
        ("발표를 할 수 있다", "발표를 할 수 있음."),
        ("탐구하고자 한다", "탐구하고자 함."),
        ("발전할 것이다", "발전할 것임."),
        ("측정을 담당하고", "측정을 담당함."),
        ("자료를 정리했으며", "자료를 정리함."),
        ("값이 달랐는데", "값이 다름."),
        // 개조식 notes: a bare action noun takes 함, any other noun 임.
        ("전지 실험 설계", "전지 실험 설계함."),
        ("조원 4명 중 측정 담당", "조원 4명 중 측정 담당함."),
        // Notes cut off after the tense marker.
        ("풀이 자료를 만들었", "풀이 자료를 만듦."),
        // Already in 음슴체: left as it is, with the period added.
        ("탐구 보고서를 작성함", "탐구 보고서를 작성함."),
        ("모형을 만듬", "모형을 만듦."),
    ]

    @Test func aLineEndingInAQuoteClosesAsWhatTheWordsBeforeItMakeOfIt() {
        #expect(Style.convertSentence("5~6월 지역조사 프로젝트에서 주제 '우리 동네 상권 변화'") == "5~6월 지역조사 프로젝트에서 '우리 동네 상권 변화'를 주제로 탐구함.")
        #expect(Style.convertSentence("공약 '급식 잔반 줄이기 챌린지'") == "'급식 잔반 줄이기 챌린지'를 공약으로 내세움.")
        #expect(Style.convertSentence("5월 진로 탐구 보고서 '간호 인력 부족과 3교대 근무'")
            == "5월 '간호 인력 부족과 3교대 근무'를 주제로 진로 탐구 보고서를 작성함.")
        #expect(Style.convertSentence("코너 '이번 주 급식 TMI'") == "'이번 주 급식 TMI' 코너를 운영함.")
        #expect(Style.convertSentence("소감문에 '손으로 고치면 결과가 바로 보여서 좋다'") == "소감문에 '손으로 고치면 결과가 바로 보여서 좋다'라고 씀.")
        #expect(Style.convertSentence("본인은 \"둘이 너무 달라서 헷갈려요\"") == "본인은 \"둘이 너무 달라서 헷갈려요\"라고 말함.")
        #expect(Style.convertSentence("5월 독서 활동으로 『사라진 스푼』") == "5월 독서 활동으로 『사라진 스푼』을 읽음.")
        #expect(Style.convertSentence("처음 들고 온 것이 '블랙홀 연구'") == "처음 들고 온 것이 '블랙홀 연구'임.")
        // 계기, 용기 end like the 기 of a verb's noun form and are nouns.
        #expect(Style.convertSentence("글을 쓰게 된 계기") == "글을 쓰게 된 계기임.")
    }

    @Test func aNoteAfterTheClosingPredicateIsNoPartOfTheEnding() {
        #expect(Style.check(ScalarText("투표로 통과됨(찬성 21 / 반대 6).")).isEmpty)
        #expect(Style.check(ScalarText("방식을 바꿈(본인 제안(초안)).")).isEmpty)
        #expect(!Style.check(ScalarText("방식을 바꿨다(본인 제안).")).isEmpty)
    }

    @Test("converts every listed form", arguments: cases)
    func converts(_ pair: (String, String)) {
        #expect(Style.convertSentence(pair.0) == pair.1)
    }

    @Test func aNoteIsSaidWhereItBelongs() {
        // A count before the predicate, without parentheses; a note on what was acted on.
        #expect(Style.convertSentence("칠판에 설명해 줌(주 2~3회)") == "칠판에 주 2~3회 설명해 줌.")
        #expect(Style.convertSentence("점심시간에 자발적으로 함(약 3주)") == "점심시간에 약 3주 동안 자발적으로 함.")
        #expect(Style.convertSentence("학습 도우미 활동을 했다(총 8회)") == "학습 도우미 활동을 총 8회 함.")
        #expect(Style.convertSentence("설문지 직접 제작(우리 반 28명 대상, 문항 12개)") == "설문지(우리 반 28명 대상, 문항 12개)를 직접 제작함.")
        #expect(Style.convertSentence("소득 불평등 토론 참여(찬성 측)") == "소득 불평등 토론(찬성 측)에 참여함.")
        #expect(Style.convertSentence("토론에 참여함(찬성 측)") == "토론(찬성 측)에 참여함.")
        #expect(Style.convertSentence("실험 후 정리정돈 담당(자원함)") == "실험 후 정리정돈을 자원하여 담당함.")
    }

    @Test func aValueClosingANoteSaysWhatItMeasures() {
        // A result the student achieved is recorded; what the data showed appears; finished work is made.
        #expect(Style.convertSentence("비행거리 48m") == "비행거리 48m를 기록함.")
        #expect(Style.convertSentence("6월 측정 12개") == "6월 측정에서 12개를 기록함.")
        #expect(Style.convertSentence("3회 반복 평균 4.6%") == "3회 반복 평균이 4.6%로 나타남.")
        #expect(Style.convertSentence("오차 4%") == "오차가 4%로 나타남.")
        #expect(Style.convertSentence("코드 11줄") == "코드 11줄을 작성함.")
        #expect(Style.convertSentence("최종 보고서 '소년법 개정 쟁점 정리' 8쪽") == "최종 보고서 '소년법 개정 쟁점 정리' 8쪽을 작성함.")
        // The work counted is what the count closes, not a thing a verb before it took.
        #expect(!Style.convertSentence("사진 넣어서 A4 6장").contains("찍음"))
        #expect(Style.convertSentence("자기 손 관찰 드로잉 5장") == "자기 손 관찰 드로잉 5장을 그림.")
        // A count of people or of anything not made or measured is left as it was.
        #expect(Style.convertSentence("첫 주 11명") == "첫 주 11명임.")
    }

    @Test func aValueTakesTheParticleOfItsUnit() {
        #expect(Hangul.particle(after: "48m", withFinal: "을", withoutFinal: "를") == "를")
        #expect(Hangul.particle(after: "4.6%", withFinal: "이", withoutFinal: "가") == "가")
        #expect(Hangul.particle(after: "250mL", withFinal: "으로", withoutFinal: "로") == "로")
        #expect(Hangul.particle(after: "31kg", withFinal: "으로", withoutFinal: "로") == "으로")
        #expect(Hangul.particle(after: "PM", withFinal: "을", withoutFinal: "를") == "을")
    }

    @Test func coversAtLeastSixtyForms() {
        #expect(Self.cases.count >= 60)
    }

    @Test("converted sentences pass the 음슴체 check", arguments: cases)
    func convertedSentencesPass(_ pair: (String, String)) {
        #expect(Style.check(ScalarText(Style.convertSentence(pair.0))).isEmpty)
    }
}
