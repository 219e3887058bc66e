/// How alike two students' drafts are, to catch a class whose notes were copied from one student to
/// the next: the Jaccard index of the drafts' sets of character trigrams, with spaces and punctuation
/// left out (so spacing and a moved comma change nothing).
///
/// Trigrams of Hangul syllables are specific enough that drafts on different activities share almost
/// none, yet a reworded copy (감자 전지의 전압이 낮은 이유 → 감자 전지 전압이 낮은 까닭) keeps most of them.
/// Measured on the offline engine's drafts of realistic 과학 notes: a lightly reworded copy of the same
/// notes scores 0.62–0.64 in every version; two students who share one of three sentences word for
/// word (the same group presentation) score 0.11–0.29; unrelated activities 0.00–0.03. The threshold,
/// 0.45, sits between the copies and the shared sentence with a margin of about 0.16 on each side: a
/// shared group activity is ordinary, a shared record is not.
enum DraftSimilarity {
    static let threshold = 0.45
    static let method = "character-trigram-jaccard"

    struct Pair: Equatable {
        let first: Int
        let second: Int
        let score: Double
    }

    /// The draft's trigrams, each three Unicode scalars packed into one number.
    static func trigrams(_ text: String) -> Set<UInt64> {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace && !$0.properties.generalCategory.isPunctuationOrSymbol }.map(\.value)
        guard scalars.count >= 3 else { return [] }
        var grams = Set<UInt64>(minimumCapacity: scalars.count)
        for index in 0..<(scalars.count - 2) {
            grams.insert(UInt64(scalars[index]) << 42 | UInt64(scalars[index + 1]) << 21 | UInt64(scalars[index + 2]))
        }
        return grams
    }

    static func score(_ first: String, _ second: String) -> Double {
        score(trigrams(first), trigrams(second))
    }

    /// Counted without building the intersection or the union: a class of 200 is 19,900 pairs, read
    /// each time the batch is.
    static func score(_ first: Set<UInt64>, _ second: Set<UInt64>) -> Double {
        let (small, large) = first.count <= second.count ? (first, second) : (second, first)
        var shared = 0
        for gram in small where large.contains(gram) { shared += 1 }
        let union = first.count + second.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Every pair of drafts at or over the threshold, most alike first; `drafts` are (student number, text).
    static func flaggedPairs(_ drafts: [(number: Int, text: String)]) -> [Pair] {
        let grams = drafts.map { trigrams($0.text) }
        var pairs: [Pair] = []
        for first in grams.indices {
            for second in grams.indices where second > first {
                let value = score(grams[first], grams[second])
                if value >= threshold { pairs.append(Pair(first: drafts[first].number, second: drafts[second].number, score: value)) }
            }
        }
        return pairs.sorted { ($1.score, $0.first, $0.second) < ($0.score, $1.first, $1.second) }
    }
}

extension DraftSimilarity {
    /// A version a student could have instead of the draft compared now.
    struct Candidate: Equatable {
        let number: Int
        let version: Int
        let text: String
        /// The version has no blocking finding.
        let passes: Bool
    }

    /// The version offered for a flagged pair: the student it is for, and how alike the pair would be
    /// with it.
    struct Alternative: Equatable {
        let number: Int
        let version: Int
        let score: Double
    }

    /// The next-most-different version for a flagged pair: of both students' other versions
    /// (`candidates`, by student number: completed ones other than the draft compared now), the one
    /// least like the other student's compared draft (`drafts`), preferring versions that pass the
    /// rules, then the lower student number and version. Offered only when it is less alike than the
    /// pair is now; nil when neither student has another version.
    static func alternative(for pair: Pair, drafts: [Int: String], candidates: [Int: [Candidate]]) -> Alternative? {
        var best: (key: (Int, Double, Int, Int), alternative: Alternative)?
        for (own, other) in [(pair.first, pair.second), (pair.second, pair.first)] {
            guard let partner = drafts[other] else { continue }
            let partnerGrams = trigrams(partner)
            for candidate in candidates[own] ?? [] {
                let value = score(trigrams(candidate.text), partnerGrams)
                guard value < pair.score else { continue }
                let key = (candidate.passes ? 0 : 1, value, candidate.number, candidate.version)
                if best.map({ key < $0.key }) ?? true {
                    best = (key, Alternative(number: candidate.number, version: candidate.version, score: value))
                }
            }
        }
        return best?.alternative
    }
}

extension Unicode.GeneralCategory {
    /// Marks that are no part of what a draft says: 「」, ·, ~, ℃ written out or not.
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .mathSymbol, .otherSymbol, .currencySymbol, .modifierSymbol:
            true
        default: false
        }
    }
}
