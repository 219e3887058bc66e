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

    // MARK: the next-most-different version

    static let pair = DraftSimilarity.Pair(first: 1, second: 2, score: DraftSimilarity.score(Drafts.battery, Drafts.batteryReworded))
    static let drafts = [1: Drafts.battery, 2: Drafts.batteryReworded]

    static func candidate(_ number: Int, _ version: Int, _ text: String, passes: Bool = true) -> DraftSimilarity.Candidate {
        DraftSimilarity.Candidate(number: number, version: version, text: text, passes: passes)
    }

    @Test func theVersionLeastLikeThePartnersDraftIsOffered() throws {
        // Student 2's version 2 shares a sentence with student 1's draft; student 1's version 3 shares nothing.
        let found = try #require(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [
            1: [Self.candidate(1, 3, Drafts.earthquake)],
            2: [Self.candidate(2, 2, Drafts.reactionRate), Self.candidate(2, 3, Drafts.batteryReworded + " 결과를 정리함.")],
        ]))
        #expect(found.number == 1 && found.version == 3)
        #expect(found.score == DraftSimilarity.score(Drafts.earthquake, Drafts.batteryReworded))
        #expect(found.score < 0.05)
    }

    @Test func eitherStudentsVersionMayBeTheOneOffered() throws {
        let found = try #require(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [
            1: [Self.candidate(1, 2, Drafts.reactionRate)],
            2: [Self.candidate(2, 3, Drafts.photosynthesis)],
        ]))
        #expect(found.number == 2 && found.version == 3, "\(found)")
    }

    @Test func aVersionThatPassesTheRulesComesBeforeALessAlikeOneThatDoesNot() throws {
        let found = try #require(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [
            1: [Self.candidate(1, 2, Drafts.earthquake, passes: false), Self.candidate(1, 3, Drafts.reactionRate)],
        ]))
        #expect(found.version == 3, "\(found)")
        // With no passing version, the least alike is still offered: the teacher edits it.
        let only = try #require(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [
            1: [Self.candidate(1, 2, Drafts.earthquake, passes: false)],
        ]))
        #expect(only.version == 2)
    }

    @Test func nothingIsOfferedWithoutAnotherVersionOrOneLessAlike() {
        #expect(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [:]) == nil)
        #expect(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [1: [], 2: []]) == nil)
        // A version as alike as the pair already is (the same text again) changes nothing.
        #expect(DraftSimilarity.alternative(for: Self.pair, drafts: Self.drafts, candidates: [
            1: [Self.candidate(1, 2, Drafts.battery)], 2: [Self.candidate(2, 2, Drafts.batteryReworded)],
        ]) == nil)
    }

    @Test func tiesGoToTheLowerStudentNumberThenVersion() throws {
        let found = try #require(DraftSimilarity.alternative(for: Self.pair, drafts: [1: Drafts.photosynthesis, 2: Drafts.photosynthesis], candidates: [
            2: [Self.candidate(2, 3, Drafts.earthquake), Self.candidate(2, 2, Drafts.earthquake)],
            1: [Self.candidate(1, 3, Drafts.earthquake)],
        ]))
        #expect(found.number == 1 && found.version == 3)
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
