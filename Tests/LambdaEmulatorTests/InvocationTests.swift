import Foundation
import Testing

@testable import LambdaEmulator

@Suite struct InvocationTests {
    @Test func idsAreLowerCaseVersion4UUIDsAndDiffer() throws {
        let ids = (0..<200).map { _ in Invocation.newUUID() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.count == 36)
            #expect(id == id.lowercased())
            let parsed = try #require(UUID(uuidString: id))
            #expect(parsed.uuidString.lowercased() == id)
            let groups = id.split(separator: "-")
            try #require(groups.map(\.count) == [8, 4, 4, 4, 12])
            #expect(groups[2].first == "4")
            #expect("89ab".contains(try #require(groups[3].first)))
        }
    }

    @Test func aRetryKeepsTheRequestIDWithANewInvocationID() {
        let first = Invocation(payload: Array("{}".utf8))
        let again = first.retry()
        #expect(again.requestID == first.requestID)
        #expect(again.invocationID != first.invocationID)
        #expect(again.traceID == first.traceID)
    }

    @Test func traceIDsHaveTheXRayShape() {
        let trace = Invocation.newTraceID()
        let pattern = #/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/#
        #expect(trace.wholeMatch(of: pattern) != nil, "\(trace)")
    }
}
