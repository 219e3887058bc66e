/// 지나친 미사여구·칭찬일색 (2015 기재요령 유의사항, still quoted) and vague phrases that say nothing
/// concrete: warnings with no rewrite of their own.
enum Exaggeration {
    static let rules: [TermRule] = [
        TermRule(.exaggeration, .warn, terms: ["최고", "최상", "완벽", "탁월", "독보적", "천재", "압도적", "누구보다", "유일하게",
                                            "모든 면에서", "역대", "타의 추종"],
                 reason: "지나친 칭찬·과장 표현", suggestion: "관찰된 사실로 구체적으로 씀"),
        TermRule(.exaggeration, .warn, terms: ["사고의 흐름", "사고를 확장", "태도가 관찰됨", "태도가 관찰되", "역량을 보여줌"],
                 reason: "구체적 사실이 없는 막연한 표현", suggestion: "무엇을 했는지 구체적으로 씀"),
    ]
}
