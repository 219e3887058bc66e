/// Finds which of many short cue words a text contains in one pass over its UTF-8 bytes: cues are
/// grouped by their first byte, so each position is compared only with cues that can start there.
/// Labels are small integers (a competency's raw value); `counts` says how many distinct cues of each
/// label the text contains.
struct CueIndex: Sendable {
    private struct Cue: Sendable {
        let bytes: [UInt8]
        let label: Int
        let number: Int
    }

    private let byFirstByte: [[Cue]]
    private let cueCount: Int
    private let labelCount: Int

    init(_ cues: [(String, Int)]) {
        var index = Array(repeating: [Cue](), count: 256)
        for (number, (cue, label)) in cues.enumerated() {
            let bytes = Array(cue.utf8)
            guard let first = bytes.first else { continue }
            index[Int(first)].append(Cue(bytes: bytes, label: label, number: number))
        }
        byFirstByte = index
        cueCount = cues.count
        labelCount = (cues.map(\.1).max() ?? -1) + 1
    }

    func counts(in text: String) -> [Int] {
        var seen = [Bool](repeating: false, count: cueCount)
        var counts = [Int](repeating: 0, count: labelCount)
        var text = text
        text.withUTF8 { bytes in
            for start in bytes.indices {
                for cue in byFirstByte[Int(bytes[start])] where !seen[cue.number] && start + cue.bytes.count <= bytes.count {
                    var offset = 1
                    while offset < cue.bytes.count && bytes[start + offset] == cue.bytes[offset] { offset += 1 }
                    if offset == cue.bytes.count {
                        seen[cue.number] = true
                        counts[cue.label] += 1
                    }
                }
            }
        }
        return counts
    }
}
