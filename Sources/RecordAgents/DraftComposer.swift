import RecordRules

/// Writes the three versions from the notes' record sentences. They differ in what they select and
/// how they order it, never in what they state: every sentence is one notes sentence in 음슴체, no
/// competency is named that the notes do not name (a reader takes "탐구 역량을 보임" after an analysis
/// as the tool's judgement, not the teacher's), and a shortcoming appears only as an expectation at
/// the end.
struct DraftComposer: Sendable {
    let reading: NotesReading
    let checker: RuleChecker

    func sentences(for strategy: DraftStrategy) -> [String] {
        let sequence = composition(for: strategy)
        // Sentences are said whole: a setting or a leading clause left out loses what the sentence
        // was about ("3%에서", "처음에는 … 였는데", "교실 뒤에 게시함" without what was posted).
        let rendered = render(sequence, strategy: strategy)
        // Notes whose sentences must all stay in their order leave the competency draft nothing to
        // regroup: it says two sentences of one activity as one, so no two drafts read the same.
        if strategy == .competency, sequence.map(\.source) == reading.sentences.map(\.source) {
            return joinedOnce(rendered)
        }
        // The growth draft never repeats another draft's order.
        guard strategy == .growth else { return rendered }
        let taken = [reading.sentences.map(\.source), composition(for: .competency).map(\.source)]
        guard taken.contains(sequence.map(\.source)) else { return rendered }
        let concise = selective(rendered: rendered, blocks: reading.blocks, taken: taken)
        // Nothing to leave out and no other order that keeps each block's own: end with the first block.
        let blocks = reading.blocks.count > 1 ? reading.blocks : reading.runs
        guard concise == rendered, blocks.count > 1 else { return concise }
        // The first rotation of the blocks that no other draft has taken; the competency draft may
        // already lead with the last block.
        var reordered = blocks
        for _ in 1..<blocks.count {
            reordered.append(reordered.removeFirst())
            if !taken.contains(reordered.flatMap { $0 }.map(\.source)) { break }
        }
        return render(reordered.flatMap { $0 }, strategy: .growth)
    }

    private func composition(for strategy: DraftStrategy) -> [NotesReading.Sentence] {
        var sequence: [NotesReading.Sentence]
        switch strategy {
        case .comprehensive:
            return reading.sentences
        case .competency:
            sequence = composeByCompetency()
        case .growth:
            sequence = composeGrowth()
        }
        // Notes whose every sentence is chosen in the teacher's order would give the comprehensive
        // draft again: the competency draft leads with the last block instead; the growth draft is
        // made concise by `selective`.
        let blocks = reading.blocks.count > 1 ? reading.blocks : reading.runs
        if strategy == .competency, sequence.map(\.source) == reading.sentences.map(\.source), blocks.count > 1 {
            var reordered = blocks
            reordered.insert(reordered.removeLast(), at: 0)
            sequence = reordered.flatMap { $0 }
        }
        // The opening block first, unless that gives another draft's order again.
        let opened = Self.openingFirst(sequence, opening: reading.blocks.first ?? [])
        var taken = [reading.sentences.map(\.source)]
        if strategy == .growth { taken.append(composition(for: .competency).map(\.source)) }
        return taken.contains(opened.map(\.source)) ? sequence : opened
    }

    /// The sequence with the notes' opening block first: the line a teacher starts with names what
    /// the rest is about ("주제: 급식 잔반 줄이기", "학급 부반장"), and a draft that moves it later leaves
    /// the sentences before it pointing at nothing ("발표 후 …" before the 발표 is named).
    static func openingFirst(_ sequence: [NotesReading.Sentence], opening: [NotesReading.Sentence]) -> [NotesReading.Sentence] {
        let sources = Set(opening.map(\.source))
        guard !sources.isEmpty, sequence.first.map({ !sources.contains($0.source) }) == true,
              sources.isSubset(of: Set(sequence.map(\.source)))
        else { return sequence }
        return sequence.filter { sources.contains($0.source) } + sequence.filter { !sources.contains($0.source) }
    }

    /// The growth draft when it would repeat another draft's order (two blocks have only one other
    /// order, one block none): the teacher's order without the least specific block whose paragraphs the rest still
    /// reflect, concise by what it leaves out; when every block is needed, without the settings the
    /// sentences open with ("동아리 발표회에서 …"), which states nothing new; failing that, another
    /// order that keeps each block's own.
    private func selective(rendered: [String], blocks: [[NotesReading.Sentence]], taken: [[Int]]) -> [String] {
        let covered = Set(checker.coveredParagraphs(in: reading.sentences.map(\.text).joined(separator: " ")))
        let byWeakness = blocks.indices.sorted {
            (blocks[$0].reduce(0) { $0 + $1.specificity }, $0) < (blocks[$1].reduce(0) { $0 + $1.specificity }, $1)
        }
        for dropped in byWeakness {
            let kept = blocks.indices.filter { $0 != dropped }.flatMap { blocks[$0] }
            guard !kept.isEmpty, covered.isSubset(of: checker.coveredParagraphs(in: kept.map(\.text).joined(separator: " "))) else {
                continue
            }
            return render(kept, strategy: .growth)
        }
        let concise = rendered.map(Self.withoutSetting)
        if concise != rendered { return concise }
        // Nothing to leave out: a sentence of a later block goes between two of an earlier one,
        // which keeps each block's own order (a result still after its experiment).
        let units = reading.units
        let blockOf = Dictionary(uniqueKeysWithValues: blocks.enumerated().flatMap { index, block in block.map { ($0.source, index) } })
        for index in units.indices.dropLast() where blockOf[units[index][0].source] == blockOf[units[index + 1][0].source] {
            guard let moved = units.indices.first(where: { $0 > index + 1 && blockOf[units[$0][0].source] != blockOf[units[index][0].source] }) else {
                continue
            }
            var order = units
            order.insert(order.remove(at: moved), at: index + 1)
            let sequence = order.flatMap { $0 }
            if !taken.contains(sequence.map(\.source)) { return render(sequence, strategy: .growth) }
        }
        return rendered
    }

    /// Occasions a setting names (its last word), which say nothing of what was done in them.
    private static let commonSettings = ["수업", "시간", "점심시간", "회의", "조회", "종례", "평소", "활동", "단원", "발표회", "축제", "행사", "캠프", "체험", "시간에"]

    /// Words that end the setting a sentence opens with ("학급 회의에서", "점심시간에", "수업 중에").
    private static let settingEnds = ["에서", "에서는", "시간에", "시간에는", "때", "때는", "중에", "중에는", "동안"]

    /// The sentence without the setting it opens with, when that is at most three words and the rest
    /// says something on its own ("학급 회의에서 급식 잔반 줄이기 방안을 제안함" → "급식 잔반 줄이기
    /// 방안을 제안함").
    static func withoutSetting(_ sentence: String) -> String {
        let words = sentence.split(separator: " ").map(String.init)
        guard let end = words.prefix(3).firstIndex(where: { word in settingEnds.contains { word.hasSuffix($0) } }),
              words.count - end - 1 >= 3,
              // Only a setting that names an occasion: "모둠 디베이트에서 반대측 첫 발언자를 맡음" without its
              // debate no longer says what the role was in, "소금물 조건에서 부식이 가장 빠름" without its
              // condition says something false.
              commonSettings.contains(where: words[end].hasPrefix)
        else { return sentence }
        return words.dropFirst(end + 1).joined(separator: " ")
    }

    // MARK: 2 — grouped by competency: the evidence of each together, in the order the notes show it

    private func composeByCompetency() -> [NotesReading.Sentence] {
        let units = reading.blocks
        func score(_ unit: [NotesReading.Sentence], _ competency: Competency) -> Int {
            unit.reduce(0) { $0 + ($1.competencies[competency] ?? 0) }
        }
        var groups: [Competency: [Int]] = [:]
        var ungrouped: [Int] = []
        for (index, unit) in units.enumerated() {
            let candidates = Competency.allCases.filter { !reading.contradicted.contains($0) && score(unit, $0) > 0 }
            if let primary = candidates.max(by: { (score(unit, $0), -$0.rawValue) < (score(unit, $1), -$1.rawValue) }) {
                groups[primary, default: []].append(index)
            } else {
                ungrouped.append(index)
            }
        }
        // Groups in the order the notes first show them, so the draft still reads as the year went:
        // what a group brings together is its competency's evidence, not a new chronology.
        let ordered = groups.sorted { ($0.value.first ?? 0) < ($1.value.first ?? 0) }
        return ordered.flatMap { $0.value.flatMap { units[$0] } } + ungrouped.flatMap { units[$0] }
    }

    // MARK: 3 — the strongest sentences of each paragraph (two thirds of a long one), the before→after thread last

    private func composeGrowth() -> [NotesReading.Sentence] {
        // Two thirds of each paragraph, or half when two thirds keeps everything: a version that keeps
        // all the notes in another order is the same draft shuffled.
        let generous = composeGrowth(keeping: { ($0 * 2 + 2) / 3 })
        guard generous.count == reading.sentences.count else { return generous }
        return composeGrowth(keeping: { ($0 + 1) / 2 })
    }

    /// `share` gives how many of a paragraph's units are kept at least, from how many it has.
    private func composeGrowth(keeping share: (Int) -> Int) -> [NotesReading.Sentence] {
        let units = reading.units
        func strength(_ unit: [NotesReading.Sentence]) -> Int {
            unit.reduce(0) { $0 + $1.growth * 3 + $1.outcome * 2 + min($1.specificity, 8) }
        }
        // What is chosen reads least like notes; the order of what is chosen is by strength alone.
        func choiceStrength(_ unit: [NotesReading.Sentence]) -> Int {
            strength(unit) - unit.reduce(0) { $0 + $1.roughness * 2 }
        }
        var chosen = Set<Int>()
        for (index, unit) in units.enumerated() where unit.contains(where: { $0.growth > 0 }) {
            chosen.insert(index)
        }
        let paragraphs = Set(units.compactMap { $0.first?.paragraph }).sorted()
        for paragraph in paragraphs {
            let candidates = units.indices.filter { units[$0].first?.paragraph == paragraph }
                .sorted { (choiceStrength(units[$0]), -$0) > (choiceStrength(units[$1]), -$1) }
            var text = candidates.filter(chosen.contains).map { units[$0].map(\.text).joined(separator: " ") }.joined(separator: " ")
            // Reflected, and at least the share of a paragraph kept: readers judged a version that kept
            // half as missing what the notes were about, and notes typed as one paragraph are not cut
            // to a sentence.
            let least = share(candidates.count)
            for candidate in candidates where !chosen.contains(candidate) {
                if !text.isEmpty, checker.coveredParagraphs(in: text).contains(paragraph) || !checker.isAdmissibleParagraph(paragraph),
                   candidates.filter(chosen.contains).count >= least {
                    break
                }
                chosen.insert(candidate)
                text += " " + units[candidate].map(\.text).joined(separator: " ")
            }
        }
        // A paragraph's first sentence says what the rest of it is about: it stays when any of them does.
        for paragraph in paragraphs {
            let members = units.indices.filter { units[$0].first?.paragraph == paragraph }
            if let first = members.first, members.contains(where: chosen.contains) { chosen.insert(first) }
        }
        // What is chosen is told in the teacher's order, the before→after thread last: a shorter draft
        // reads as the same year, not as the same facts shuffled.
        let chosenSources = Set(chosen.flatMap { units[$0].map(\.source) })
        let blocks = reading.blocks.map { $0.filter { chosenSources.contains($0.source) } }.filter { !$0.isEmpty }
        let steady = blocks.filter { !$0.contains { $0.growth > 0 } }
        let thread = blocks.filter { $0.contains { $0.growth > 0 } }
        return (steady + thread).flatMap { $0 }
    }

    // MARK: rendering

    /// "…설명함. 실험 결과를 …" → "…설명하며 실험 결과를 …": the first two sentences in a row that are
    /// short enough to read as one, joined; the sentences unchanged when none are.
    func joinedOnce(_ sentences: [String]) -> [String] {
        // Only sentences the rules pass as they are: a later stage leaves out a sentence with a finding
        // whole, and would take the other with it.
        func isClean(_ sentence: String) -> Bool {
            let assessment = checker.assess(sentence)
            return assessment.forbidden.isEmpty && assessment.wording.isEmpty
        }
        for index in sentences.indices.dropLast() {
            let first = sentences[index], second = sentences[index + 1]
            guard first.hasSuffix("함."), first.count + second.count <= 160, !ClosingExpectation.isExpectation(second),
                  isClean(first), isClean(second)
            else { continue }
            var joined = sentences
            joined[index] = ClauseForms.connective(String(first.dropLast()), preferGo: false) + " " + second
            joined.remove(at: index + 1)
            return joined
        }
        return sentences
    }

    /// Outcomes a note records with no subject of their own: what the previous sentence's action led to.
    static let bareOutcomes = ["채택됨.", "선정됨.", "통과됨.", "반영됨.", "좋아짐.", "나아짐.", "개선됨.", "향상됨.", "성공함.", "설치됨.", "가결됨."]

    /// The record sentences in order: an opener that points at the previous notes sentence is kept
    /// only when that sentence is just before it; the expectation for shortcomings closes the draft.
    private func render(_ sequence: [NotesReading.Sentence], strategy: DraftStrategy) -> [String] {
        // The teacher's directions on order hold in every version; emphasis reorders the two that
        // choose their order, never the one that follows the notes'.
        let sequence = reading.directions.applied(to: sequence, blocks: reading.blocks, reordering: strategy != .comprehensive)
        var result: [String] = []
        var previous: NotesReading.Sentence?
        for sentence in sequence {
            let follows = previous.map { $0.source == sentence.source - 1 } ?? false
            var texts = sentence.texts
            if !follows, let bare = sentence.withoutOpener {
                // "이후 갈등 없음" after a left-out quarrel: without what it came after, a bare state
                // ("갈등 없음") would say it held all along.
                if texts.count == 1, bare.split(separator: " ").count <= 2 { continue }
                texts[0] = bare
            }
            // "거북선 논쟁 기사를 찾아 주장함. 친구들 반응 좋았음.": how classmates took what the student did
            // is said with it, as the student's.
            if follows, texts.count == 1, let last = result.last, last.hasSuffix("함."), Self.isClassReception(texts[0]) {
                result[result.count - 1] = String(last.dropLast("함.".count)) + "하여 친구들의 호응을 얻음."
                previous = sentence
                continue
            }
            // "아이디어를 제안함. 채택됨.": a bare outcome of what the sentence before did is said with it.
            if follows, texts.count == 1, let last = result.last, last.hasSuffix("함."),
               Self.bareOutcomes.contains(where: { texts[0] == $0 || texts[0].hasSuffix(" " + $0) }), texts[0].split(separator: " ").count <= 2
            {
                result[result.count - 1] = String(last.dropLast("함.".count)) + "하여 " + texts[0]
            } else if follows, texts.count == 1, let last = result.last, last.hasSuffix("."), let improved = Self.improvedThing(texts[0]) {
                // "…다시 씀. 수정본 확실히 나아짐.": what the doing before it made better, said with it and
                // without the teacher's certainty.
                result[result.count - 1] = ClauseForms.connective(String(last.dropLast()), preferGo: false) + " " + improved
            } else {
                result += texts
            }
            previous = sentence
        }
        if !reading.directions.closes(sequence), let expectation = ClosingExpectation.sentence(
            aspects: reading.closingAspects, strategy: strategy, seed: StableHash.of(checker.options.notes ?? "")) {
            result.append(expectation)
        }
        return result
    }

    /// "수정본 확실히 나아짐." → "수정본이 나아짐.": a thing and its getting better, and at most the
    /// teacher's degree words; nil for any other sentence.
    static func improvedThing(_ sentence: String) -> String? {
        var words = sentence.dropLast(sentence.hasSuffix(".") ? 1 : 0).split(separator: " ").map(String.init)
        guard let outcome = words.popLast(), bareOutcomes.contains(outcome + ".") else { return nil }
        words.removeAll { ["확실히", "훨씬", "많이", "크게", "꽤", "정말", "매우", "확", "눈에", "띄게", "조금"].contains($0) }
        guard words.count == 1, let thing = words.first, thing.count >= 2, thing.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return nil }
        let subject = ["이", "가", "은", "는"].contains(where: thing.hasSuffix) && thing.count >= 3
            ? thing : thing + Hangul.particle(after: thing, withFinal: "이", withoutFinal: "가")
        return subject + " " + outcome + "."
    }

    /// "친구들 반응 좋았음.", "반 친구들 반응이 매우 좋음.": the class's reception and nothing else.
    static func isClassReception(_ sentence: String) -> Bool {
        var words = sentence.dropLast(sentence.hasSuffix(".") ? 1 : 0).split(separator: " ").map(String.init)
        guard let verdict = words.popLast(), ["좋았음", "좋음", "뜨거웠음", "폭발적이었음"].contains(verdict) else { return false }
        words.removeAll { ["매우", "정말", "아주", "꽤", "상당히"].contains($0) }
        let said = words.joined(separator: " ")
        return ["반응", "반응이", "호응", "호응이"].contains { said.hasSuffix($0) }
            && ["", "친구들", "반 친구들", "학급 친구들", "친구들의", "반 친구들의"].contains(String(said.dropLast(said.hasSuffix("이") ? 3 : 2)).trimmed)
    }

}
