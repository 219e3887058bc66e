import RecordRules

/// Fits a draft under its byte target by leaving out whole sentences, lowest priority first, never
/// the last one that reflects a paragraph of the notes while another choice exists. A sentence that
/// points at the one before it ("이를 …") goes with it; one that only opens with a connective ("이
/// 과정에서 …") loses the connective when what it pointed at is gone.
///
/// Coverage, bytes and priorities are computed once and tracked incrementally (which paragraph heads
/// each sentence holds, how many kept sentences hold each head, the kept sentences' bytes), so a
/// removal costs time proportional to the sentence, and notes at the size limit fit in milliseconds.
struct BudgetFitter: Sendable {
    let checker: RuleChecker
    let target: Int

    private static let counter = NEISByteCounter(profile: .safe)

    func fit(_ sentences: [String], priority: (String, _ index: Int) -> Int) -> [String] {
        var texts = sentences
        func rendered(_ kept: [Bool]) -> [String] { texts.indices.filter { kept[$0] }.map { texts[$0] } }
        var kept = Array(repeating: true, count: texts.count)
        // The counter is additive over scalars and sentences are joined by one space, so the kept
        // sentences' bytes are their own plus one per gap.
        var sizes = texts.map { Self.counter.count($0) }
        var keptBytes = sizes.reduce(0, +)
        var keptCount = texts.count
        func fits() -> Bool { keptBytes + max(0, keptCount - 1) <= target }
        if fits() { return texts }

        let coverage = checker.coverageModel
        let heads = texts.map { coverage?.heads(in: $0) ?? [] }
        let openers = texts.map(Anaphora.opener(of:))
        var holders: [Coverage.Head: Int] = [:]
        for sentence in heads { for head in Set(sentence) { holders[head, default: 0] += 1 } }
        var headsPresent: [Int: Int] = [:]
        for head in holders.keys { headsPresent[head.paragraph, default: 0] += 1 }
        let required = Set(headsPresent.keys.filter { (headsPresent[$0] ?? 0) >= (coverage?.neededHeads($0) ?? 0) })

        /// The sentence and every following one that binds to it.
        func group(from index: Int) -> [Int] {
            var members = [index]
            var next = index + 1
            while next < texts.count, openers[next] == .binding {
                members.append(next)
                next += 1
            }
            return members
        }
        func remove(_ members: [Int]) {
            for member in members where kept[member] {
                kept[member] = false
                keptBytes -= sizes[member]
                keptCount -= 1
                for head in Set(heads[member]) { holders[head, default: 0] -= 1 }
                for head in Set(heads[member]) where holders[head] == 0 { headsPresent[head.paragraph, default: 0] -= 1 }
            }
            // What came right after now follows something else: its connective points at nothing.
            if let after = (members.last! + 1..<texts.count).first(where: { kept[$0] }),
               case .removable(let rest, _) = openers[after]
            {
                texts[after] = rest
                let size = Self.counter.count(rest)
                keptBytes += size - sizes[after]
                sizes[after] = size
            }
        }
        func wouldUncover(_ members: [Int]) -> Bool {
            var lost: [Coverage.Head: Int] = [:]
            for member in members where kept[member] { for head in Set(heads[member]) { lost[head, default: 0] += 1 } }
            var lostPerParagraph: [Int: Int] = [:]
            for (head, count) in lost where holders[head] == count { lostPerParagraph[head.paragraph, default: 0] += 1 }
            return lostPerParagraph.contains { paragraph, count in
                required.contains(paragraph) && (headsPresent[paragraph] ?? 0) - count < (coverage?.neededHeads(paragraph) ?? 0)
            }
        }

        let priorities = texts.indices.map { priority(texts[$0], $0) }
        let order = texts.indices.sorted { (priorities[$0], -$0) < (priorities[$1], -$1) }
        for index in order where kept[index] {
            let members = group(from: index)
            if wouldUncover(members) { continue }
            remove(members)
            if fits() { return rendered(kept) }
        }
        // Coverage cannot be kept within the target: leave out by priority alone until it fits.
        for index in order where kept[index] {
            remove(group(from: index))
            if fits() { break }
        }
        return rendered(kept)
    }
}
