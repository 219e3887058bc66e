import RecordRules

/// Fits a draft under its byte target by dropping whole clauses, lowest priority first, never one
/// that is the last to reflect a paragraph of the notes while another choice exists.
struct BudgetFitter: Sendable {
    let checker: RuleChecker
    let target: Int

    struct Item {
        let sentence: Int
        let text: String
        let priority: Int
    }

    private static let counter = NEISByteCounter(profile: .safe)

    func fit(_ sentences: [[String]], priority: (String, _ sentence: Int, _ clause: Int) -> Int) -> [[String]] {
        var items: [Item] = []
        for (sentenceIndex, clauses) in sentences.enumerated() {
            for (clauseIndex, clause) in clauses.enumerated() {
                items.append(Item(sentence: sentenceIndex, text: clause, priority: priority(clause, sentenceIndex, clauseIndex)))
            }
        }
        var kept = Array(repeating: true, count: items.count)
        func rendered() -> String { ClauseForms.render(group(items, kept)) }
        var text = rendered()
        guard Self.counter.count(text) > target else { return group(items, kept) }

        let required = Set(checker.coveredParagraphs(in: text))
        // Lowest priority first; among equals the later clause goes first.
        let order = items.indices.sorted { (items[$0].priority, -$0) < (items[$1].priority, -$1) }
        for index in order {
            kept[index] = false
            let candidate = rendered()
            if !required.isSubset(of: checker.coveredParagraphs(in: candidate)) {
                kept[index] = true
                continue
            }
            text = candidate
            if Self.counter.count(text) <= target { return group(items, kept) }
        }
        // Coverage cannot be kept within the target: drop by priority alone until it fits.
        for index in order where kept[index] {
            kept[index] = false
            if Self.counter.count(rendered()) <= target { break }
        }
        return group(items, kept)
    }

    private func group(_ items: [Item], _ kept: [Bool]) -> [[String]] {
        var sentences: [[String]] = []
        var current = -1
        for (index, item) in items.enumerated() where kept[index] {
            if item.sentence != current {
                sentences.append([])
                current = item.sentence
            }
            sentences[sentences.count - 1].append(item.text)
        }
        return sentences
    }
}
