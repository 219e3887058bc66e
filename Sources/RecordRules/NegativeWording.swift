/// Negative framing and exaggeration. The 기재요령 (p.158) does not ban negative content but asks for
/// a growth-supporting view; these findings are warnings with a growth-oriented rephrasing that keeps
/// the fact and invents no improvement.
enum NegativeWording {
    /// Verbs whose negation is praise: "포기하지 않고" is perseverance, not a shortcoming.
    static let praisedWhenNegated = [
        "포기하", "멈추", "아끼", "게을리하", "굴하", "주저하", "망설이", "소홀히하", "안주하", "지치", "두려워하",
        "흔들리", "그치", "놓치", "빠뜨리", "거르", "뒤처지", "개의치", "마다하", "머무르", "외면하", "잊",
    ]

    static let rules: [TermRule] = [
        TermRule(.negativeWording, .warn, terms: ["부족"], reason: "부족함을 지적하는 표현",
                 suggestion: "관찰된 노력이 있다면 '~을 기르기 위해 꾸준히 노력함'처럼 노력 중심으로 씀"),
        TermRule(.negativeWording, .warn, terms: ["미흡"], reason: "미흡함을 지적하는 표현",
                 suggestion: "관찰된 노력이나 변화가 있다면 그 과정을 씀"),
        TermRule(.negativeWording, .warn, terms: ["못하", "못함", "못했", "못 하", "못 함"], reason: "할 수 없음을 지적하는 표현",
                 suggestion: "할 수 있게 된 부분이나 시도한 과정을 씀"),
        TermRule(.negativeWording, .warn, terms: ["지 않", "지않"], reason: "부정 서술",
                 suggestion: "실제로 한 일을 중심으로 씀",
                 context: .custom({ text, match in
                     !praisedWhenNegated.contains { verb in text.hasText(verb, at: match.lowerBound - verb.unicodeScalars.count) }
                 })),
        TermRule(.negativeWording, .warn, terms: ["불량", "나쁨", "나쁘", "나빴", "불성실", "무관심", "무기력", "무례", "이기적", "부정적"],
                 reason: "부정적 평가 표현", suggestion: "구체적인 누가기록이 없다면 쓰지 않음"),
        TermRule(.negativeWording, .warn, terms: ["산만"], reason: "부정적 평가 표현",
                 suggestion: "호기심이 많고 다양한 분야에 관심을 보임",
                 rephrasing: .replaceClause("호기심이 많고 다양한 분야에 관심을 보임")),
        TermRule(.negativeWording, .warn, terms: ["소극적"], reason: "부정적 평가 표현",
                 suggestion: "신중하게 접근하며 관찰력이 있음",
                 rephrasing: .replaceClause("신중하게 접근하며 관찰력이 있음")),
        TermRule(.negativeWording, .warn, terms: ["내성적", "말이 없", "말수가 적"], reason: "부정적으로 읽힐 수 있는 성격 묘사",
                 suggestion: "차분하고 사려 깊음",
                 rephrasing: .replaceClause("차분하고 사려 깊음")),
        TermRule(.negativeWording, .warn, terms: ["고집"], reason: "부정적으로 읽힐 수 있는 성격 묘사",
                 suggestion: "자신의 소신과 주관이 뚜렷함",
                 rephrasing: .replaceClause("자신의 소신과 주관이 뚜렷함"), context: .notPrecededBy(["소신과 "])),
        TermRule(.negativeWording, .warn, terms: ["느리", "느림", "느렸", "늦게 제출", "늦어", "늦음"], reason: "부정적 평가 표현",
                 suggestion: "꼼꼼하고 세심하게 과제를 수행함",
                 rephrasing: .replaceClause("꼼꼼하고 세심하게 과제를 수행함")),
        TermRule(.negativeWording, .warn, terms: ["말이 많", "떠들", "떠듦", "떠드"], reason: "부정적 평가 표현",
                 suggestion: "표현력이 풍부하고 친구들과 활발히 소통함",
                 rephrasing: .replaceClause("표현력이 풍부하고 친구들과 활발히 소통함")),
        TermRule(.negativeWording, .warn, terms: ["게으르", "게을러", "게으름", "게을렀"], reason: "부정적 평가 표현",
                 suggestion: "구체적인 누가기록이 없다면 쓰지 않음",
                 context: .notFollowedBy(["지 않", "지않"])),
        TermRule(.negativeWording, .warn, terms: ["방해", "장난", "졸음", "졸기", "졸았", "조는", "졸고", "졸 때", "자주 졸"],
                 reason: "수업 태도에 대한 부정적 표현", suggestion: "구체적인 누가기록이 없다면 쓰지 않음",
                 context: .notFollowedBy(["감", "꾸러기 같은 호기심"])),
        TermRule(.negativeWording, .warn, terms: ["다툼", "다투", "다퉜", "싸움", "싸우", "싸웠", "문제 행동", "문제행동", "지적을 받", "지적받", "거짓말"],
                 reason: "갈등·문제 행동에 대한 부정적 표현",
                 suggestion: "관계를 회복하려 노력한 모습이 관찰되었다면 그 과정을 씀"),
        TermRule(.negativeWording, .warn, terms: ["지각", "결석", "결과가 잦", "불참", "미제출"], reason: "출결·불참에 대한 부정적 표현",
                 suggestion: "출결 사항은 출결상황 특기사항에 씀", context: .notFollowedBy(["하지 않", "없이", "한 적이 없"])),
        TermRule(.negativeWording, .warn, terms: ["서툴", "서툰", "서툶", "서투르", "서투름", "서투른", "어려워하", "어려워함", "어려워했", "실수가 잦", "잦은 실수", "실수를 반복"],
                 reason: "부족함을 지적하는 표현", suggestion: "연습하거나 보완한 과정이 관찰되었다면 그 과정을 씀"),
        TermRule(.negativeWording, .warn, terms: ["에도 불구하고", "아쉬움", "아쉬운", "아쉽", "아쉬웠"],
                 reason: "대조로 단점을 부각하는 표현", suggestion: "장점과 노력 중심으로 이어 씀",
                 context: .notPrecededBy(["그럼에도 "])),
        TermRule(.negativeWording, .warn, terms: ["하지만", "그러나", "반면"],
                 reason: "대조로 단점을 부각하는 표현", suggestion: "장점과 노력 중심으로 이어 씀",
                 rephrasing: .dropTerm, context: .wordStart),

        // 지나친 미사여구·칭찬일색 (2015 기재요령 유의사항이 여전히 인용됨)
        TermRule(.exaggeration, .warn, terms: ["최고", "최상", "완벽", "탁월", "독보적", "천재", "압도적", "누구보다", "유일하게",
                                            "모든 면에서", "역대", "타의 추종"],
                 reason: "지나친 칭찬·과장 표현", suggestion: "관찰된 사실로 구체적으로 씀"),
        TermRule(.exaggeration, .warn, terms: ["사고의 흐름", "사고를 확장", "태도가 관찰됨", "태도가 관찰되", "역량을 보여줌"],
                 reason: "구체적 사실이 없는 막연한 표현", suggestion: "무엇을 했는지 구체적으로 씀"),
    ]
}
