@testable import TeacherAPI
import Foundation
import Testing

@Suite("Sameness of drafts across a class")
struct DraftSimilarityTests {
    @Test func aRewordedCopyOfAnotherStudentsNotesIsFlagged() {
        let score = DraftSimilarity.score(Drafts.battery, Drafts.batteryReworded)
        #expect(score >= DraftSimilarity.threshold, "\(score)")
        let pairs = DraftSimilarity.flaggedPairs([
            (1, Drafts.battery), (2, Drafts.photosynthesis), (3, Drafts.batteryReworded), (4, Drafts.earthquake),
        ])
        #expect(pairs.map { [$0.first, $0.second] } == [[1, 3]])
    }

    @Test func aSharedGroupActivityOrUnrelatedNotesAreNotFlagged() {
        // Students 1 and 4 presented in the same group: one sentence of three is the same.
        let shared = DraftSimilarity.score(Drafts.battery, Drafts.reactionRate)
        #expect(shared > 0.05 && shared < DraftSimilarity.threshold, "\(shared)")
        #expect(DraftSimilarity.score(Drafts.photosynthesis, Drafts.earthquake) < 0.05)
        #expect(DraftSimilarity.flaggedPairs([
            (1, Drafts.battery), (2, Drafts.photosynthesis), (3, Drafts.earthquake), (4, Drafts.reactionRate),
        ]).isEmpty)
    }

    @Test func spacingAndPunctuationChangeNothing() {
        let respaced = Drafts.battery.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ".", with: "·")
        #expect(DraftSimilarity.score(Drafts.battery, respaced) == 1)
        #expect(DraftSimilarity.score(Drafts.battery, "") == 0)
    }

    @Test func pairsComeMostAlikeFirst() {
        let pairs = DraftSimilarity.flaggedPairs([(7, Drafts.battery), (8, Drafts.batteryReworded), (9, Drafts.battery)])
        #expect(pairs.map { [$0.first, $0.second] } == [[7, 9], [7, 8], [8, 9]])
        #expect(pairs.first?.score == 1)
    }

    @Test func aClassOfTwoHundredIsComparedPairByPair() {
        // Four activities over 200 students: every student's notes are 49 others' too, and only those pairs are flagged.
        let activities = [Drafts.battery, Drafts.photosynthesis, Drafts.earthquake, Drafts.reactionRate]
        let drafts = (0..<200).map { (number: $0 + 1, text: activities[$0 % 4] + " \($0 / 4)번째 기록임.") }
        let pairs = DraftSimilarity.flaggedPairs(drafts)
        #expect(pairs.count == 4 * (50 * 49 / 2))
        #expect(pairs.allSatisfy { ($0.first - $0.second) % 4 == 0 })
    }
}
