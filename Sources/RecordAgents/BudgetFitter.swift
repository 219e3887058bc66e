import RecordRules

/// Fits a draft under its byte target by dropping whole clauses, lowest priority first, never one
/// that is the last to reflect a paragraph of the notes while another choice exists.
///
/// Coverage is tracked incrementally (which paragraph heads each clause holds, how many kept clauses
/// hold each head) so a removal is checked in time proportional to the clause, not the draft;
/// the text is rendered and measured exactly only when the running estimate nears the target.
struct BudgetFitter: Sendable {
    let checker: RuleChecker
    let target: Int

    private static let counter = NEISByteCounter(profile: .safe)
    /// Upper bound of what joining adds per clause: a space, and 하고/하며 in place of 함.
    private static let joinAllowance = 4

    func fit(_ sentences: [[String]], priority: (String, _ sentence: Int, _ clause: Int) -> Int) -> [[String]] {
        struct Item {
            let sentence: Int
            let text: String
            let priority: Int
            let bytes: Int
            let heads: [Coverage.Head]
        }
        let coverage = checker.coverageModel
        var items: [Item] = []
        for (sentenceIndex, clauses) in sentences.enumerated() {
            for (clauseIndex, clause) in clauses.enumerated() {
                items.append(Item(
                    sentence: sentenceIndex, text: clause, priority: priority(clause, sentenceIndex, clauseIndex),
                    bytes: Self.counter.count(clause) + Self.joinAllowance, heads: coverage?.heads(in: clause) ?? []))
            }
        }
        var kept = Array(repeating: true, count: items.count)
        func grouped() -> [[String]] {
            var result: [[String]] = []
            var current = -1
            for (index, item) in items.enumerated() where kept[index] {
                if item.sentence != current {
                    result.append([])
                    current = item.sentence
                }
                result[result.count - 1].append(item.text)
            }
            return result
        }
        func fits() -> Bool { Self.counter.count(ClauseForms.render(grouped())) <= target }
        if fits() { return grouped() }

        // How many kept clauses hold each head; a paragraph stays reflected while enough heads remain.
        var holders: [Coverage.Head: Int] = [:]
        for item in items { for head in Set(item.heads) { holders[head, default: 0] += 1 } }
        var headsPresent: [Int: Int] = [:]
        for head in holders.keys { headsPresent[head.paragraph, default: 0] += 1 }
        let required = Set(headsPresent.keys.filter { paragraph in
            (headsPresent[paragraph] ?? 0) >= (coverage?.neededHeads(paragraph) ?? 0)
        })

        var estimate = items.reduce(0) { $0 + $1.bytes }
        let order = items.indices.sorted { (items[$0].priority, -$0) < (items[$1].priority, -$1) }
        for index in order {
            let lost = Set(items[index].heads).filter { holders[$0] == 1 }
            let wouldUncover = Set(lost.map(\.paragraph)).contains { paragraph in
                required.contains(paragraph)
                    && (headsPresent[paragraph] ?? 0) - lost.filter { $0.paragraph == paragraph }.count < (coverage?.neededHeads(paragraph) ?? 0)
            }
            if wouldUncover { continue }
            kept[index] = false
            for head in Set(items[index].heads) { holders[head, default: 0] -= 1 }
            for head in lost { headsPresent[head.paragraph, default: 0] -= 1 }
            estimate -= items[index].bytes
            if estimate <= target + target / 10, fits() { return grouped() }
        }
        // Coverage cannot be kept within the target: drop by priority alone until it fits.
        for index in order where kept[index] {
            kept[index] = false
            estimate -= items[index].bytes
            if estimate <= target + target / 10, fits() { break }
        }
        return grouped()
    }
}
