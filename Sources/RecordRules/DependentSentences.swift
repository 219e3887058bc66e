/// Sentences of the notes that only add to the one before them ("특히 5,6교시", "매번 '알람이 안
/// 울려서요'", "2학기에도 비슷함"): what the record cannot state of the one before, it cannot state of
/// these either. The drafting engine leaves them out with it, and coverage does not ask for them.
package enum DependentSentences {
    /// Words that say the sentence is the one before it again: "2학기에도 비슷", "교과 선생님들한테 같은 얘기 들음".
    private static let likenessWords = ["비슷", "마찬가지", "같은 이야기", "같은 얘기", "같은 말을", "같은 말 "]
    /// Openers of a sentence that only adds to the one before it.
    /// "지각 7회. 매번 '알람이 안 울려서요'": what happened each time is the left-out one's too.
    private static let measuringOpeners = ["특히", "주로", "그것도", "게다가", "심지어", "매번", "그때마다", "번번이", "매일같이"]

    /// Predicates of change that say nothing of what changed ("4월 이후 달라짐", "2학기엔 많이 좋아짐"):
    /// the sentence is about the one before it, and is not stated without it.
    package static let changeOnly: Set<String> = ["달라짐", "바뀜", "좋아짐", "나아짐", "변함", "변화함", "개선됨", "달라졌음", "좋아졌음", "나아졌음",
                                                  // "5월 이후로는 확실히 줄었음": less of what the sentence before named.
                                                  "줄었음", "줄어듦", "줄었어요", "줄었다", "줄어들었음", "없어짐", "없어졌음", "사라짐"]

    /// Whether the word marks what a change is of ("지각이", "태도는"); a time marked as the topic
    /// ("5월 이후로는", "2학기에는", "두번째 발표 때는", "요즘은") says only when.
    private static func namesASubject(_ word: String) -> Bool {
        if word.hasSuffix("이") || word.hasSuffix("가") { return true }
        guard word.hasSuffix("은") || word.hasSuffix("는") else { return false }
        return !["때는", "에는", "로는", "터는", "서는", "후는", "이제는", "요즘은", "지금은", "최근은"].contains(where: word.hasSuffix)
    }

    /// A sentence that only measures the one before it: "특히 5,6교시", "3월~7월 체크한 것만 11번",
    /// "2학기에도 비슷함" — a fragment of a few words with no predicate, an opener that adds to what
    /// came before, or a likeness to it.
    package static func measuresWhatCameBefore(_ sentence: String) -> Bool {
        let words = sentence.split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        // "진로 - 도시계획 연구원", "희망: 약사": a label says what it names, of its own.
        if sentence.includes(": ") || sentence.includes(" - ") { return false }
        if measuringOpeners.contains(first) || likenessWords.contains(where: sentence.includes) { return true }
        // "본인도 인정함", "본인은 억울하다고 함": the student's answer to what was left out.
        // "본인은 \"제가 먼저 밀었어요\"라고 인정함": owning up to it is about it too.
        if ["본인도", "본인은", "자기도", "본인이"].contains(first),
           words.count <= 4 || ["인정", "시인", "억울", "반성", "사과"].contains(where: { last.filter { !$0.isPunctuation }.hasPrefix($0) }) {
            return true
        }
        // "3월~4월 사이 최소 5~6번 깨움": how often, in a short sentence of its own.
        let counts = words.contains { word in
            word.first?.isNumber == true && ["번", "회", "차례"].contains(where: { word.filter { !$0.isPunctuation }.hasSuffix($0) })
        }
        if counts && words.count <= 6 { return true }
        // "자치회 아침 캠페인 맡고 나서는 거의 안함": the doing it negates is the left-out one's.
        let negated = words.suffix(2).joined(separator: " ").filter { !$0.isPunctuation }
        if ["안함", "안 함", "안해", "안 해", "안했음", "안 했음", "안 함요"].contains(where: negated.hasSuffix),
           !words.contains(where: { $0.hasSuffix("을") || $0.hasSuffix("를") })
        {
            return true
        }
        // "두번째 발표 때는 훨씬 나아짐": a change with no subject of its own is the left-out one's.
        if changeOnly.contains(String(last.filter { !$0.isPunctuation })), !words.dropLast().contains(where: namesASubject) {
            return true
        }
        // "그 뒤로는 다시 잘 했어요": doing well again after what was left out says nothing of its own.
        let unpunctuated = sentence.filter { !$0.isPunctuation }
        if words.count <= 5, ["이후", "그", "그뒤로는", "그후로는", "그후"].contains(first),
           ["잘 했어요", "잘했어요", "잘 함", "잘함", "잘했음", "잘 했음", "잘 해요", "잘해요"].contains(where: unpunctuated.hasSuffix)
        {
            return true
        }
        // "이후 갈등 없음", "그 뒤로는 없음": what stopped is the left-out one's.
        if words.count <= 4, ["이후", "이후엔", "이후에는", "이후로", "그", "그뒤로", "그후"].contains(first),
           ["없음", "없었음", "안 함", "안 그럼"].contains(where: { sentence.filter { !$0.isPunctuation }.hasSuffix($0) })
        {
            return true
        }
        // "새벽까지 웹툰 그린대요": what the teacher heard of why, after what it explains.
        let bareEnd = sentence.filter { !$0.isPunctuation }
        if words.count <= 6, ["대요", "래요", "다더라", "다던데", "다고 함", "다고 하심", "다고 들음"].contains(where: bareEnd.hasSuffix) { return true }
        // "15쪽 정도임", "약 20분 분량": a size, in a sentence of a few words.
        if words.count <= 3, words.contains(where: { $0.first?.isNumber == true }) { return true }
        let bare = String(last.filter { !$0.isPunctuation })
        return words.count <= 5 && !RunOnSentences.endsSentence(bare, previous: nil) && VerbStem.stem(of: bare) == nil
            && !Style.endsWithVerbalNoun(bare)
    }
}
