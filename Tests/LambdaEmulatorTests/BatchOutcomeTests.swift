@testable import LambdaEmulator
import Testing

@Suite struct BatchOutcomeTests {
    let ids: Set<String> = ["a", "b", "c"]

    func parse(_ text: String, report: Bool = true) -> BatchOutcome {
        BatchOutcome.parse(response: Array(text.utf8), batchIDs: ids, reportsItemFailures: report)
    }

    @Test func emptyOrNullMeansSuccess() {
        #expect(parse("") == .allSucceeded)
        #expect(parse("null") == .allSucceeded)
        #expect(parse(#"{"batchItemFailures":[]}"#) == .allSucceeded)
        #expect(parse(#"{"batchItemFailures":null}"#) == .allSucceeded)
        #expect(parse(#"{"other":1}"#) == .allSucceeded)
    }

    @Test func listedIdsFail() {
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":"b"}]}"#) == .partial(failed: ["b"]))
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":"a"},{"itemIdentifier":"b"},{"itemIdentifier":"c"}]}"#) == .allFailed)
    }

    @Test func malformedResponsesFailTheWholeBatch() {
        #expect(parse("{not json") == .allFailed)
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":""}]}"#) == .allFailed)
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":null}]}"#) == .allFailed)
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifer":"a"}]}"#) == .allFailed)
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":"zzz"}]}"#) == .allFailed)
        #expect(parse(#"{"batchItemFailures":"a"}"#) == .allFailed)
    }

    @Test func withoutReportBatchItemFailuresAnySuccessCompletesTheBatch() {
        #expect(parse(#"{"batchItemFailures":[{"itemIdentifier":"b"}]}"#, report: false) == .allSucceeded)
        #expect(parse("{not json", report: false) == .allSucceeded)
    }
}
